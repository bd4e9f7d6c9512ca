package doc

import (
	"encoding/binary"
	"unicode/utf16"
)

// Compound file constants ([MS-CFB]).
const (
	secSize    = 512
	endOfChain = 0xFFFFFFFE
	freeSect   = 0xFFFFFFFF
	fatSect    = 0xFFFFFFFD
	noStream   = 0xFFFFFFFF
)

// stream is a named stream of a test compound file.
type stream struct {
	name string
	data []byte
}

// buildCFB writes a version 3 compound file holding streams at its root,
// for tests. Every stream is padded to at least 4096 bytes so that none
// lives in the mini stream; sectors are laid out as streams, then the
// directory, then the FAT. edit may change the FAT before it is written
// (to make loops); it gets the first sector of each stream.
func buildCFB(streams []stream, edit func(fat []uint32, first []uint32)) []byte {
	var c cfb
	first := make([]uint32, len(streams))
	sizes := make([]int, len(streams))
	for i, s := range streams {
		data := s.data
		if len(data) < 4096 {
			data = append(append([]byte(nil), data...), make([]byte, 4096-len(data))...)
		}
		sizes[i] = len(data)
		first[i] = c.chain(data)
	}
	dirStart := c.chain(directory(streams, first, sizes))
	// The FAT covers itself: one FAT sector holds 128 entries.
	nFat := (len(c.fat) + 127) / 128
	for (len(c.fat)+nFat+127)/128 > nFat {
		nFat++
	}
	fatStart := uint32(len(c.sectors))
	for range nFat {
		c.fat = append(c.fat, fatSect)
	}
	for len(c.fat)%128 != 0 {
		c.fat = append(c.fat, freeSect)
	}
	if edit != nil {
		edit(c.fat, first)
	}
	for i := 0; i < len(c.fat); i += 128 {
		sec := make([]byte, secSize)
		for k := range 128 {
			binary.LittleEndian.PutUint32(sec[4*k:], c.fat[i+k])
		}
		c.sectors = append(c.sectors, sec)
	}
	out := header(nFat, dirStart, fatStart)
	for _, s := range c.sectors {
		out = append(out, s...)
	}
	return out
}

// cfb is a compound file being laid out: its sectors and their FAT.
type cfb struct {
	sectors [][]byte
	fat     []uint32
}

// chain lays data out in consecutive sectors chained in the FAT and
// returns the first.
func (c *cfb) chain(data []byte) uint32 {
	first := uint32(len(c.sectors))
	for off := 0; off < len(data); off += secSize {
		sec := make([]byte, secSize)
		copy(sec, data[off:])
		c.sectors = append(c.sectors, sec)
		c.fat = append(c.fat, uint32(len(c.sectors)))
	}
	c.fat[len(c.fat)-1] = endOfChain
	return first
}

// directory writes the root entry and one entry per stream, chained as
// right siblings under the root.
func directory(streams []stream, first []uint32, sizes []int) []byte {
	entries := append([]stream{{name: "Root Entry"}}, streams...)
	le := binary.LittleEndian
	dir := make([]byte, 0, secSize)
	for i, e := range entries {
		d := make([]byte, 128)
		name := utf16.Encode([]rune(e.name))
		for k, u := range name {
			le.PutUint16(d[2*k:], u)
		}
		le.PutUint16(d[64:], uint16(2*len(name)+2))
		d[66], d[67] = 2, 1 // a stream, black
		le.PutUint32(d[68:], noStream)
		le.PutUint32(d[72:], noStream)
		le.PutUint32(d[76:], noStream)
		if i == 0 {
			d[66] = 5 // the root storage
			le.PutUint32(d[76:], 1)
			le.PutUint32(d[116:], endOfChain)
		} else {
			if i+1 < len(entries) {
				le.PutUint32(d[72:], uint32(i+1))
			}
			le.PutUint32(d[116:], first[i-1])
			le.PutUint32(d[120:], uint32(sizes[i-1]))
		}
		dir = append(dir, d...)
	}
	return dir
}

