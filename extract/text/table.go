package text

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
)

// rawCell is a cell as read from the dump: where the TAB line that starts it
// starts and its number, and the end of the cell's last line.
type rawCell struct {
	start, num int
	end        int
}

// newCell returns the cell that the TAB line ln starts.
func newCell(ln line) rawCell {
	return rawCell{start: ln.start, num: ln.num, end: ln.end}
}

// table reads the table that starts at the TAB line first and adds it, or,
// when it is a single cell, adds its lines as paragraphs.
func (b *builder) table(first line) {
	cells, widths := b.readRows(first)
	if len(widths) == 1 && widths[0] == 1 {
		b.indented(cells[0])
		return
	}
	widths, joined := joinRows(widths, b.rowWidths[:0], b.joined[:0])
	b.rowWidths, b.joined = widths, joined
	t := &document.Table{Rows: make([]document.Row, len(widths))}
	// One array holds the cells of every row, each row a slice of it
	// capped at its own end, so a table costs one allocation for its
	// cells rather than one per row.
	all := make([]document.Cell, len(cells))
	at := 0
	for i, w := range widths {
		t.Rows[i] = b.row(cells[at:at+w], all[at:at+w:at+w])
		if joined[i] > 0 {
			b.warn("text.table_rows_joined", joinMessage(joined[i], w), t.Rows[i].Span)
		}
		at += w
	}
	t.Span = document.Span{Start: t.Rows[0].Span.Start, End: t.Rows[len(t.Rows)-1].Span.End, Line: t.Rows[0].Span.Line}
	b.blocks = append(b.blocks, document.Block{Kind: document.KindTable, Table: t})
}

// readRows reads the table that starts at the TAB line first, each
// blank-line boundary read as a row break, and leaves the scanner after the
// table's last line. It returns the cells of every row in order and the
// width of each row; both are the builder's scratch, valid until the next
// call. The grammar (see the package comment), after a cell line:
//
//	TAB line                 -> next cell of the row
//	text line                -> the cell goes on
//	blank+ TAB line          -> next row
//	blank text line          -> the cell goes on (an empty paragraph inside it)
//	blank blank+ text line   -> end of table; the text line is read again
//	blank* end of text       -> end of table
func (b *builder) readRows(first line) ([]rawCell, []int) {
	cells := append(b.cells[:0], newCell(first))
	widths := b.widths[:0]
	rowStart := 0
	for b.poll.Err() == nil { // a canceled read ends the table here; build stops
		ln, ok := b.sc.next()
		if !ok {
			break
		}
		switch ln.kind {
		case tabLine:
			cells = append(cells, newCell(ln))
			continue
		case textLine:
			cells[len(cells)-1].end = ln.end
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
			widths = append(widths, len(cells)-rowStart)
			rowStart = len(cells)
			cells = append(cells, newCell(ln))
			continue
		case blanks == 1:
			cells[len(cells)-1].end = ln.end
			continue
		default:
			b.sc = before
		}
		break
	}
	widths = append(widths, len(cells)-rowStart)
	b.cells, b.widths = cells, widths
	return cells, widths
}

// row builds a document row from its raw cells into out, which has a zero
// cell for each.
func (b *builder) row(cells []rawCell, out []document.Cell) document.Row {
	r := document.Row{
		Span:  document.Span{Start: cells[0].start, End: cells[len(cells)-1].end, Line: cells[0].num},
		Cells: out,
	}
	for i, c := range cells {
		start := c.start + 1
		s, e := cjk.Trim(b.text, start, c.end)
		line := c.num
		if s > start {
			line += strings.Count(b.text[start:s], "\n") // blank lines at the top of the cell
		}
		// out is fresh from make: only the fields that are not zero are
		// written, which spares the pointer fields' write barriers.
		cell := &out[i]
		cell.Text = b.text[s:e]
		cell.Span = document.Span{Start: s, End: e, Line: line}
		cell.Col, cell.RowSpan, cell.ColSpan = i, 1, 1
	}
	return r
}

// indented adds the lines of a lone cell, a table of one row and one cell, as
// paragraphs: it is an indented line (with any lines that continue it), not a
// table.
func (b *builder) indented(c rawCell) {
	start, num := c.start+1, c.num
	for start <= c.end {
		end := c.end
		if i := strings.IndexByte(b.text[start:c.end], '\n'); i >= 0 {
			end = start + i
		}
		b.paragraph(start, end, num)
		start, num = end+1, num+1
	}
}
