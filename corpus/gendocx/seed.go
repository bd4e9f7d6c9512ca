package main

import (
	"fmt"
	"strings"
)

// item is a body block of the seed: a paragraph (one line of the dump) or a
// table.
type item struct {
	para  string
	table *table
}

// table is a table of the seed: rows of cells, each cell its paragraphs.
type table struct {
	grid []int // column widths in twentieths of a point
	rows [][]cell
}

// cell is a table cell: its paragraphs and its merge properties.
type cell struct {
	paras  []string
	span   int    // w:gridSpan
	vMerge string // "", "restart" or "continue"
}

// parseSeed splits the seed dump into paragraphs and tables. A line led by a
// TAB starts a cell, a following line without one continues it, one blank
// line between cells ends a row, a blank line between two lines of a cell is
// an empty paragraph, and two blank lines end the table. The one place where
// the dump is ambiguous (a cell ending in an empty paragraph before the next
// cell of its row) is repaired by the table layouts below.
func parseSeed(text string) []item {
	lines := strings.Split(text, "\n")
	var items []item
	for i := 0; i < len(lines); {
		if !strings.HasPrefix(lines[i], "\t") {
			items = append(items, item{para: lines[i]})
			i++
			continue
		}
		t := &table{}
		i = parseTable(lines, i, t)
		items = append(items, item{table: t})
	}
	return items
}

// parseTable reads a table starting at lines[i] and returns the index of the
// first line after it (and after the two blank lines that end it).
func parseTable(lines []string, i int, t *table) int {
	row := []cell{}
	for i < len(lines) {
		l := lines[i]
		switch {
		case strings.HasPrefix(l, "\t"):
			row = append(row, cell{paras: []string{l[1:]}, span: 1})
			i++
		case l != "":
			last := &row[len(row)-1]
			last.paras = append(last.paras, l)
			i++
		default:
			k := 0
			for i+k < len(lines) && lines[i+k] == "" {
				k++
			}
			next := i + k
			switch {
			case next < len(lines) && strings.HasPrefix(lines[next], "\t") && k == 1:
				t.rows = append(t.rows, row)
				row = []cell{}
				i = next
			case next < len(lines) && k == 1:
				last := &row[len(row)-1]
				last.paras = append(last.paras, "")
				i++
			default:
				t.rows = append(t.rows, row)
				return i + 2
			}
		}
	}
	t.rows = append(t.rows, row)
	return i
}

// layout applies a merge layout to t: one string per row, one token per cell,
// "2" for w:gridSpan 2, "2r" for a vertical merge restarting, "2c" for one
// continuing.
func layout(t *table, name string, grid []int, rows []string) {
	if len(rows) != len(t.rows) {
		panic(fmt.Sprintf("%s: layout has %d rows, the table %d", name, len(rows), len(t.rows)))
	}
	t.grid = grid
	for r, spec := range rows {
		toks := strings.Fields(spec)
		if len(toks) != len(t.rows[r]) {
			panic(fmt.Sprintf("%s row %d: layout has %d cells, the row %d: %v", name, r, len(toks), len(t.rows[r]), t.rows[r]))
		}
		width := 0
		for c, tok := range toks {
			cl := &t.rows[r][c]
			switch tok[len(tok)-1] {
			case 'r':
				cl.vMerge, tok = "restart", tok[:len(tok)-1]
			case 'c':
				cl.vMerge, tok = "continue", tok[:len(tok)-1]
			}
			fmt.Sscan(tok, &cl.span)
			width += cl.span
		}
		if width != len(grid) {
			panic(fmt.Sprintf("%s row %d: cells span %d columns, the grid has %d", name, r, width, len(grid)))
		}
	}
}

// layoutAnnex2 gives the basic-data table its merges: the staffing and
// building headers span two rows, narrow label columns sit left of wide
// value columns on a 7-column grid.
func layoutAnnex2(t *table) {
	rows := make([]string, len(t.rows))
	for i, r := range t.rows {
		switch len(r) {
		case 4:
			rows[i] = "1 2 2 2"
		case 7:
			rows[i] = "1 1 1 1 1 1 1"
		case 2:
			rows[i] = "1 6"
		}
	}
	rows[0], rows[1] = "1r 2 2 2", "1c 2 2 2"
	for i, r := range t.rows {
		if strings.HasPrefix(r[0].paras[0], "楼堂馆所") {
			rows[i], rows[i+1] = "1r 1 1 1 1 1 1", "1c 1 1 1 1 1 1"
		}
	}
	layout(t, "annex 2", []int{2600, 1000, 1000, 1000, 1200, 1200, 1200}, rows)
}

// layoutAnnex3 gives the self-evaluation table its merges on a 9-column grid:
// "年度预算申请（万元）" spans the seven fund rows, "年度总体目标" two rows,
// "绩效指标" the header row and the twelve indicator rows, "产出指标(40分)"
// its three rows, "效益指标" four, "成本指标" four and "经济成本指标" two.
// The dump cannot show that "绩\n效\n指\n标" ends in an empty paragraph in
// the same row as "一级指标": the two parsed rows are joined here.
func layoutAnnex3(t *table) {
	for i, r := range t.rows {
		if len(r) == 1 && r[0].paras[0] == "绩" {
			r[0].paras = append(r[0].paras, "")
			t.rows[i] = append(r, t.rows[i+1]...)
			t.rows = append(t.rows[:i+1], t.rows[i+2:]...)
			break
		}
	}
	rows := []string{
		"3 6",
		"2r 1 1 1 1 1 1 1", "2c 1 1 1 1 1 1 1",
		"2c 3 4", "2c 3 4", "2c 3 4", "2c 3 4", "2c 3 4",
		"2r 3 4", "2c 3 4",
		"1r 1 1 1 1 1 1 1 1",
		"1c 1r 1 1 1 1 1 1 1", "1c 1c 1 1 1 1 1 1 1", "1c 1c 1 1 1 1 1 1 1",
		"1c 1r 1 1 1 1 1 1 1", "1c 1c 1 1 1 1 1 1 1", "1c 1c 1 1 1 1 1 1 1", "1c 1c 1 1 1 1 1 1 1",
		"1c 1 1 1 1 1 1 1 1",
		"1c 1r 1r 1 1 1 1 1 1", "1c 1c 1c 1 1 1 1 1 1", "1c 1c 1 1 1 1 1 1 1", "1c 1c 1 1 1 1 1 1 1",
		"6 1 1 1",
	}
	layout(t, "annex 3", []int{700, 1100, 1100, 1500, 1100, 1100, 700, 700, 1600}, rows)
}
