package profile

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
)

// row is a table row laid on the grid of its table: each cell at its grid
// column. A row of a text dump that is shorter than the table (a horizontal
// merge written as one cell) is aligned to the right edge, since merged
// label cells sit on the left ("总分 | 100 | 94 |" under nine columns).
//
// Rows are handled by pointer: the walks ask a row for its cells' labels
// hundreds of times a table, and a row is small only to be cheap to make.
type row struct {
	index int
	src   *document.Row
	cells []gridCell // one for each cell of src
}

// gridCell is what a row knows of one of its cells.
type gridCell struct {
	col    int    // grid column
	folded string // norm of the cell's text, computed once
	// labels are the matches of the cell against the vocabs that have a
	// slot (cellMatches): the index of the label, -1 for none.
	labels [nSlots]int8
}

// layRows lays every row of t on a grid as wide as its widest row. A row
// that holds the head of a block after its first cell ("… | 其他资金 | 0.00 |
// 年度总体目标 | 预期目标 | …", two rows a text reader joined) is laid as two
// rows, split before that head. Each cell's text is folded and matched
// against every label table with a slot once, here: the walks of the
// tables ask for the labels of every cell, most of them several times
// (row.key).
func layRows(t *document.Table, poll *document.Poll) []row {
	n := 0
	for i := range t.Rows {
		n += len(t.Rows[i].Cells)
	}
	cells := make([]gridCell, n)
	out := make([]row, 0, len(t.Rows))
	at := 0
	for i := range t.Rows {
		if poll.Err() != nil {
			break // the stage stops: what is laid does not matter
		}
		src := &t.Rows[i]
		n := len(src.Cells)
		for k := range src.Cells {
			c := &cells[at+k]
			c.folded = norm(src.Cells[k].Text)
			c.labels = cellMatches(c.folded)
		}
		out = splitJoined(out, row{index: i, src: src, cells: cells[at : at+n : at+n]})
		at += n
	}
	width := 0
	for i := range out {
		width = max(width, rowEnd(out[i].src))
	}
	for i := range out {
		r := &out[i]
		shift := 0
		if end := rowEnd(r.src); end < width && allSingle(r.src) {
			shift = width - end
		}
		for k := range r.src.Cells {
			r.cells[k].col = r.src.Cells[k].Col + shift
		}
	}
	return out
}

