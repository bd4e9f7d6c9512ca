package pdf

import (
	"slices"
	"sort"
	"strings"
)

// Tables without rules ("stream") are found by alignment: a run of at
// least minStreamRows physical lines, each cut by wide gaps into two or
// more segments, one above the other at line spacing. A line of one
// narrow segment inside the run is a cell's wrapped text (or a header's
// second line) and joins the cell of the row above whose column holds it.
// The columns are the union of the segments' extents on the lines with
// several segments. A line holding "单位：" (the table's unit line) is
// never a row: it stays a paragraph above the table. A run whose segments
// are mostly wide (a quarter of the page) is two columns of text, not a
// table.
const (
	minStreamRows = 3
	streamGap     = 2.5 // most spacing between rows, in line heights
)

// streamTables replaces each aligned table among the physical lines of pl
// by one unit standing for it.
func streamTables(phys [][]*unit, pl *pageLayout) [][]*unit {
	var out [][]*unit
	for i := 0; i < len(phys); {
		j := streamRun(phys, i)
		if j-i >= minStreamRows {
			if t := streamTable(phys[i:j], pl); t != nil {
				out = append(out, []*unit{{line: line{box: t.box, base: t.box.y1, size: 1}, table: t}})
				i = j
				continue
			}
		}
		out = append(out, phys[i])
		i++
	}
	return out
}

// streamRun returns the end of the run of table rows starting at phys[i]
// (i itself when there is none).
func streamRun(phys [][]*unit, i int) int {
	if len(phys[i]) < 2 || unitLine(phys[i]) {
		return i
	}
	j := i + 1
	for j < len(phys) {
		prev, cur := phys[j-1], phys[j]
		if cur[0].base-prev[0].base > streamGap*max(cur[0].size, prev[0].size) || unitLine(cur) {
			break
		}
		if len(cur) == 1 {
			// a wrapped cell: only if a row follows
			if j+1 >= len(phys) || len(phys[j+1]) < 2 {
				break
			}
		}
		j++
	}
	return j
}

// unitLine reports whether a physical line states a unit ("单位：万元").
func unitLine(ln []*unit) bool {
	for _, u := range ln {
		if strings.Contains(u.text, "单位：") || strings.Contains(u.text, "单位:") {
			return true
		}
	}
	return false
}

// span is an extent along x.
type span struct{ lo, hi float64 }

// streamTable builds the table of a run of lines, or nil when its
// segments do not fall into two or more columns of cells.
func streamTable(run [][]*unit, pl *pageLayout) *ptable {
	var cols []span
	var widths []float64
	for _, ln := range run {
		if len(ln) < 2 {
			continue
		}
		for _, u := range ln {
			cols = append(cols, span{u.box.x0, u.box.x1})
			widths = append(widths, u.box.w())
		}
	}
	cols = unionSpans(cols)
	sort.Float64s(widths)
	if len(cols) < 2 || widths[len(widths)/2] >= 0.25*pl.w {
		return nil
	}
	t := &ptable{page: pl.num, toDisplay: pl.toDisplay}
	for _, c := range cols {
		t.xs = append(t.xs, c.lo)
	}
	t.xs = append(t.xs, cols[len(cols)-1].hi)
	t.box = run[0][0].box
	defer func() { t.bottom = t.box.y1 }()
	for _, ln := range run {
		for _, u := range ln {
			t.box = t.box.union(u.box)
		}
		if len(ln) >= 2 || len(t.rows) == 0 {
			t.rows = append(t.rows, newStreamRow(cols, pl))
		}
		row := t.rows[len(t.rows)-1]
		for _, u := range ln {
			c := &row[columnOf(cols, u.box.cx())]
			c.box = c.box.union(u.box)
			if c.text == "" {
				c.box = u.box
			}
			c.text = joinCellText(c.text, u.text, len(ln) == 1)
		}
	}
	return t
}

// newStreamRow makes a row of empty cells, one per column.
func newStreamRow(cols []span, pl *pageLayout) []pcell {
	row := make([]pcell, len(cols))
	for i := range row {
		row[i] = pcell{page: pl.num, col: i, rowSpan: 1, colSpan: 1, toDisplay: pl.toDisplay}
	}
	return row
}

// joinCellText adds a segment to a cell's text: a wrapped line directly, a
// second segment in the same column of one line after a space.
func joinCellText(have, add string, wrapped bool) string {
	switch {
	case have == "":
		return add
	case wrapped && !needsJoinSpace(have, add):
		return have + add
	}
	return have + " " + add
}

// unionSpans merges overlapping spans, sorted by start.
func unionSpans(ss []span) []span {
	slices.SortFunc(ss, func(a, b span) int { return cmpFloat(a.lo, b.lo) })
	var out []span
	for _, s := range ss {
		if n := len(out); n > 0 && s.lo <= out[n-1].hi {
			out[n-1].hi = max(out[n-1].hi, s.hi)
			continue
		}
		out = append(out, s)
	}
	return out
}

// columnOf returns the column whose span holds x, or the nearest.
func columnOf(cols []span, x float64) int {
	best, bestD := 0, -1.0
	for i, c := range cols {
		d := 0.0
		switch {
		case x < c.lo:
			d = c.lo - x
		case x > c.hi:
			d = x - c.hi
		}
		if bestD < 0 || d < bestD {
			best, bestD = i, d
		}
	}
	return best
}
