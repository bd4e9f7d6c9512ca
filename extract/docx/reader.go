package docx

import (
	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/ooxml"
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
	s      *ooxml.Scanner
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

	// What was read from the property subtrees the scanner remembers, by
	// slot (ooxml.Scanner.Recall).
	paraKept [ooxml.MemoSize]paraProps
	cellKept [ooxml.MemoSize]cellProps

	fields []bool // open complex fields: true while in the instruction
	instr  int    // open fields in their instruction part: text is hidden
	extra  int    // fields opened past maxFields, ignored
	paras  int    // body paragraphs seen
	tables int    // tables seen, nested ones included
}

// The kinds of subtree the reader remembers with what it read of them
// (ooxml.Scanner.Keep), its values kept by slot in paraKept and cellKept.
const (
	memoParaProps ooxml.MemoKind = 1 + iota // a w:pPr read by paraProps
	memoCellProps                           // a w:tcPr read by cellProps
)

// maxFields caps the nesting of complex fields that is tracked.
const maxFields = 64

// read walks the main part and returns the Document.
func (r *reader) read(data []byte) (*document.Document, error) {
	r.s = newScanner(data, r.opts)
	r.s.CheckAsRead()
	tb := textBuffer()
	r.buf = *tb
	defer func() { releaseText(tb, r.buf) }()
	body := &container{kind: ctxBody}
	for {
		k := r.s.Next()
		if k == ooxml.TokEOF {
			break
		}
		if k != ooxml.TokStart {
			continue
		}
		switch r.s.Elem() {
		case elDocument:
			continue
		case elBody:
			r.readBlocks(body)
		default:
			r.s.Skip() // w:background and anything else outside the body
		}
	}
	if !r.s.CheckRest() {
		// Invalid UTF-8 anywhere in the part is what is reported first,
		// wherever the reading stopped.
		return nil, utf8First(r.part, data, r.s.Err().InPart(r.part))
	}
	doc := &document.Document{Text: string(r.buf), Blocks: r.blocks, Format: "docx"}
	document.FillText(doc)
	return doc, nil
}

// readBlocks reads the block-level children of the current element into c.
func (r *reader) readBlocks(c *container) {
	d := r.s.Depth()
	for r.s.Child(d) {
		r.block(c)
	}
}

// block reads one block-level element whose start tag was just read.
// Containers (w:sdt, w:sdtContent, w:customXml, w:ins, w:moveTo and unknown
// elements) are transparent: their children are read as if in their place.
func (r *reader) block(c *container) {
	switch r.s.Elem() {
	case elP:
		r.separate(c, false)
		r.paragraph(c)
	case elTbl:
		r.separate(c, true)
		r.table(c)
	case elSdtPr, elSdtEndPr, elDel, elMoveFrom, elSectPr, elCustomXMLPr, elTblPr, elTcPr, elPPr, elRPr:
		r.s.Skip()
	case elAlternateContent:
		for d, taken := r.s.Depth(), false; r.branch(d, &taken); {
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
//	for d, taken := r.s.Depth(), false; r.branch(d, &taken); {
//		… read the content of the branch …
//	}
func (r *reader) branch(d int, taken *bool) bool {
	for r.s.Child(d) {
		if !*taken && r.s.Depth() == d+1 && (r.s.Elem() == elChoice || r.s.Elem() == elFallback) {
			*taken = true
			return true
		}
		r.s.Skip()
	}
	return false
}

// span returns the span of buf[start:end] trimmed of white space.
func (r *reader) span(start, end int) document.Span {
	s, e := document.TrimBytes(r.buf, start, end)
	return document.Span{Start: s, End: e}
}
