package text

import "jixiao/extract/document"

// builder lays the blocks of a Document over its canonical text.
type builder struct {
	doc  *document.Document
	text string
	sc   scanner
	// cells and widths are readRows' scratch, reused from table to
	// table.
	cells  []rawCell
	widths []int
}

// newBuilder returns a builder for doc, whose Text is set.
func newBuilder(doc *document.Document) *builder {
	return &builder{doc: doc, text: doc.Text, sc: newScanner(doc.Text)}
}

// build reads the text line by line: a TAB line starts a table, every other
// line that is not white space is a paragraph.
func (b *builder) build() {
	for {
		ln, ok := b.sc.next()
		if !ok {
			return
		}
		switch ln.kind {
		case tabLine:
			b.table(ln)
		case textLine:
			b.paragraph(ln.start, ln.end, ln.num)
		}
	}
}

// paragraph adds the single line [start, end), numbered num, as a paragraph
// trimmed of white space; a line of only white space adds nothing.
func (b *builder) paragraph(start, end, num int) {
	s, e := document.Trim(b.text, start, end)
	if s == e {
		return
	}
	b.doc.Blocks = append(b.doc.Blocks, document.Block{
		Kind: document.KindParagraph,
		Para: &document.Paragraph{Text: b.text[s:e], Span: document.Span{Start: s, End: e, Line: num}},
	})
}

// warn adds a warning.
func (b *builder) warn(code, msg string, span document.Span) {
	b.doc.Warnings = append(b.doc.Warnings, document.Warning{Code: code, Message: msg, Span: span})
}
