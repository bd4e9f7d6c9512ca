package doc

import (
	"slices"
	"sort"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// tnode is a table as the paragraphs give it: rows of cells, each cell
// its paragraphs and nested tables in order.
type tnode struct {
	rows []trow
}

type trow struct {
	cells []tcell
	def   *rowDef
}

type tcell struct {
	items   []item
	col     int
	rowSpan int
	colSpan int
	covered bool // continues a vertical merge: a placeholder, not a Cell
	hidden  bool // merged into the cell before it horizontally
}

// item is a paragraph's text or a nested table.
type item struct {
	text  string
	table *tnode
}

// parseTable reads the table at depth d that starts at paras[i] and
// returns it with the index of the first paragraph after it. A paragraph
// deeper than d starts a nested table inside the current cell. A table
// whose last row has no row mark keeps what was read of it.
func parseTable(paras []para, i, d int) (*tnode, int) {
	t := &tnode{}
	var row trow
	var cell tcell
	for i < len(paras) {
		p := &paras[i]
		pd := p.depth()
		switch {
		case pd < d:
			return t.flush(row, cell), i
		case pd > d && d < maxTableDepth:
			nested, next := parseTable(paras, i, d+1)
			cell.items = append(cell.items, item{table: nested})
			i = max(next, i+1) // a nested table always consumes its first paragraph
			continue
		case p.endsRow(d):
			if len(cell.items) > 0 {
				row.cells = append(row.cells, cell)
			}
			row.def = p.props.row
			t.rows = append(t.rows, row)
			row, cell = trow{}, tcell{}
		case p.endsCell(d):
			cell.items = append(cell.items, item{text: p.text})
			row.cells = append(row.cells, cell)
			cell = tcell{}
		default:
			cell.items = append(cell.items, item{text: p.text})
		}
		i++
	}
	return t.flush(row, cell), i
}

// flush keeps a row left open at the end of a table.
func (t *tnode) flush(row trow, cell tcell) *tnode {
	if len(cell.items) > 0 {
		row.cells = append(row.cells, cell)
	}
	if len(row.cells) > 0 {
		t.rows = append(t.rows, row)
	}
	t.layout()
	return t
}

// layout places the cells on the table's grid. The grid's columns are
// the union of the cell boundaries of all rows (a cell of Word 97 is as
// wide as its boundaries say; a wide cell spans the columns it covers),
// so a cell's Col and ColSpan come from its boundaries. Rows without a
// layout number their cells in order. A cell flagged as merged into the
// one before it (horzMerge 2 or 3) widens that one and is not a cell;
// a cell flagged as continuing a vertical merge (vertMerge 1) adds a row
// to the cell that starts the merge (vertMerge 3) in its column, and is a
// placeholder in the text, as the DOCX reader writes one.
func (t *tnode) layout() {
	var bs []int
	for _, r := range t.rows {
		if r.def != nil {
			bs = append(bs, r.def.bounds...)
		}
	}
	slices.Sort(bs)
	bs = slices.Compact(bs)
	anchors := map[int]*tcell{}
	for r := range t.rows {
		row := &t.rows[r]
		continued := map[int]bool{}
		col := 0
		var prev *tcell
		for k := range row.cells {
			c := &row.cells[k]
			span, horz, vert := 1, uint8(0), uint8(0)
			if d := row.def; d != nil && k+1 < len(d.bounds) {
				l, rt := sort.SearchInts(bs, d.bounds[k]), sort.SearchInts(bs, d.bounds[k+1])
				col = max(col, l)
				span = max(1, rt-col)
				horz, vert = d.horz[k], d.vert[k]
			}
			switch {
			case horz >= 2 && prev != nil:
				prev.colSpan = col + span - prev.col
				prev.items = append(prev.items, nonBlank(c.items)...)
				c.hidden = true
			case vert == 1 && anchors[col] != nil:
				anchors[col].rowSpan++
				continued[col] = true
				c.covered = true
				prev = nil
			default:
				c.col, c.colSpan, c.rowSpan = col, span, 1
				if vert == 3 {
					anchors[col] = c
					continued[col] = true
				}
				prev = c
			}
			col += span
		}
		for col := range anchors {
			if !continued[col] {
				delete(anchors, col)
			}
		}
	}
}

func nonBlank(items []item) []item {
	var out []item
	for _, it := range items {
		if it.table != nil || !document.IsBlank(it.text) {
			out = append(out, it)
		}
	}
	return out
}
