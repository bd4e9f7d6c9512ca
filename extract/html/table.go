package html

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// Limits of the table model (HTML Living Standard §4.9.11, "processing
// model"): colspan is clamped to 1000 and rowspan to 65534 by the standard;
// a row wider than maxColumns grid columns is refused, since it can only be
// an attempt to make the grid huge.
const (
	maxColSpan = 1000
	maxRowSpan = 65534
	maxColumns = 16384
)

// placed is one slot of a row laid on the table's grid: a cell, or a
// placeholder where a cell of an earlier row spans down into this row.
type placed struct {
	cell    *html.Node // nil for a placeholder
	col     int
	rowSpan int
	colSpan int
}

// cover is a grid column held by a cell spanning down: until is the first
// row (of its row group) it no longer covers, anchor the cell's identity.
type cover struct {
	until  int
	anchor int
}

// Grid is the table model of one <table>: its rows in order, each the
// slots laid on the grid. A cell's column is the first grid column that no
// cell of the same or an earlier row covers (the standard's algorithm for
// forming a table), so ragged rows and spans keep their columns.
type grid struct {
	rows [][]placed
}

// layout lays the rows of table t on a grid. Rows come from the row groups
// (thead, tbody, tfoot, and rows the parser put directly in the table) in
// document order; a rowspan stops at the end of its row group, and
// rowspan="0" spans to it.
func layout(t *html.Node) (*grid, error) {
	g := &grid{}
	anchors := 0
	for _, group := range rowGroups(t) {
		var covers []cover
		for i, tr := range group {
			row, err := layoutRow(tr, i, len(group), &covers, &anchors)
			if err != nil {
				return nil, err
			}
			g.rows = append(g.rows, row)
		}
	}
	return g, nil
}

// rowGroups returns the rows of t grouped by row group.
func rowGroups(t *html.Node) [][]*html.Node {
	var groups [][]*html.Node
	var loose []*html.Node
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Thead, atom.Tbody, atom.Tfoot:
			var rows []*html.Node
			for r := c.FirstChild; r != nil; r = r.NextSibling {
				if r.Type == html.ElementNode && r.DataAtom == atom.Tr {
					rows = append(rows, r)
				}
			}
			groups = append(groups, rows)
		case atom.Tr:
			loose = append(loose, c)
		}
	}
	if loose != nil {
		groups = append(groups, loose)
	}
	return groups
}

// layoutRow lays row i of a row group of n rows.
func layoutRow(tr *html.Node, i, n int, covers *[]cover, anchors *int) ([]placed, error) {
	var row []placed
	col, last := 0, -1
	// skipCovered moves col past the columns a cell of an earlier row
	// covers, writing one placeholder per covering cell.
	skipCovered := func() {
		for col < len(*covers) && (*covers)[col].until > i {
			if a := (*covers)[col].anchor; a != last {
				row = append(row, placed{col: col})
				last = a
			}
			col++
		}
	}
	for td := tr.FirstChild; td != nil; td = td.NextSibling {
		if td.Type != html.ElementNode || (td.DataAtom != atom.Td && td.DataAtom != atom.Th) {
			continue
		}
		skipCovered()
		rs := spanAttr(td, "rowspan", 1, 0, maxRowSpan)
		if rs == 0 || rs > n-i {
			rs = n - i
		}
		cs := spanAttr(td, "colspan", 1, 1, maxColSpan)
		if col+cs > maxColumns {
			return nil, document.Errorf(document.ErrLimit, -1, "a table row is wider than %d grid columns", maxColumns)
		}
		row = append(row, placed{cell: td, col: col, rowSpan: rs, colSpan: cs})
		*anchors++
		for len(*covers) < col+cs {
			*covers = append(*covers, cover{})
		}
		if rs > 1 {
			for k := col; k < col+cs; k++ {
				(*covers)[k] = cover{until: i + rs, anchor: *anchors}
			}
		}
		col += cs
	}
	for col < len(*covers) {
		skipCovered()
		col++
	}
	return row, nil
}

// spanAttr reads a non-negative integer attribute as the standard's rules
// for parsing non-negative integers do (leading white space, digits, junk
// after them ignored), clamped to [lo, hi]; def when absent or unparsable.
func spanAttr(n *html.Node, key string, def, lo, hi int) int {
	for _, a := range n.Attr {
		if a.Namespace != "" || a.Key != key {
			continue
		}
		v := strings.TrimLeft(a.Val, " \t\n\f\r")
		end := 0
		for end < len(v) && end < 9 && v[end] >= '0' && v[end] <= '9' {
			end++
		}
		if end == 0 {
			return def
		}
		k, _ := strconv.Atoi(v[:end])
		return max(lo, min(k, hi))
	}
	return def
}

