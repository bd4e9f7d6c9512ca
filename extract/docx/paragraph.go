package docx

import (
	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/ooxml"
)

// paraState is what a paragraph's properties and runs have set so far.
type paraState struct {
	start    int // offset of the paragraph's text in the canonical text
	marked   bool
	numbered bool
	props    paraProps
}

// paraProps are the paragraph properties the reader uses (ECMA-376 Part 1
// §17.3.1): the style, the numbering reference and the outline level.
type paraProps struct {
	style   []byte
	numID   int // -1 unset; 0 removes numbering
	ilvl    int // -1 unset
	outline int // -1 unset; 0..8 outline levels, 9 body text
}

// paragraph reads a w:p whose start tag was just read and writes its text.
func (r *reader) paragraph(c *container) {
	ps := &paraState{start: len(r.buf), props: paraProps{numID: -1, ilvl: -1, outline: -1}}
	index := -1
	if c.kind == ctxBody {
		index = r.paras
		r.paras++
	}
	r.inline(ps)
	if !ps.marked {
		r.mark(ps)
	}
	if c.kind != ctxBody {
		return
	}
	r.closeInstructions()
	sp := r.span(ps.start, len(r.buf))
	if sp.Start == sp.End {
		return // a blank paragraph is an empty line of the text, not a block
	}
	p := carve(&r.paraChunk)
	*p = document.Paragraph{
		Span:     sp,
		Outline:  r.outline(ps.props),
		Numbered: ps.numbered,
		Loc:      r.locator(index, -1, -1, -1),
	}
	r.blocks = append(r.blocks, document.Block{Kind: document.KindParagraph, Para: p})
}

// closeInstructions ends, at the end of a body paragraph, the fields still in
// their instruction part: Word never lets an instruction run past its
// paragraph, so such a field is broken, and hiding the rest of the document
// because of it would lose text.
func (r *reader) closeInstructions() {
	for len(r.fields) > 0 && r.fields[len(r.fields)-1] {
		r.fields = r.fields[:len(r.fields)-1]
		r.instr--
	}
}

// inline reads the content of the current paragraph-level element: runs and
// the containers around them, until the element ends.
func (r *reader) inline(ps *paraState) {
	d := r.s.Depth()
	for {
		switch r.s.Next() {
		case ooxml.TokEOF:
			return
		case ooxml.TokEnd:
			if r.s.Depth() < d {
				return
			}
			continue
		case ooxml.TokText:
			continue
		}
		if r.s.Elem() == elPPr && !ps.marked {
			r.paraProps(&ps.props)
			r.mark(ps)
			continue
		}
		if !ps.marked {
			r.mark(ps)
		}
		r.runElement(ps)
	}
}

// runElement reads one element inside a paragraph whose start tag was just
// read. Unknown elements are transparent.
func (r *reader) runElement(ps *paraState) {
	s := r.s
	switch s.Elem() {
	case elT:
		r.runText()
	case elTab:
		r.write(" ") // a TAB would start a table cell in the canonical text
	case elBr:
		switch string(s.Attr(nsW, "type")) {
		case "page", "column":
			// A page or column break is layout, not a line of the text.
		default:
			r.write("\n")
		}
	case elCr:
		r.write("\n")
	case elNoBreakHyphen:
		r.write("-")
	case elSoftHyphen:
		// An optional hyphen is shown only at a line end: not text.
	case elSym:
		r.symbol()
	case elFldChar:
		r.fieldChar()
	case elTxbxContent:
		box := &container{kind: ctxBox}
		if len(r.buf) > ps.start {
			box.n = 1 // the box's first paragraph goes on its own line
		}
		r.readBlocks(box)
	case elAlternateContent:
		for d, taken := s.Depth(), false; r.branch(d, &taken); {
			r.inline(ps)
		}
	case elPPr, elRPr, elDel, elDelText, elMoveFrom, elInstrText, elDelInstrText,
		elSdtPr, elSdtEndPr, elCustomXMLPr, elRt, elFldData:
		s.Skip()
	}
}

// write appends s to the text unless a field instruction is being read.
func (r *reader) write(s string) {
	if r.instr == 0 {
		r.buf = append(r.buf, s...)
	}
}