// header writes a version 3 header: 512-byte sectors, no mini FAT, no
// DIFAT sectors.
func header(nFat int, dirStart, fatStart uint32) []byte {
	le := binary.LittleEndian
	h := make([]byte, secSize)
	copy(h, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
	le.PutUint16(h[24:], 0x3E)
	le.PutUint16(h[26:], 3)
	le.PutUint16(h[28:], 0xFFFE)
	le.PutUint16(h[30:], 9)
	le.PutUint16(h[32:], 6)
	le.PutUint32(h[44:], uint32(nFat))
	le.PutUint32(h[48:], dirStart)
	le.PutUint32(h[56:], 4096)
	le.PutUint32(h[60:], endOfChain)
	le.PutUint32(h[68:], endOfChain)
	for k := range 109 {
		v := uint32(freeSect)
		if k < nFat {
			v = fatStart + uint32(k)
		}
		le.PutUint32(h[76+4*k:], v)
	}
	return h
}

// wordDoc describes a synthetic WordDocument stream: its text pieces and
// the paragraphs' properties.
type wordDoc struct {
	flags   uint16 // FibBase flags (fEncrypted, fComplex …); fWhichTblStm is set
	ident   uint16 // wIdent; 0 means Word 97's
	nFib    uint16 // 0 means 0x00C1
	pieces  []tpiece
	ccpText int     // 0 means the pieces' length
	papx    []tpapx // paragraph properties by the FC of their mark
	reverse bool    // store the pieces in the stream in reverse order (a fast save's layout)
}

// tpiece is a piece of text: compressed (cp1252) or UTF-16.
type tpiece struct {
	text       string
	compressed bool
	fcOverride int // when not 0, the piece's fc (to point it elsewhere)
}

// tpapx gives the paragraph whose mark is character cp of the main text
// the sprms grpprl.
type tpapx struct {
	cp     int
	grpprl []byte
}

// build writes the WordDocument and 1Table streams: the FIB at 0, the
// text from byte 1024, PAPX FKPs after it; the CLX and the bin table in
// the table stream.
func (d wordDoc) build() (word, table []byte) {
	le := binary.LittleEndian
	word = d.fib()
	units := d.units()
	start := make([]int, len(d.pieces))
	for k := range d.pieces {
		i := k
		if d.reverse {
			i = len(d.pieces) - 1 - k
		}
		start[i] = len(word)
		for _, u := range units[i] {
			if d.pieces[i].compressed {
				word = append(word, byte(u))
			} else {
				word = le.AppendUint16(word, u)
			}
		}
	}
	clx, charFC, cp := d.clx(units, start)
	ccp := d.ccpText
	if ccp == 0 {
		ccp = cp
	}
	le.PutUint32(word[64+12:], uint32(ccp))
	table = append(table, clx...)
	putPair(word, fibRgFcLcbClx, 0, len(clx))
	if len(d.papx) > 0 {
		for len(word)%512 != 0 {
			word = append(word, 0)
		}
		pn := len(word) / 512
		word = append(word, fkpPage(d.papx, charFC)...)
		bte := le.AppendUint32(nil, 0)
		bte = le.AppendUint32(bte, uint32(len(word)))
		bte = le.AppendUint32(bte, uint32(pn))
		putPair(word, fibRgFcLcbBte, len(table), len(bte))
		table = append(table, bte...)
	}
	return word, table
}

// fib writes the first 1024 bytes of the stream: the FIB with its counts.
func (d wordDoc) fib() []byte {
	le := binary.LittleEndian
	word := make([]byte, 1024)
	ident, nFib := d.ident, d.nFib
	if ident == 0 {
		ident = wIdentWord97
	}
	if nFib == 0 {
		nFib = nFibWord97
	}
	le.PutUint16(word[0:], ident)
	le.PutUint16(word[2:], nFib)
	le.PutUint16(word[10:], d.flags|fWhichTblStm)
	le.PutUint16(word[32:], 14)  // csw
	le.PutUint16(word[62:], 22)  // cslw
	le.PutUint16(word[152:], 93) // cbRgFcLcb
	return word
}

// units returns each piece's characters: UTF-16 code units, or for a
// compressed piece the string's bytes as they are (cp1252).
func (d wordDoc) units() [][]uint16 {
	units := make([][]uint16, len(d.pieces))
	for i, p := range d.pieces {
		if !p.compressed {
			units[i] = utf16.Encode([]rune(p.text))
			continue
		}
		for k := 0; k < len(p.text); k++ {
			units[i] = append(units[i], uint16(p.text[k]))
		}
	}
	return units
}

// clx writes the CLX (a Pcdt with the PlcPcd) of pieces stored at start,
// and returns it with the FC of each character and the character count.
func (d wordDoc) clx(units [][]uint16, start []int) ([]byte, []int, int) {
	le := binary.LittleEndian
	var cps []int
	var fcs []uint32
	var charFC []int
	cp := 0
	for i, p := range d.pieces {
		cps = append(cps, cp)
		width := 2
		if p.compressed {
			width = 1
		}
		for k := range units[i] {
			charFC = append(charFC, start[i]+width*k)
		}
		fc := uint32(start[i])
		if p.fcOverride != 0 {
			fc = uint32(p.fcOverride)
		}
		if p.compressed {
			fc = fc*2 | 1<<30
		}
		fcs = append(fcs, fc)
		cp += len(units[i])
	}
	cps = append(cps, cp)
	clx := []byte{2, 0, 0, 0, 0}
	for _, c := range cps {
		clx = le.AppendUint32(clx, uint32(c))
	}
	for _, fc := range fcs {
		clx = append(clx, 0, 0)
		clx = le.AppendUint32(clx, fc)
		clx = append(clx, 0, 0)
	}
	le.PutUint32(clx[1:], uint32(len(clx)-5))
	return clx, charFC, cp
}

func putPair(word []byte, i, fc, lcb int) {
	binary.LittleEndian.PutUint32(word[154+8*i:], uint32(fc))
	binary.LittleEndian.PutUint32(word[154+8*i+4:], uint32(lcb))
}

// fkpPage writes one PapxFkp whose runs end after each given mark.
func fkpPage(papx []tpapx, charFC []int) []byte {
	page := make([]byte, 512)
	le := binary.LittleEndian
	crun := len(papx)
	prev := charFC[0]
	for i, p := range papx {
		le.PutUint32(page[4*i:], uint32(prev))
		next := charFC[p.cp] + 1
		if p.cp+1 < len(charFC) {
			next = charFC[p.cp+1]
		}
		prev = next
	}
	le.PutUint32(page[4*crun:], uint32(prev))
	off := 511
	for i, p := range papx {
		body := append([]byte{0, 0}, p.grpprl...) // istd 0
		if len(body)%2 == 0 {
			body = append(body, 0)
		}
		off -= len(body) + 1
		off &^= 1
		page[off] = byte((len(body) + 1) / 2)
		copy(page[off+1:], body)
		page[4*(crun+1)+13*i] = byte(off / 2)
	}
	page[511] = byte(crun)
	return page
}

// docFile wraps a synthetic WordDocument in a compound file.
func docFile(d wordDoc) []byte {
	word, table := d.build()
	return buildCFB([]stream{{"WordDocument", word}, {"1Table", table}}, nil)
}