// splitJoined appends r to out, split before a cell that heads a block of
// a self-evaluation or basic-data table, when that cell is not the first.
// The parts share r's cells, their folded texts and cached matches.
func splitJoined(out []row, r row) []row {
	for k := 1; k < len(r.src.Cells); k++ {
		if r.key(k, &tableRows) != rowGoals && r.key(k, &basicRows) == "" {
			continue
		}
		cells := r.src.Cells
		a := &document.Row{Cells: cells[:k], Span: document.Span{Start: r.src.Span.Start, End: cells[k-1].Span.End, Line: r.src.Span.Line}}
		b := &document.Row{Cells: rebase(cells[k:]), Span: document.Span{Start: cells[k].Span.Start, End: r.src.Span.End, Line: cells[k].Span.Line}}
		head := row{index: r.index, src: a, cells: r.cells[:k:k]}
		tail := row{index: r.index, src: b, cells: r.cells[k:]}
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
func rowEnd(r *document.Row) int {
	if len(r.Cells) == 0 {
		return 0
	}
	c := r.Cells[len(r.Cells)-1]
	return c.Col + max(c.ColSpan, 1)
}

// allSingle reports whether no cell of r states a merge, as in text dumps.
func allSingle(r *document.Row) bool {
	for k := range r.Cells {
		if c := &r.Cells[k]; c.ColSpan > 1 || c.RowSpan > 1 {
			return false
		}
	}
	return true
}

// key returns the key of the label of v that cell k matches, or "",
// matching the cell's folded text against v once per row (v must have a
// slot).
func (r *row) key(k int, v *vocab) string {
	if i := r.label(k, v); i >= 0 {
		return v.labels[i].key
	}
	return ""
}

// label is key returning the index of the label in v, or -1.
func (r *row) label(k int, v *vocab) int {
	return int(r.cells[k].labels[v.slot])
}

// cellVocabs are the label tables matched against table cells, by slot.
var cellVocabs = [nSlots]*vocab{
	slotTableRows:        &tableRows,
	slotBasicRows:        &basicRows,
	slotFundColumns:      &fundColumns,
	slotIndicatorColumns: &indicatorColumns,
	slotGoalColumns:      &goalColumns,
	slotStaffColumns:     &staffColumns,
}

// cellWords are the words of every cell vocab, indexed together
// (cellIndex): a cell is matched against all of them in one scan, which
// is most of this stage's work. Each word knows its vocab's slot and its
// place in it.
var cellWords, cellIndex = func() ([]slotWord, *cjk.Words) {
	var ws []slotWord
	var texts []string
	for slot, v := range cellVocabs {
		for k, e := range v.words {
			ws = append(ws, slotWord{entry: e, slot: slot, order: int32(k)})
			texts = append(texts, e.text)
		}
	}
	return ws, cjk.NewWords(texts...)
}()

// slotWord is a word of a cell vocab.
type slotWord struct {
	entry
	slot  int
	order int32 // its place in its vocab
}

// cellMatches matches the folded text of a cell against every cell vocab:
// for each slot, the index of the label vocab.find gives, by vocab.find's
// rule applied to each vocab.
func cellMatches(s string) [nSlots]int8 {
	var out [nSlots]int8
	var n [nSlots]int
	var order [nSlots]int32
	for slot := range out {
		out[slot] = -1
	}
	if s == "" {
		return out
	}
	for i, ws := cellIndex.Next(s, 0); ws != nil; i, ws = cellIndex.Next(s, i+1) {
		for _, k := range ws {
			w := &cellWords[k]
			m := len(w.text)
			switch {
			case m == len(s) && i == 0:
				m += 1000 // a word equal to s beats any partial match
			case w.exact || m == len(s):
				continue
			}
			sl := w.slot
			if (m > n[sl] || m == n[sl] && w.order < order[sl]) && strings.HasPrefix(s[i:], w.text) {
				out[sl], n[sl], order[sl] = int8(w.label), m, w.order
			}
		}
	}
	return out
}

// at returns the cell covering grid column col, or nil.
func (r *row) at(col int) *document.Cell {
	for k := range r.src.Cells {
		c := &r.src.Cells[k]
		if start := r.cells[k].col; col >= start && col < start+max(c.ColSpan, 1) {
			return c
		}
	}
	return nil
}

// blank reports whether every cell of the row is blank or a placeholder.
func (r *row) blank() bool {
	for k := range r.src.Cells {
		if !placeholder(r.src.Cells[k].Text) {
			return false
		}
	}
	return true
}

// first returns the first cell of the row that is not blank, and its
// index; nil and -1 when there is none.
func (r *row) first() (*document.Cell, int) {
	for k := range r.src.Cells {
		if !placeholder(r.src.Cells[k].Text) {
			return &r.src.Cells[k], k
		}
	}
	return nil, -1
}

// found returns the set of labels of v the row's cells match, as a bit
// set of label indexes, without building a map.
func (r *row) found(v *vocab) uint64 {
	var m uint64
	for k := range r.cells {
		if i := r.label(k, v); i >= 0 && i < 64 {
			m |= 1 << i
		}
	}
	return m
}

// columns maps the row's cells to the keys of v: the grid column of the
// first cell matching each label.
func (r *row) columns(v *vocab) map[string]int {
	m := map[string]int{}
	for k := range r.cells {
		if key := r.key(k, v); key != "" {
			if _, seen := m[key]; !seen {
				m[key] = r.cells[k].col
			}
		}
	}
	return m
}
