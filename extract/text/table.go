package text

import (
	"strings"

	"jixiao/extract/document"
)

// rawCell is a cell as read from the dump: the TAB line that starts it and the
// end of its last line.
type rawCell struct {
	tab line
	end int
}

// table reads the table that starts at the TAB line first and adds it, or,
// when it is a single cell, adds its lines as paragraphs.
func (b *builder) table(first line) {
	rows := b.readRows(first)
	if len(rows) == 1 && len(rows[0]) == 1 {
		b.indented(rows[0][0])
		return
	}
	rows, joined := joinRows(rows)
	t := &document.Table{Rows: make([]document.Row, len(rows))}
	for i, cells := range rows {
		t.Rows[i] = b.row(cells)
		if joined[i] > 0 {
			b.warn("text.table_rows_joined", joinMessage(joined[i], len(cells)), t.Rows[i].Span)
		}
	}
	t.Span = document.Span{Start: t.Rows[0].Span.Start, End: t.Rows[len(t.Rows)-1].Span.End, Line: t.Rows[0].Span.Line}
	b.doc.Blocks = append(b.doc.Blocks, document.Block{Kind: document.KindTable, Table: t})
}

// readRows reads the rows of the table that starts at the TAB line first, each
// blank-line boundary read as a row break, and leaves the scanner after the
// table's last line. The grammar (see the package comment), after a cell line:
//
//	TAB line                 -> next cell of the row
//	text line                -> the cell goes on
//	blank+ TAB line          -> next row
//	blank text line          -> the cell goes on (an empty paragraph inside it)
//	blank blank+ text line   -> end of table; the text line is read again
//	blank* end of text       -> end of table
func (b *builder) readRows(first line) [][]rawCell {
	var rows [][]rawCell
	row := []rawCell{{tab: first, end: first.end}}
	for {
		ln, ok := b.sc.next()
		if !ok {
			break
		}
		switch ln.kind {
		case tabLine:
			row = append(row, rawCell{tab: ln, end: ln.end})
			continue
		case textLine:
			row[len(row)-1].end = ln.end
			continue
		}
		blanks := 1
		before := b.sc
		for ln, ok = b.sc.next(); ok && ln.kind == blankLine; ln, ok = b.sc.next() {
			blanks++
			before = b.sc
		}
		switch {
		case !ok:
		case ln.kind == tabLine:
			rows = append(rows, row)
			row = []rawCell{{tab: ln, end: ln.end}}
			continue
		case blanks == 1:
			row[len(row)-1].end = ln.end
			continue
		default:
			b.sc = before
		}
		break
	}
	return append(rows, row)
}

// row builds a document row from its cells.
func (b *builder) row(cells []rawCell) document.Row {
	r := document.Row{
		Span:  document.Span{Start: cells[0].tab.start, End: cells[len(cells)-1].end, Line: cells[0].tab.num},
		Cells: make([]document.Cell, len(cells)),
	}
	for i, c := range cells {
		start := c.tab.start + 1
		s, e := document.Trim(b.text, start, c.end)
		r.Cells[i] = document.Cell{
			Text:    b.text[s:e],
			Span:    document.Span{Start: s, End: e, Line: c.tab.num + strings.Count(b.text[start:s], "\n")},
			Col:     i,
			RowSpan: 1,
			ColSpan: 1,
		}
	}
	return r
}

// indented adds the lines of a lone cell, a table of one row and one cell, as
// paragraphs: it is an indented line (with any lines that continue it), not a
// table.
func (b *builder) indented(c rawCell) {
	start, num := c.tab.start+1, c.tab.num
	for start <= c.end {
		end := c.end
		if i := strings.IndexByte(b.text[start:c.end], '\n'); i >= 0 {
			end = start + i
		}
		b.paragraph(start, end, num)
		start, num = end+1, num+1
	}
}
