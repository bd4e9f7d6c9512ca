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
	// keys caches the matches of each cell against the vocabs that have a
	// slot (cellMatches): 0 not matched yet, 1 no label, 2+i label i.
	keys [][nSlots]uint8
}

// layRows lays every row of t on a grid as wide as its widest row. A row
// that holds the head of a block after its first cell ("… | 其他资金 | 0.00 |
// 年度总体目标 | 预期目标 | …", two rows a text reader joined) is laid as two
// rows, split before that head. Each cell's text is folded once, and each
// match of a cell against a label table is made once (row.key).
func layRows(t *document.Table) []row {
	cells := 0
	for i := range t.Rows {
		cells += len(t.Rows[i].Cells)
	}
	cols := make([]int, cells)
	folded := make([]string, cells)
	keys := make([][nSlots]uint8, cells)
	out := make([]row, 0, len(t.Rows))
	at := 0
	for i := range t.Rows {
		src := &t.Rows[i]
		n := len(src.Cells)
		for k := range src.Cells {
			folded[at+k] = norm(src.Cells[k].Text)
		}
		whole := row{index: i, src: src, cols: cols[at : at+n : at+n], folded: folded[at : at+n : at+n], keys: keys[at : at+n : at+n]}
		out = splitJoined(out, whole)
		at += n
	}
	width := 0
	for _, r := range out {
		width = max(width, rowEnd(*r.src))
	}
	for _, r := range out {
		shift := 0
		if end := rowEnd(*r.src); end < width && allSingle(*r.src) {
			shift = width - end
		}
		for k := range r.src.Cells {
			r.cols[k] = r.src.Cells[k].Col + shift
		}
	}
	return out
}

// splitJoined appends r to out, split before a cell that heads a block of
// a self-evaluation or basic-data table, when that cell is not the first.
// The parts share r's folded texts and cached matches.
func splitJoined(out []row, r row) []row {
	for k := 1; k < len(r.src.Cells); k++ {
		if r.key(k, tableRows) != rowGoals && r.key(k, basicRows) == "" {
			continue
		}
		cells := r.src.Cells
		a := &document.Row{Cells: cells[:k], Span: document.Span{Start: r.src.Span.Start, End: cells[k-1].Span.End, Line: r.src.Span.Line}}
		b := &document.Row{Cells: rebase(cells[k:]), Span: document.Span{Start: cells[k].Span.Start, End: r.src.Span.End, Line: cells[k].Span.Line}}
		head := row{index: r.index, src: a, cols: r.cols[:k:k], folded: r.folded[:k:k], keys: r.keys[:k:k]}
		tail := row{index: r.index, src: b, cols: r.cols[k:], folded: r.folded[k:], keys: r.keys[k:]}
		return splitJoined(append(out, head), tail)
	}
	return append(out, r)
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

// key returns the key of the label of v that cell k matches, or "",
// matching the cell's folded text against v once per row (v must have a
// slot).
func (r row) key(k int, v vocab) string {
	if i := r.label(k, v); i >= 0 {
		return v.labels[i].key
	}
	return ""
}

// label is key returning the index of the label in v, or -1. The first
// call for a cell matches it against every vocab with a slot at once.
func (r row) label(k int, v vocab) int {
	c := &r.keys[k]
	if c[0] == 0 {
		*c = cellMatches(r.folded[k])
	}
	return int(c[v.slot]) - 2
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

// blank reports whether every cell of the row is blank or a placeholder.
func (r row) blank() bool {
	for _, c := range r.src.Cells {
		if !placeholder(c.Text) {
			return false
		}
	}
	return true
}

// first returns the first cell of the row that is not blank, and its
// index; nil and -1 when there is none.
func (r row) first() (*document.Cell, int) {
	for k := range r.src.Cells {
		if !placeholder(r.src.Cells[k].Text) {
			return &r.src.Cells[k], k
		}
	}
	return nil, -1
}

// found returns the set of labels of v the row's cells match, as a bit
// set of label indexes, without building a map.
func (r row) found(v vocab) uint64 {
	var m uint64
	for k := range r.folded {
		if i := r.label(k, v); i >= 0 && i < 64 {
			m |= 1 << i
		}
	}
	return m
}

// columns maps the row's cells to the keys of v: the grid column of the
// first cell matching each label.
func (r row) columns(v vocab) map[string]int {
	m := map[string]int{}
	for k := range r.folded {
		if key := r.key(k, v); key != "" {
			if _, seen := m[key]; !seen {
				m[key] = r.cols[k]
			}
		}
	}
	return m
}
