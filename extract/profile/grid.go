package profile

import (
	"jixiao/extract/document"
)

// row is a table row laid on the grid of its table: each cell at its grid
// column. A row of a text dump that is shorter than the table (a horizontal
// merge written as one cell) is aligned to the right edge, since merged
// label cells sit on the left ("总分 | 100 | 94 |" under nine columns).
type row struct {
	index  int
	src    *document.Row
	cols   []int    // grid column of each cell
	folded []string // norm of each cell's text, computed once
}

// layRows lays every row of t on a grid as wide as its widest row. A row
// that holds the head of a block after its first cell ("… | 其他资金 | 0.00 |
// 年度总体目标 | 预期目标 | …", two rows a text reader joined) is laid as two
// rows, split before that head.
func layRows(t *document.Table) []row {
	width := 0
	var srcs []*document.Row
	var index []int
	for i := range t.Rows {
		for _, part := range splitJoined(&t.Rows[i]) {
			srcs, index = append(srcs, part), append(index, i)
			if n := rowEnd(*part); n > width {
				width = n
			}
		}
	}
	out := make([]row, 0, len(srcs))
	for k, r := range srcs {
		i := index[k]
		shift := 0
		if end := rowEnd(*r); end < width && allSingle(*r) {
			shift = width - end
		}
		cols := make([]int, len(r.Cells))
		folded := make([]string, len(r.Cells))
		for k, c := range r.Cells {
			cols[k] = c.Col + shift
			folded[k] = norm(c.Text)
		}
		out = append(out, row{index: i, src: r, cols: cols, folded: folded})
	}
	return out
}

// splitJoined splits r before a cell that heads a block of a
// self-evaluation or basic-data table, when that cell is not the first.
func splitJoined(r *document.Row) []*document.Row {
	for k := 1; k < len(r.Cells); k++ {
		f := norm(r.Cells[k].Text)
		if tableRows.match(f) != rowGoals && basicRows.match(f) == "" {
			continue
		}
		a := &document.Row{Cells: r.Cells[:k], Span: document.Span{Start: r.Span.Start, End: r.Cells[k-1].Span.End, Line: r.Span.Line}}
		b := &document.Row{Cells: rebase(r.Cells[k:]), Span: document.Span{Start: r.Cells[k].Span.Start, End: r.Span.End, Line: r.Cells[k].Span.Line}}
		return append([]*document.Row{a}, splitJoined(b)...)
	}
	return []*document.Row{r}
}

// rebase copies cells so that the first sits at grid column 0.
func rebase(cells []document.Cell) []document.Cell {
	out := append([]document.Cell(nil), cells...)
	base := out[0].Col
	for i := range out {
		out[i].Col -= base
	}
	return out
}

// rowEnd returns the grid column after the row's last cell.
func rowEnd(r document.Row) int {
	if len(r.Cells) == 0 {
		return 0
	}
	c := r.Cells[len(r.Cells)-1]
	return c.Col + max(c.ColSpan, 1)
}

// allSingle reports whether no cell of r states a merge, as in text dumps.
func allSingle(r document.Row) bool {
	for _, c := range r.Cells {
		if c.ColSpan > 1 || c.RowSpan > 1 {
			return false
		}
	}
	return true
}

// at returns the cell covering grid column col, or nil.
func (r row) at(col int) *document.Cell {
	for k := range r.src.Cells {
		c := &r.src.Cells[k]
		if col >= r.cols[k] && col < r.cols[k]+max(c.ColSpan, 1) {
			return c
		}
	}
	return nil
}

// cells returns the row's cells with their grid columns.
func (r row) cells() []gridCell {
	out := make([]gridCell, len(r.src.Cells))
	for k := range r.src.Cells {
		out[k] = gridCell{cell: &r.src.Cells[k], col: r.cols[k]}
	}
	return out
}

// gridCell is a cell with its grid column.
type gridCell struct {
	cell *document.Cell
	col  int
}

// blank reports whether every cell of the row is blank or a placeholder.
func (r row) blank() bool {
	for _, c := range r.src.Cells {
		if !placeholder(c.Text) {
			return false
		}
	}
	return true
}

// label returns the first cell of the row that is not blank, and its index.
func (r row) label() (*document.Cell, int) {
	for k := range r.src.Cells {
		if !placeholder(r.src.Cells[k].Text) {
			return &r.src.Cells[k], k
		}
	}
	return nil, -1
}

// columns maps the row's cells to the keys of v: the grid column of each
// label found. It returns how many distinct keys were found.
func (r row) columns(v vocab) (map[string]int, int) {
	m := map[string]int{}
	for k, f := range r.folded {
		if key := v.match(f); key != "" {
			if _, seen := m[key]; !seen {
				m[key] = r.cols[k]
			}
		}
	}
	return m, len(m)
}
