package doc

import "encoding/binary"

// fibRgFcLcbStshf is the index of the style sheet in FibRgFcLcb97.
const fibRgFcLcbStshf = 1

// maxStyleDepth caps the istdBase chain followed: Word allows no loops, a
// hostile file may have one.
const maxStyleDepth = 16

// styles are the paragraph styles of the style sheet (STSH, [MS-DOC]
// §2.9.271): for each istd, its base style and the paragraph properties it
// sets itself. A paragraph's properties are its style's, base first, then
// its own PAPX: so a heading style that carries list numbering or an
// outline level gives them to its paragraphs.
type styles struct {
	base   []int    // istdBase of each style, -1 for none
	grpprl [][]byte // the style's own paragraph sprms (its UpxPapx), or nil
}

// parseStyles reads the STSH at table[fc:fc+lcb]; a missing or malformed
// one gives no styles (paragraphs keep their own properties).
func parseStyles(table []byte, fc, lcb int) *styles {
	st := &styles{}
	if fc < 0 || lcb < 2 || fc > len(table) || lcb > len(table)-fc {
		return st
	}
	b := table[fc : fc+lcb]
	le := binary.LittleEndian
	cbStshi := int(le.Uint16(b))
	if cbStshi < 4 || 2+cbStshi > len(b) {
		return st
	}
	cstd := int(le.Uint16(b[2:]))
	cbBase := int(le.Uint16(b[4:]))
	pos := 2 + cbStshi
	for i := 0; i < cstd && pos+2 <= len(b); i++ {
		cb := int(le.Uint16(b[pos:]))
		pos += 2
		if pos+cb > len(b) {
			break
		}
		base, grpprl := parseStd(b[pos:pos+cb], cbBase)
		st.base = append(st.base, base)
		st.grpprl = append(st.grpprl, grpprl)
		pos += cb
	}
	return st
}

// parseStd reads one STD: its StdfBase (stk in the low 4 bits and istdBase
// in the high 12 of bytes 2–3), the name after the cbBase bytes of its
// stdf, then for a paragraph style (stk 1) the first LPUpx, its UpxPapx:
// an istd and the grpprl.
func parseStd(std []byte, cbBase int) (int, []byte) {
	le := binary.LittleEndian
	if len(std) < 4 || cbBase < 10 || cbBase > len(std) {
		return -1, nil
	}
	stkBase := le.Uint16(std[2:])
	base := int(stkBase >> 4)
	if base == 0x0FFF {
		base = -1
	}
	if stkBase&0xF != 1 {
		return base, nil // not a paragraph style
	}
	pos := cbBase
	if pos+2 > len(std) {
		return base, nil
	}
	pos += 2 + 2*int(le.Uint16(std[pos:])) + 2 // xstzName: cch, the characters, a NUL
	if pos%2 != 0 {
		pos++
	}
	if pos+2 > len(std) {
		return base, nil
	}
	cbUpx := int(le.Uint16(std[pos:]))
	pos += 2
	if cbUpx < 2 || pos+cbUpx > len(std) {
		return base, nil
	}
	return base, std[pos+2 : pos+cbUpx]
}

// apply applies style istd to pp, its base styles first.
func (st *styles) apply(pp *paraProps, istd int, p *papx) {
	var chain []int
	for k := 0; k < maxStyleDepth && istd >= 0 && istd < len(st.grpprl); k++ {
		chain = append(chain, istd)
		istd = st.base[istd]
	}
	for i := len(chain) - 1; i >= 0; i-- {
		if g := st.grpprl[chain[i]]; g != nil {
			pp.apply(g, p)
		}
	}
}
