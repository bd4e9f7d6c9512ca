package doc

import (
	"encoding/binary"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// piece is one entry of the piece table ([MS-DOC] §2.9.178 Pcd): the
// characters [cpStart, cpEnd) stored at byte offset fc of the WordDocument
// stream, one byte each (compressed, cp1252) or two (UTF-16LE).
type piece struct {
	cpStart, cpEnd int
	fc             int
	compressed     bool
	prm            uint16
}

// clx is the parsed CLX: the property modifiers (Prc grpprls) and the
// pieces in character order.
type clx struct {
	grpprls [][]byte
	pieces  []piece
}

// parseCLX reads the CLX at table[fc:fc+lcb] (§2.9.38): zero or more Prc,
// then the Pcdt with its PlcPcd. Every piece must lie inside the
// WordDocument stream of wordLen bytes.
func parseCLX(table []byte, fc, lcb, wordLen int) (*clx, error) {
	if fc < 0 || lcb <= 0 || fc > len(table) || lcb > len(table)-fc {
		return nil, corrupt("the piece table (fcClx %d, lcbClx %d) lies outside the table stream of %d bytes", fc, lcb, len(table))
	}
	b := table[fc : fc+lcb]
	le := binary.LittleEndian
	c := &clx{}
	for pos := 0; pos < len(b); {
		switch b[pos] {
		case 0x01: // Prc: clxt, cbGrpprl, grpprl
			if pos+3 > len(b) {
				return nil, corrupt("CLX truncated in a Prc at byte %d", pos)
			}
			n := int(int16(le.Uint16(b[pos+1:])))
			if n < 0 || pos+3+n > len(b) {
				return nil, corrupt("CLX Prc at byte %d declares %d bytes", pos, n)
			}
			c.grpprls = append(c.grpprls, b[pos+3:pos+3+n])
			pos += 3 + n
		case 0x02: // Pcdt: clxt, lcb, PlcPcd
			if pos+5 > len(b) {
				return nil, corrupt("CLX truncated in the Pcdt at byte %d", pos)
			}
			n := int(le.Uint32(b[pos+1:]))
			if n > len(b)-pos-5 {
				return nil, corrupt("the Pcdt declares %d bytes, %d remain", n, len(b)-pos-5)
			}
			pieces, err := parsePlcPcd(b[pos+5:pos+5+n], wordLen)
			c.pieces = pieces
			return c, err
		default:
			return nil, corrupt("CLX byte %d is %#02x, neither a Prc (1) nor the Pcdt (2)", pos, b[pos])
		}
	}
	return nil, corrupt("the CLX has no piece table (Pcdt)")
}

// parsePlcPcd reads a PlcPcd (§2.8.35): n+1 character positions, then n
// 8-byte Pcds.
func parsePlcPcd(b []byte, wordLen int) ([]piece, error) {
	if len(b) < 4 || (len(b)-4)%12 != 0 {
		return nil, corrupt("the PlcPcd has %d bytes, not 4+12n", len(b))
	}
	le := binary.LittleEndian
	n := (len(b) - 4) / 12
	pcds := b[4*(n+1):]
	pieces := make([]piece, 0, n)
	prev := 0
	for i := range n {
		start, end := int(le.Uint32(b[4*i:])), int(le.Uint32(b[4*i+4:]))
		if start < prev || end < start {
			return nil, corrupt("piece %d covers characters %d–%d, out of order", i, start, end)
		}
		prev = end
		raw := le.Uint32(pcds[8*i+2:])
		p := piece{cpStart: start, cpEnd: end, fc: int(raw & 0x3FFFFFFF), compressed: raw&(1<<30) != 0, prm: le.Uint16(pcds[8*i+6:])}
		width := 2
		if p.compressed {
			p.fc /= 2
			width = 1
		}
		if p.fc+(end-start)*width > wordLen {
			return nil, corrupt("piece %d (characters %d–%d) points at bytes %d–%d, outside the WordDocument stream of %d bytes", i, start, end, p.fc, p.fc+(end-start)*width, wordLen)
		}
		pieces = append(pieces, p)
	}
	return pieces, nil
}

// char is one character of the main document: its rune and the offset of
// its bytes in the WordDocument stream (its FC), which paragraph
// properties are looked up by.
type char struct {
	r  rune
	fc int
}

// mainText returns the characters [0, ccpText) of the main document, in
// order, through the pieces; and for each character the index of its piece.
func mainText(word []byte, c *clx, ccpText, maxChars int) ([]char, []int, error) {
	if ccpText > maxChars {
		return nil, nil, document.Errorf(document.ErrLimit, -1, "the document declares %d characters, over the limit of %d", ccpText, maxChars)
	}
	chars := make([]char, 0, ccpText)
	owner := make([]int, 0, ccpText)
	dec := charmap.Windows1252
	for i, p := range c.pieces {
		if p.cpStart >= ccpText {
			break
		}
		end := min(p.cpEnd, ccpText)
		for cp := p.cpStart; cp < end; cp++ {
			k := cp - p.cpStart
			if p.compressed {
				chars = append(chars, char{r: dec.DecodeByte(word[p.fc+k]), fc: p.fc + k})
			} else {
				fc := p.fc + 2*k
				chars = append(chars, char{r: rune(binary.LittleEndian.Uint16(word[fc:])), fc: fc})
			}
			owner = append(owner, i)
		}
	}
	if len(chars) < ccpText {
		return nil, nil, corrupt("the piece table covers %d of the document's %d characters", len(chars), ccpText)
	}
	joinSurrogates(chars)
	return chars, owner, nil
}

// joinSurrogates decodes UTF-16 surrogate pairs in place: the pair's first
// character gets the decoded rune, the second becomes 0 (dropped later); an
// unpaired surrogate becomes U+FFFD.
func joinSurrogates(chars []char) {
	for i := range chars {
		r := chars[i].r
		if !utf16.IsSurrogate(r) {
			continue
		}
		if r < 0xDC00 && i+1 < len(chars) {
			if d := utf16.DecodeRune(r, chars[i+1].r); d != 0xFFFD {
				chars[i].r, chars[i+1].r = d, 0
				continue
			}
		}
		chars[i].r = 0xFFFD
	}
}
