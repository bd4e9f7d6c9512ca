package text

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
)

// isRowLine reports whether l is a row of a TAB-separated table: its cells
// on one line, separated by TABs ("编制数\t8\t100%", or "\t8\t8" with an empty
// first cell). A line that only starts with a TAB is a cell of the
// TAB-per-cell dump instead.
func isRowLine(l string) bool {
	i := strings.IndexByte(l, '\t')
	switch {
	case i < 0:
		return false
	case i > 0:
		return true
	}
	return strings.IndexByte(l[1:], '\t') >= 0
}

// startsRows reports whether the line ln and the line after it are both
// row lines: a TAB-separated table needs two rows, so that one line with a
// stray TAB stays a paragraph.
func (b *builder) startsRows(ln line) bool {
	if !isRowLine(b.text[ln.start:ln.end]) {
		return false
	}
	save := b.sc
	next, ok := b.sc.next()
	b.sc = save
	return ok && isRowLine(b.text[next.start:next.end])
}

// rowTable reads the TAB-separated table that starts at the row line
// first: every following row line is a row; the first other line (a blank
// line included) ends the table and is read again.
func (b *builder) rowTable(first line) {
	t := &document.Table{}
	for ln := first; b.poll.Err() == nil; { // a canceled read ends the table here; build stops
		t.Rows = append(t.Rows, b.rowOf(ln))
		save := b.sc
		next, ok := b.sc.next()
		if !ok || !isRowLine(b.text[next.start:next.end]) {
			b.sc = save
			break
		}
		ln = next
	}
	t.Span = document.Span{Start: t.Rows[0].Span.Start, End: t.Rows[len(t.Rows)-1].Span.End, Line: t.Rows[0].Span.Line}
	b.blocks = append(b.blocks, document.Block{Kind: document.KindTable, Table: t})
}

// rowOf splits the row line ln at its TABs into cells, each trimmed of
// white space; an empty field is an empty cell where it stands.
func (b *builder) rowOf(ln line) document.Row {
	r := document.Row{Span: document.Span{Start: ln.start, End: ln.end, Line: ln.num}}
	r.Cells = make([]document.Cell, 0, strings.Count(b.text[ln.start:ln.end], "\t")+1)
	for start := ln.start; ; {
		end := ln.end
		if i := strings.IndexByte(b.text[start:ln.end], '\t'); i >= 0 {
			end = start + i
		}
		s, e := cjk.Trim(b.text, start, end)
		r.Cells = append(r.Cells, document.Cell{
			Text: b.text[s:e], Span: document.Span{Start: s, End: e, Line: ln.num},
			Col: len(r.Cells), RowSpan: 1, ColSpan: 1,
		})
		if end == ln.end {
			return r
		}
		start = end + 1
	}
}
