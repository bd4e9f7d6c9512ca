package doc

import (
	"encoding/binary"
	"strings"
	"unicode/utf16"

	"github.com/jixiao-dev/jixiao/extract/internal/wordnum"
)

// Indexes of the list tables in FibRgFcLcb97 ([MS-DOC] §2.5.6).
const (
	fibRgFcLcbPlfLst = 73
	fibRgFcLcbPlfLfo = 74
)

// Paragraph sprms of automatic numbering.
const (
	sprmPIlvl = 0x260A
	sprmPIlfo = 0x460B
)

// level is one level of a list: where it starts, its number format, its
// number text with placeholders (characters 0–8 stand for the numbers of
// levels 0–8) and what follows the number.
type level struct {
	start  int
	nfc    byte
	legal  bool // all placeholders in decimal
	text   []uint16
	follow byte // 0 tab, 1 space, 2 nothing
}

// list is a list definition (LSTF and its LVLs).
type list struct {
	lsid   uint32
	levels []level
}

// numbering renders the numbers Word draws for paragraphs in lists: the
// definitions of PlfLst (§2.8.25, with the LVLs that follow it), the list
// overrides of PlfLfo (§2.8.26, of which only the list each refers to is
// used), and the counters of each list as the document goes.
type numbering struct {
	lists  map[uint32]*list
	lfos   []uint32 // the lsid of each LFO; sprmPIlfo is 1-based into it
	counts map[uint32]*counter
}

// counter is the current number of each level of a list.
type counter struct {
	n    [9]int
	seen [9]bool
}

// parseNumbering reads the list tables; a table that is missing or
// malformed gives no numbering (the text stays as typed) rather than an
// error.
func parseNumbering(table []byte, lst, lstLen, lfo, lfoLen int) *numbering {
	n := &numbering{lists: map[uint32]*list{}, counts: map[uint32]*counter{}}
	if lst < 0 || lstLen <= 0 || lst >= len(table) || lfo < 0 || lfoLen <= 0 || lfo >= len(table) || lfoLen > len(table)-lfo {
		return n
	}
	n.parseLists(table[lst:])
	b := table[lfo : lfo+lfoLen]
	if len(b) < 4 {
		return n
	}
	count := int(binary.LittleEndian.Uint32(b))
	for i := 0; i < count && 4+16*i+16 <= len(b); i++ {
		n.lfos = append(n.lfos, binary.LittleEndian.Uint32(b[4+16*i:]))
	}
	return n
}

// parseLists reads cLst LSTFs of 28 bytes, then each list's LVLs in order
// (nine, or one for a simple list).
func (n *numbering) parseLists(b []byte) {
	le := binary.LittleEndian
	if len(b) < 2 {
		return
	}
	count := int(int16(le.Uint16(b)))
	if count <= 0 || 2+28*count > len(b) {
		return
	}
	pos := 2 + 28*count
	for i := range count {
		lstf := b[2+28*i:]
		l := &list{lsid: le.Uint32(lstf)}
		nlvl := 9
		if lstf[26]&1 != 0 {
			nlvl = 1
		}
		for range nlvl {
			lv, next, ok := parseLevel(b, pos)
			if !ok {
				return
			}
			l.levels = append(l.levels, lv)
			pos = next
		}
		n.lists[l.lsid] = l
	}
}

// parseLevel reads a LVL at b[pos:] (§2.9.150): the 28-byte LVLF, its
// grpprlPapx and grpprlChpx, and the number text (an Xst: a count and
// UTF-16 characters).
func parseLevel(b []byte, pos int) (level, int, bool) {
	le := binary.LittleEndian
	if pos+28 > len(b) {
		return level{}, 0, false
	}
	f := b[pos : pos+28]
	lv := level{start: int(int32(le.Uint32(f))), nfc: f[4], legal: f[5]&4 != 0, follow: f[15]}
	pos += 28 + int(f[25]) + int(f[24]) // grpprlPapx, grpprlChpx
	if pos+2 > len(b) {
		return level{}, 0, false
	}
	cch := int(le.Uint16(b[pos:]))
	pos += 2
	if cch > 64 || pos+2*cch > len(b) {
		return level{}, 0, false
	}
	for k := range cch {
		lv.text = append(lv.text, le.Uint16(b[pos+2*k:]))
	}
	return lv, pos + 2*cch, true
}

// marker returns the number Word draws before a paragraph with list
// override ilfo (1-based) at level ilvl, and counts it; "" when the
// paragraph is not numbered.
func (n *numbering) marker(ilfo, ilvl int) string {
	if ilfo < 1 || ilfo > len(n.lfos) || ilvl < 0 || ilvl > 8 {
		return ""
	}
	l := n.lists[n.lfos[ilfo-1]]
	if l == nil || ilvl >= len(l.levels) {
		return ""
	}
	c := n.counts[l.lsid]
	if c == nil {
		c = &counter{}
		n.counts[l.lsid] = c
	}
	if c.seen[ilvl] {
		c.n[ilvl]++
	} else {
		c.n[ilvl], c.seen[ilvl] = l.levels[ilvl].start, true
	}
	for k := ilvl + 1; k < 9; k++ {
		c.seen[k] = false // deeper levels restart after this one
	}
	lv := l.levels[ilvl]
	var b strings.Builder
	for _, u := range lv.text {
		if u >= 9 {
			b.WriteString(string(utf16.Decode([]uint16{u})))
			continue
		}
		k := int(u)
		if k >= len(l.levels) {
			continue
		}
		num := l.levels[k].start
		if c.seen[k] {
			num = c.n[k]
		}
		format := wordnum.NFC(l.levels[k].nfc)
		if lv.legal {
			format = "decimal"
		}
		b.WriteString(wordnum.Format(num, format))
	}
	if b.Len() > 0 && lv.follow == 1 {
		b.WriteByte(' ')
	}
	return b.String()
}
