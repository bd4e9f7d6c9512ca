package document

import "unicode/utf8"

// FillText sets the Text of every paragraph and cell of doc, nested tables
// included, from the canonical text at its span, and the Line of every
// span. Readers that build the canonical text first and the blocks' spans
// as they go call it once at the end.
func FillText(doc *Document) {
	lines := NewLines(doc.Text)
	for _, b := range doc.Blocks {
		if b.Kind == KindParagraph {
			p := b.Para
			p.Span.Line = lines.Line(p.Span.Start)
			p.Text = doc.Text[p.Span.Start:p.Span.End]
			continue
		}
		fillTable(doc.Text, lines, b.Table)
	}
}

func fillTable(text string, lines *Lines, t *Table) {
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

// TrimBytes is Trim over a text being built: the sub-range of b[start:end]
// without leading and trailing white space (IsSpace); an all-blank range
// collapses to an empty range at start.
func TrimBytes(b []byte, start, end int) (int, int) {
	s := start
	for s < end {
		r, n := utf8.DecodeRune(b[s:end])
		if !IsSpace(r) {
			break
		}
		s += n
	}
	if s == end {
		return start, start
	}
	e := end
	for e > s {
		r, n := utf8.DecodeLastRune(b[s:e])
		if !IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}