// singleColumn reports whether every row of the grid holds one cell
// spanning nothing: the layout tables older sites wrap a whole article in
// (a report's data tables have at least two columns).
func (g *grid) singleColumn() bool {
	n := 0
	for _, row := range g.rows {
		if len(row) == 0 {
			continue
		}
		if len(row) > 1 || row[0].cell == nil || row[0].colSpan > 1 || row[0].rowSpan > 1 {
			return false
		}
		n++
	}
	return n > 0
}

// unwrap reads the cells of a layout table as blocks of the container the
// table stands in.
func (k *walker) unwrap(g *grid) {
	for _, row := range g.rows {
		for _, p := range row {
			k.w.endLine()
			k.children(p.cell)
			k.w.endLine()
		}
	}
}

// tableState is a table being written.
type tableState struct {
	t       *document.Table
	index   int
	flat    bool // a nested table: flattened into its cell, no TABs
	written int  // slots written
	rowFrom int  // offset of the row's first slot, -1 before it
}

// table writes a <table>. At body level it is a table block; inside a cell
// it is flattened into the cell's text, one line per cell, and kept in the
// cell's Nested tables.
func (k *walker) table(n *html.Node) {
	w := k.w
	g, err := layout(n)
	if err != nil {
		k.fail(err)
		return
	}
	if g.singleColumn() {
		k.unwrap(g)
		return
	}
	k.caption(n)
	flat := !w.cur.body
	w.endLine()
	ts := &tableState{t: &document.Table{}, index: w.tables, flat: flat}
	w.tables++
	ts.t.Loc = &document.Locator{Paragraph: -1, Table: ts.index, Row: -1, Cell: -1}
	for r, row := range g.rows {
		ts.rowFrom = -1
		var cells []document.Cell
		for _, p := range row {
			if p.cell == nil {
				if !flat {
					k.separator(ts)
					w.buf = append(w.buf, '\t')
				}
				continue
			}
			cells = append(cells, k.cell(ts, r, len(cells), p))
		}
		if ts.rowFrom >= 0 {
			ts.t.Rows = append(ts.t.Rows, document.Row{Span: document.Span{Start: ts.rowFrom, End: len(w.buf)}, Cells: cells})
		}
	}
	k.closeTable(ts)
}

// closeTable records a written table in its container.
func (k *walker) closeTable(ts *tableState) {
	w := k.w
	t := ts.t
	if len(t.Rows) == 0 {
		return
	}
	t.Span = document.Span{Start: t.Rows[0].Span.Start, End: t.Rows[len(t.Rows)-1].Span.End}
	l := w.cur
	l.open = false
	if ts.flat {
		k.nested = append(k.nested, t)
		return
	}
	l.afterTable = true
	w.blocks = append(w.blocks, document.Block{Kind: document.KindTable, Table: t})
}

// separator writes what goes before a slot: the container's separator
// before the table's first, a blank line before a row's first ("\n" when
// flattened), "\n" between slots. It records where the row starts.
func (k *walker) separator(ts *tableState) {
	w := k.w
	switch {
	case ts.written == 0:
		w.begin()
	case ts.rowFrom < 0 && !ts.flat:
		w.buf = append(w.buf, "\n\n"...)
	default:
		w.buf = append(w.buf, '\n')
	}
	ts.written++
	if ts.rowFrom < 0 {
		ts.rowFrom = len(w.buf)
	}
}

// cell writes one cell: its separator and TAB, then its content as the
// lines of a container of its own.
func (k *walker) cell(ts *tableState, r, c int, p placed) document.Cell {
	w := k.w
	k.separator(ts)
	if !ts.flat {
		w.buf = append(w.buf, '\t')
	}
	from := len(w.buf)
	outer, outerNested := w.cur, k.nested
	w.cur, k.nested = &lines{}, nil
	k.children(p.cell)
	w.endLine()
	nested := k.nested
	w.cur, k.nested = outer, outerNested
	s, e := document.TrimBytes(w.buf, from, len(w.buf))
	return document.Cell{
		Span:    document.Span{Start: s, End: e},
		Col:     p.col,
		RowSpan: p.rowSpan,
		ColSpan: p.colSpan,
		Nested:  nested,
		Loc:     &document.Locator{Paragraph: -1, Table: ts.index, Row: r, Cell: c},
	}
}

// caption writes a table's <caption> as a line before the table.
func (k *walker) caption(t *html.Node) {
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Caption {
			k.w.endLine()
			k.children(c)
			k.w.endLine()
		}
	}
}
