package doc

import (
	"encoding/binary"
	"sort"
)

// paraProps are the paragraph properties the reader uses: whether the
// paragraph is in a table and at which depth, whether its mark ends a
// cell or a row, and, for a row's end, the row's cell layout.
type paraProps struct {
	inTable   bool
	itap      int // table depth: 0 outside tables, 1 in a table, 2 nested …
	ttp       bool
	innerCell bool
	innerTtp  bool
	outline   int // sprmPOutLvl + 1; 0 when not given
	ilfo      int // the list override (1-based), 0 when not in a list
	ilvl      int // the list level
	row       *rowDef
}

// rowDef is a row's layout from sprmTDefTable ([MS-DOC] §2.9.328): the
// boundaries of its cells in twips, and each cell's merge flags.
type rowDef struct {
	bounds []int
	horz   []uint8 // horzMerge: 0 none, 1 first of a merged set, 2/3 merged into the one before
	vert   []uint8 // vertMerge: 0 none, 1 continues the cell above, 3 starts a merged set
}

// Sprms the reader interprets ([MS-DOC] §2.6.2, §2.6.3).
const (
	sprmPFInTable        = 0x2416
	sprmPFTtp            = 0x2417
	sprmPOutLvl          = 0x2640
	sprmPFInnerTableCell = 0x244B
	sprmPFInnerTtp       = 0x244C
	sprmPItap            = 0x6649
	sprmPDtap            = 0x664A
	sprmTDefTable        = 0xD608
	sprmTVertMerge       = 0xD62B
	sprmPChgTabs         = 0xC615
	sprmPHugePapx        = 0x6646
)

// papx finds the paragraph properties of a paragraph from the FC of its
// mark, through the bin table (PlcBtePapx, §2.8.6) and the 512-byte FKP
// pages it points to (PapxFkp, §2.9.182).
type papx struct {
	word  []byte
	data  []byte   // the Data stream
	fcs   []uint32 // the bin table's aFC
	pns   []uint32 // its page numbers
	pages map[uint32]*fkp
}

// fkp is one parsed PapxFkp page: rgfc, and for each run its style and
// grpprl.
type fkp struct {
	fcs     []uint32
	istds   []int // -1 when the run has no PapxInFkp
	grpprls [][]byte
}

func newPapx(word, table, data []byte, fc, lcb int) *papx {
	p := &papx{word: word, data: data, pages: map[uint32]*fkp{}}
	if fc < 0 || lcb < 12 || fc > len(table) || lcb > len(table)-fc || (lcb-4)%8 != 0 {
		return p // no usable bin table: every paragraph gets default properties
	}
	b := table[fc : fc+lcb]
	n := (lcb - 4) / 8
	le := binary.LittleEndian
	p.fcs = make([]uint32, n+1)
	p.pns = make([]uint32, n)
	for i := range n + 1 {
		p.fcs[i] = le.Uint32(b[4*i:])
	}
	for i := range n {
		p.pns[i] = le.Uint32(b[4*(n+1)+4*i:]) & 0x3FFFFF
	}
	return p
}

// lookup returns the style (istd, -1 for none) and the property modifiers
// of the paragraph whose mark is at fc.
func (p *papx) lookup(fc int) (int, []byte) {
	v := uint32(fc)
	i := sort.Search(len(p.pns), func(i int) bool { return p.fcs[i+1] > v })
	if i >= len(p.pns) || p.fcs[i] > v {
		return -1, nil
	}
	page := p.page(p.pns[i])
	if page == nil {
		return -1, nil
	}
	j := sort.Search(len(page.grpprls), func(j int) bool { return page.fcs[j+1] > v })
	if j >= len(page.grpprls) || page.fcs[j] > v {
		return -1, nil
	}
	return page.istds[j], page.grpprls[j]
}

// page parses FKP page pn, once; nil when it lies outside the stream or
// is malformed.
func (p *papx) page(pn uint32) *fkp {
	if f, ok := p.pages[pn]; ok {
		return f
	}
	var f *fkp
	off := int(pn) * 512
	if off >= 0 && off+512 <= len(p.word) {
		f = parseFKP(p.word[off : off+512])
	}
	p.pages[pn] = f
	return f
}

// parseFKP reads a PapxFkp: crun in the last byte, crun+1 FCs, crun BxPap
// of 13 bytes whose first byte is the word offset of a PapxInFkp.
func parseFKP(page []byte) *fkp {
	crun := int(page[511])
	if crun == 0 || 4*(crun+1)+13*crun > 511 {
		return nil
	}
	le := binary.LittleEndian
	f := &fkp{fcs: make([]uint32, crun+1), istds: make([]int, crun), grpprls: make([][]byte, crun)}
	for i := range crun + 1 {
		f.fcs[i] = le.Uint32(page[4*i:])
	}
	for i := range crun {
		f.istds[i] = -1
		off := 2 * int(page[4*(crun+1)+13*i])
		if off == 0 || off >= 511 {
			continue
		}
		cb := int(page[off])
		start, size := off+1, 2*cb-1
		if cb == 0 {
			if off+1 >= 511 {
				continue
			}
			start, size = off+2, 2*int(page[off+1])
		}
		if size < 2 || start+size > 511 {
			continue
		}
		f.istds[i] = int(le.Uint16(page[start:]))
		f.grpprls[i] = page[start+2 : start+size] // after the istd
	}
	return f
}