// runText reads the character data of a w:t.
func (r *reader) runText() {
	d := r.s.Depth()
	n := 0
	for {
		switch r.s.Next() {
		case ooxml.TokEOF:
			return
		case ooxml.TokEnd:
			if r.s.Depth() < d {
				return
			}
		case ooxml.TokText:
			t := r.s.Text()
			n += len(t)
			if n > r.opts.MaxRun {
				r.s.FailLimit(r.s.Off(), "text run longer than the limit of %d bytes (Options.MaxRun)", r.opts.MaxRun)
				return
			}
			if r.instr == 0 {
				r.buf = appendText(r.buf, t)
			}
		case ooxml.TokStart:
			r.s.Skip() // w:t holds only text; tolerate stray markup
		}
	}
}

// symbol writes the character of a w:sym (§17.3.3.30). Symbol fonts map
// their glyphs to U+F000–U+F0FF; the code is kept as written.
func (r *reader) symbol() {
	v, ok := parseHex(r.s.Attr(nsW, "char"))
	if !ok || v < 0x20 || !ooxml.IsXMLChar(rune(v)) {
		return
	}
	if r.instr == 0 {
		r.buf = appendText(r.buf, []byte(string(rune(v))))
	}
}

// fieldChar tracks complex fields (§17.16.18): text between "begin" and
// "separate" is the instruction and is hidden; between "separate" and "end"
// is the result and is kept. Fields nest.
func (r *reader) fieldChar() {
	switch string(r.s.Attr(nsW, "fldCharType")) {
	case "begin":
		if len(r.fields) >= maxFields {
			r.extra++
			return
		}
		r.fields = append(r.fields, true)
		r.instr++
	case "separate":
		if r.extra == 0 && len(r.fields) > 0 && r.fields[len(r.fields)-1] {
			r.fields[len(r.fields)-1] = false
			r.instr--
		}
	case "end":
		if r.extra > 0 {
			r.extra--
			return
		}
		if len(r.fields) > 0 {
			if r.fields[len(r.fields)-1] {
				r.instr--
			}
			r.fields = r.fields[:len(r.fields)-1]
		}
	}
}

// paraProps reads a w:pPr into p. A w:pPr the same bytes as one read
// before is not read again (ooxml.Scanner.Recall).
func (r *reader) paraProps(p *paraProps) {
	s := r.s
	if p.style != nil || p.numID != -1 || p.ilvl != -1 || p.outline != -1 {
		r.readParaProps(p) // not the first w:pPr of the paragraph: not remembered
		return
	}
	if slot, ok := s.Recall(memoParaProps); ok {
		*p = r.paraKept[slot]
		return
	}
	mk := s.Mark()
	r.readParaProps(p)
	if slot, ok := s.Keep(memoParaProps, mk); ok {
		r.paraKept[slot] = *p
	}
}

// readParaProps reads the children of a w:pPr into p.
func (r *reader) readParaProps(p *paraProps) {
	s := r.s
	d := s.Depth()
	for s.Child(d) {
		switch s.Elem() {
		case elPStyle:
			p.style = s.Attr(nsW, "val") // a slice of the part, used only while the part is read
		case elOutlineLvl:
			p.outline = atoiDefault(s.Attr(nsW, "val"), -1)
		case elNumPr:
			continue // read its w:ilvl and w:numId
		case elIlvl:
			p.ilvl = atoiDefault(s.Attr(nsW, "val"), -1)
		case elNumID:
			p.numID = atoiDefault(s.Attr(nsW, "val"), -1)
		}
		s.Skip()
	}
}

// mark writes the paragraph's numbering marker, if it has one, once its
// properties are known.
func (r *reader) mark(ps *paraState) {
	ps.marked = true
	numID, ilvl := ps.props.numID, ps.props.ilvl
	if st := r.styles.find(ps.props.style); st != nil {
		if numID < 0 {
			numID = st.numID
		}
		if ilvl < 0 {
			ilvl = st.ilvl
		}
	}
	if numID <= 0 || r.num == nil {
		return
	}
	if ilvl < 0 {
		ilvl = 0
	}
	m := r.num.marker(numID, ilvl)
	if m == "" {
		return
	}
	ps.numbered = true
	r.buf = appendText(r.buf, []byte(m))
}

// outline returns the paragraph's 1-based heading level hint, or 0.
func (r *reader) outline(p paraProps) int {
	lvl := p.outline
	if lvl < 0 {
		if st := r.styles.find(p.style); st != nil {
			return st.outline
		}
		return 0
	}
	if lvl >= 9 {
		return 0 // level 9 is body text (§17.3.1.20)
	}
	return lvl + 1
}
