package docx

import (
	"github.com/jixiao-dev/jixiao/extract/document"
)

// ctxKind says what holds a run of blocks.
type ctxKind uint8

const (
	ctxBody ctxKind = iota // the document body: blocks of the Document
	ctxCell                // a table cell: paragraphs are the cell's text
	ctxBox                 // a text box: read into its anchoring paragraph
)

// container tracks the blocks written into one body, cell or text box, for
// the separators between them.
type container struct {
	kind       ctxKind
	n          int  // blocks written so far
	afterTable bool // the last block written was a table
	nested     []*document.Table
}

// reader walks word/document.xml and builds the canonical text and blocks.
type reader struct {
	s      *scanner
	opts   Options
	part   string
	buf    []byte // the canonical text being built
	blocks []document.Block
	num    *numbering
	styles *styles

	// Chunks the Document's parts are carved from (alloc.go), and the
	// cells of the rows being read, innermost row last.
	paraChunk []document.Paragraph
	locs      []document.Locator
	cellChunk []document.Cell
	rowCells  []document.Cell

	// What was read from the property subtrees the scanner remembers,
	// by slot of s.read (memo.go).
	paraKept [memoSize]paraProps
	cellKept [memoSize]cellProps

	fields []bool // open complex fields: true while in the instruction
	instr  int    // open fields in their instruction part: text is hidden
	extra  int    // fields opened past maxFields, ignored
	paras  int    // body paragraphs seen
	tables int    // tables seen, nested ones included
}

// maxFields caps the nesting of complex fields that is tracked.
const maxFields = 64

// read walks the main part and returns the Document.
func (r *reader) read(data []byte) (*document.Document, error) {
	r.s = newScanner(data, r.opts.MaxDepth)
	r.s.forget = r.opts.forget
	r.s.checked = 0 // the part is checked for UTF-8 as it is read (memo.go)
	tb := textBuffer()
	r.buf = *tb
	defer func() { releaseText(tb, r.buf) }()
	body := &container{kind: ctxBody}
	for {
		k := r.s.next()
		if k == tokEOF {
			break
		}
		if k != tokStart {
			continue
		}
		switch r.s.el {
		case elDocument:
			continue
		case elBody:
			r.readBlocks(body)
		default:
			r.s.skip() // w:background and anything else outside the body
		}
	}
	if r.s.err == nil {
		r.s.validate(len(data))
	}
	if r.s.err != nil {
		// Invalid UTF-8 anywhere in the part is what is reported first,
		// wherever the reading stopped.
		return nil, utf8First(r.part, data, scanFailure(r.part, r.s.err))
	}
	doc := &document.Document{Text: string(r.buf), Blocks: r.blocks, Format: "docx"}
	fillText(doc)
	return doc, nil
}

// readBlocks reads the block-level children of the current element into c.
func (r *reader) readBlocks(c *container) {
	d := r.s.depth()
	for r.s.child(d) {
		r.block(c)
	}
}

// block reads one block-level element whose start tag was just read.
// Containers (w:sdt, w:sdtContent, w:customXml, w:ins, w:moveTo and unknown
// elements) are transparent: their children are read as if in their place.
func (r *reader) block(c *container) {
	switch r.s.el {
	case elP:
		r.separate(c, false)
		r.paragraph(c)
	case elTbl:
		r.separate(c, true)
		r.table(c)
	case elSdtPr, elSdtEndPr, elDel, elMoveFrom, elSectPr, elCustomXMLPr, elTblPr, elTcPr, elPPr, elRPr:
		r.s.skip()
	case elAlternateContent:
		for d, taken := r.s.depth(), false; r.branch(d, &taken); {
			r.readBlocks(c)
		}
	}
}

// separate writes the separator before a block of c: "\n" between blocks,
// and two blank lines after a body table, as the text dump has them.
func (r *reader) separate(c *container, table bool) {
	if c.n > 0 {
		if c.kind == ctxBody && c.afterTable {
			r.buf = append(r.buf, "\n\n\n"...)
		} else {
			r.buf = append(r.buf, '\n')
		}
	}
	c.n++
	c.afterTable = table
}

// branch advances inside the mc:AlternateContent open at depth d to the
// branch to read, and reports whether there is one: the first mc:Choice or
// mc:Fallback child; the others are skipped (ECMA-376 Part 3 §10.2). A
// reader may take any branch it understands; every branch carries the same
// text, so taking one is what matters, not which. The caller reads the
// branch's content, then calls branch again:
//
//	for d, taken := r.s.depth(), false; r.branch(d, &taken); {
//		… read the content of the branch …
//	}
func (r *reader) branch(d int, taken *bool) bool {
	for r.s.child(d) {
		if !*taken && r.s.depth() == d+1 && (r.s.el == elChoice || r.s.el == elFallback) {
			*taken = true
			return true
		}
		r.s.skip()
	}
	return false
}

// span returns the span of buf[start:end] trimmed of white space.
func (r *reader) span(start, end int) document.Span {
	s, e := trimBytes(r.buf, start, end)
	return document.Span{Start: s, End: e}
}

// fillText sets the Text of every paragraph and cell from the canonical text
// and the Line of every span.
func fillText(doc *document.Document) {
	lines := document.NewLines(doc.Text)
	for _, b := range doc.Blocks {
		if b.Kind == document.KindParagraph {
			p := b.Para
			p.Span.Line = lines.Line(p.Span.Start)
			p.Text = doc.Text[p.Span.Start:p.Span.End]
			continue
		}
		fillTable(doc.Text, lines, b.Table)
	}
}

func fillTable(text string, lines *document.Lines, t *document.Table) {
	t.Span.Line = lines.Line(t.Span.Start)
	for i := range t.Rows {
		row := &t.Rows[i]
		row.Span.Line = lines.Line(row.Span.Start)
		for j := range row.Cells {
			c := &row.Cells[j]
			c.Span.Line = lines.Line(c.Span.Start)
			c.Text = text[c.Span.Start:c.Span.End]
			for _, n := range c.Nested {
				fillTable(text, lines, n)
			}
		}
	}
}
