package text

import (
	"sync"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
)

// builder lays the blocks of a Document over its canonical text.
type builder struct {
	doc  *document.Document
	text string
	sc   scanner
	poll *document.Poll // asked at every line
	*scratch
}

// scratch is the memory the builder works in, kept in a pool between Reads
// so that reading many documents does not grow these arrays for each: the
// blocks and paragraphs read so far (finish copies them into arrays of the
// exact size), readRows' raw cells and row widths of the table being read,
// and the ends of the text's lines. Nothing in the Document refers to it.
type scratch struct {
	blocks []document.Block // a paragraph's block has Para nil until finish
	paras  []document.Paragraph
	cells  []rawCell
	widths []int
	// rowWidths and joined are joinRows' results for the table being read.
	rowWidths, joined []int
	ends              []int // where the lines of the text end (lineEnds)
}

// scratchPool holds scratch for newBuilder.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooled is the most raw cells, blocks, paragraphs or lines a pooled scratch
// keeps room for, so that one huge document does not pin its memory for the
// rest of a run.
const maxPooled = 1 << 16

// newScratch returns scratch from the pool; release gives it back.
func newScratch() *scratch {
	s := scratchPool.Get().(*scratch)
	s.blocks, s.paras = s.blocks[:0], s.paras[:0]
	return s
}

// release gives s back to the pool, cleared of the pointers it holds into
// a Document; s is not used after.
func (s *scratch) release() {
	clear(s.blocks)
	clear(s.paras)
	if max(cap(s.cells), cap(s.blocks), cap(s.paras), cap(s.ends)) <= maxPooled {
		scratchPool.Put(s)
	}
}

// newBuilder returns a builder for doc, whose Text is set, working in s,
// whose ends are where the lines of the text end.
func newBuilder(doc *document.Document, s *scratch, poll *document.Poll) *builder {
	return &builder{doc: doc, text: doc.Text, sc: newScanner(doc.Text, s.ends), poll: poll, scratch: s}
}

// build reads the text line by line: two row lines in a row start a
// TAB-separated table, a TAB line starts a TAB-per-cell table, every other
// line that is not white space is a paragraph. It stops with the poll's
// error once its context is done.
func (b *builder) build() error {
	for {
		if err := b.poll.Err(); err != nil {
			return err
		}
		ln, ok := b.sc.next()
		if !ok {
			b.finish()
			return nil
		}
		switch {
		case ln.kind != blankLine && b.startsRows(ln):
			b.rowTable(ln)
		case ln.kind == tabLine:
			b.table(ln)
		case ln.kind == textLine:
			b.paragraph(ln.start, ln.end, ln.num)
		}
	}
}

// finish sets the Document's blocks: the blocks read, in an array of their
// own, each paragraph pointing into one array that holds them all. Two
// allocations of the exact size, instead of one per paragraph and the
// growing of a slice, are what the scratch is for.
func (b *builder) finish() {
	if len(b.blocks) == 0 {
		return
	}
	blocks := append([]document.Block(nil), b.blocks...)
	paras := append([]document.Paragraph(nil), b.paras...)
	next := 0
	for i := range blocks {
		if blocks[i].Kind == document.KindParagraph {
			blocks[i].Para = &paras[next]
			next++
		}
	}
	b.doc.Blocks = blocks
}

// paragraph adds the single line [start, end), numbered num, as a paragraph
// trimmed of white space; a line of only white space adds nothing.
func (b *builder) paragraph(start, end, num int) {
	s, e := cjk.Trim(b.text, start, end)
	if s == e {
		return
	}
	// Only the fields that are not zero are written, which spares the nil
	// pointer's write barrier.
	b.paras = append(b.paras, document.Paragraph{})
	p := &b.paras[len(b.paras)-1]
	p.Text, p.Span = b.text[s:e], document.Span{Start: s, End: e, Line: num}
	b.blocks = append(b.blocks, document.Block{Kind: document.KindParagraph})
}

// warn adds a warning.
func (b *builder) warn(code, msg string, span document.Span) {
	b.doc.Warnings = append(b.doc.Warnings, document.Warning{Code: code, Message: msg, Span: span})
}