// huge returns the grpprl that sprmPHugePapx points at: a PrcData
// (§2.9.224, a 2-byte size and the grpprl) at an offset of the Data
// stream; nil when it lies outside it.
func (p *papx) huge(op []byte) []byte {
	off := int(binary.LittleEndian.Uint32(op))
	if off < 0 || off+2 > len(p.data) {
		return nil
	}
	n := int(binary.LittleEndian.Uint16(p.data[off:]))
	if n > len(p.data)-off-2 {
		return nil
	}
	return p.data[off+2 : off+2+n]
}

// apply applies the sprms of grpprl to pp, following a sprmPHugePapx into
// the Data stream once (the grpprl found there holds no other). A
// malformed sprm ends the list: what was read before it stands.
func (pp *paraProps) apply(grpprl []byte, p *papx) {
	defer func() { pp.itap = max(0, min(pp.itap, maxTableDepth)) }()
	le := binary.LittleEndian
	for pos := 0; pos+2 <= len(grpprl); {
		sprm := le.Uint16(grpprl[pos:])
		pos += 2
		n := operandSize(sprm, grpprl[pos:])
		if n < 0 || pos+n > len(grpprl) {
			return
		}
		op := grpprl[pos : pos+n]
		pos += n
		switch sprm {
		case sprmPHugePapx:
			if p != nil {
				pp.apply(p.huge(op), nil)
			}
		case sprmPFInTable:
			pp.inTable = op[0] != 0
		case sprmPFTtp:
			pp.ttp = op[0] != 0
		case sprmPFInnerTableCell:
			pp.innerCell = op[0] != 0
		case sprmPFInnerTtp:
			pp.innerTtp = op[0] != 0
		case sprmPItap:
			pp.itap = int(int32(le.Uint32(op)))
		case sprmPDtap:
			pp.itap += int(int32(le.Uint32(op)))
		case sprmPIlfo:
			pp.ilfo = int(int16(le.Uint16(op)))
		case sprmPIlvl:
			pp.ilvl = int(op[0])
		case sprmPOutLvl:
			if op[0] < 9 {
				pp.outline = int(op[0]) + 1
			}
		case sprmTDefTable:
			pp.row = parseTDef(op)
		case sprmTVertMerge:
			if pp.row != nil && len(op) >= 3 && int(op[1]) < len(pp.row.vert) {
				pp.row.vert[op[1]] = op[2] & 3
			}
		}
	}
}

// operandSize returns the size of the operand of sprm whose bytes start
// at b (§2.2.5.1, Prl): fixed by spra, or variable with a length prefix.
func operandSize(sprm uint16, b []byte) int {
	switch sprm >> 13 {
	case 0, 1:
		return 1
	case 2, 4, 5:
		return 2
	case 3:
		return 4
	case 7:
		return 3
	}
	switch {
	case sprm == sprmTDefTable:
		if len(b) < 2 {
			return -1
		}
		// TDefTableOperand.cb counts the rest of the operand plus one.
		return int(binary.LittleEndian.Uint16(b)) + 1
	case sprm == sprmPChgTabs && len(b) > 0 && b[0] == 255:
		return chgTabsSize(b)
	case len(b) == 0:
		return -1
	}
	return 1 + int(b[0])
}

// chgTabsSize is the size of a PChgTabsOperand whose cb is 255 (§2.6.3):
// a PChgTabsDelClose and a PChgTabsAdd, each led by its tab count.
func chgTabsSize(b []byte) int {
	if len(b) < 2 {
		return -1
	}
	del := int(b[1])
	add := 2 + 4*del
	if add >= len(b) {
		return -1
	}
	return add + 1 + 3*int(b[add])
}

// parseTDef reads a TDefTableOperand after its cb: itcMac, the itcMac+1
// boundaries, then up to itcMac TC80 of 20 bytes whose first two bytes are
// the TCGRF (horzMerge in bits 0–1, vertMerge in bits 5–6).
func parseTDef(op []byte) *rowDef {
	if len(op) < 3 {
		return nil
	}
	n := int(op[2])
	b := op[3:]
	if n == 0 || len(b) < 2*(n+1) {
		return nil
	}
	le := binary.LittleEndian
	d := &rowDef{bounds: make([]int, n+1), horz: make([]uint8, n), vert: make([]uint8, n)}
	for i := range n + 1 {
		d.bounds[i] = int(int16(le.Uint16(b[2*i:])))
	}
	tcs := b[2*(n+1):]
	for i := 0; i < n && 20*i+2 <= len(tcs); i++ {
		g := le.Uint16(tcs[20*i:])
		d.horz[i] = uint8(g & 3)
		d.vert[i] = uint8(g>>5) & 3
	}
	return d
}
