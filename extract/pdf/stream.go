package pdf

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// Tables without rules ("stream") are found by alignment: a run of at
// least minStreamRows physical lines, each cut by wide gaps into two or
// more segments, one above the other at line spacing. Up to three lines of
// one segment may stand between rows: set at line spacing under the line
// above they are a cell's wrapped text (or a header's second line) and
// join the cell of the row above whose column holds them; set as far down
// as rows are (see rowPitch) they are rows with one cell filled.
// The columns are cut at the rivers of white between them (see
// streamTable). A line holding "单位：" (the table's unit line) is
// never a row: it stays a paragraph above the table. A run whose segments
// are mostly wide (a quarter of the page) is two columns of text, not a
// table.
const (
	// wrapPitch: without rows to measure, a line of one segment closer
	// than this many line heights below the line above is that cell's
	// wrapped text; farther, a row with one cell filled.
	wrapPitch     = 1.25
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
		if len(cur) == 1 && !rowFollows(phys, j) {
			break // a line of one segment stays only with rows after it
		}
		j++
	}
	return j
}

// rowFollows reports whether one of the maxLoneLines lines after phys[j] has
// several segments.
func rowFollows(phys [][]*unit, j int) bool {
	for k := j + 1; k < len(phys) && k <= j+maxLoneLines; k++ {
		if len(phys[k]) >= 2 {
			return true
		}
	}
	return false
}

// maxLoneLines is how many lines of one segment in a row a run holds.
const maxLoneLines = 3

// unitLine reports whether a physical line states a unit ("单位：万元").
func unitLine(ln []*unit) bool {
	for _, u := range ln {
		if strings.Contains(u.text, "单位：") || strings.Contains(u.text, "单位:") {
			return true
		}
	}
	return false
}

// streamTable builds the table of a run of lines, or nil when they do not
// fall into two or more columns. The columns are cut at the vertical
// strips of white the run's characters leave (rivers): x positions that
// at most a sixth of the lines cover, at least half a line height wide. A
// line's characters go to the column that holds them; characters that run
// on over a cut with no gap (a header over two columns) make one cell
// spanning those columns.
func streamTable(run [][]*unit, pl *pageLayout) *ptable {
	var widths []float64
	for _, ln := range run {
		for _, u := range ln {
			widths = append(widths, u.box.w())
		}
	}
	sort.Float64s(widths)
	if widths[len(widths)/2] >= 0.25*pl.w {
		return nil
	}
	cuts, box := rivers(run)
	if len(cuts) == 0 {
		return nil
	}
	t := &ptable{page: pl.num, toDisplay: pl.toDisplay, box: box}
	t.xs = append(append([]float64{box.x0}, cuts...), box.x1)
	t.bottom = box.y1
	pitch := rowPitch(run)
	for k, ln := range run {
		cells := streamCells(ln, t.xs, pl)
		if len(ln) >= 2 || len(t.rows) == 0 || ln[0].base-run[k-1][0].base >= pitch {
			t.rows = append(t.rows, cells)
			continue
		}
		// one segment: a wrapped cell's next line
		row := t.rows[len(t.rows)-1]
		for _, c := range cells {
			if c.text == "" {
				continue
			}
			for i := range row {
				if row[i].col <= c.col && c.col < row[i].col+row[i].colSpan {
					row[i].text = joinCellText(row[i].text, c.text, true)
					row[i].box = row[i].box.union(c.box)
				}
			}
		}
	}
	return t
}

// rowPitch returns how far below the line above a line of one segment
// must stand to be a row of its own rather than a wrapped cell: a point
// and a half less than the distance between rows (the median between two
// lines of several segments that follow each other), which is a line's
// height plus the cells' padding; wrapPitch line heights when the run has
// no two such rows in a row.
func rowPitch(run [][]*unit) float64 {
	var ds []float64
	for k := 1; k < len(run); k++ {
		if len(run[k]) >= 2 && len(run[k-1]) >= 2 {
			ds = append(ds, run[k][0].base-run[k-1][0].base)
		}
	}
	if len(ds) == 0 {
		return wrapPitch * run[0][0].size
	}
	return medianOf(ds) - 1.5
}

// rivers returns the x of the cuts between the columns of a run and the
// box around it.
func rivers(run [][]*unit) ([]float64, rect) {
	box := run[0][0].box
	var sizes []float64
	for _, ln := range run {
		for _, u := range ln {
			box = box.union(u.box)
			sizes = append(sizes, u.size)
		}
	}
	size := medianOf(sizes)
	x0 := int(math.Floor(box.x0))
	cover := make([]int, int(math.Ceil(box.x1))-x0+1)
	for _, ln := range run {
		seen := make([]bool, len(cover))
		for _, u := range ln {
			for _, c := range u.chars {
				for x := int(c.box.x0) - x0; x < int(math.Ceil(c.box.x1))-x0 && x < len(seen); x++ {
					if x >= 0 && !seen[x] {
						seen[x] = true
						cover[x]++
					}
				}
			}
		}
	}
	most := len(run) / 6
	var cuts []float64
	for x := 0; x < len(cover); {
		if cover[x] > most {
			x++
			continue
		}
		end := x
		for end < len(cover) && cover[end] <= most {
			end++
		}
		if x > 0 && end < len(cover) && float64(end-x) >= 0.5*size {
			cuts = append(cuts, float64(x0+(x+end)/2))
		}
		x = end
	}
	return cuts, box
}

// streamCells cuts one line of a run into cells at the column lines xs.
func streamCells(ln []*unit, xs []float64, pl *pageLayout) []pcell {
	var chars []char
	for _, u := range ln {
		chars = append(chars, u.chars...)
	}
	slices.SortFunc(chars, func(a, b char) int { return cmpFloat(a.box.x0, b.box.x0) })
	cols := len(xs) - 1
	row := make([]pcell, 0, cols)
	col := 0
	for i := 0; i < len(chars); {
		c0 := columnAt(xs, chars[i].box.cx())
		for col < c0 { // empty cells before it
			row = append(row, pcell{page: pl.num, col: col, rowSpan: 1, colSpan: 1, toDisplay: pl.toDisplay})
			col++
		}
		j, c1 := i+1, c0
		for j < len(chars) {
			cj := columnAt(xs, chars[j].box.cx())
			gap := chars[j].box.x0 - chars[j-1].box.x1
			if cj != c1 && gap > spaceGap*max(chars[j].size, chars[j-1].size) {
				break // a new cell
			}
			c1 = cj
			j++
		}
		if c1 < col {
			c1 = col
		}
		ln := newLine(chars[i:j])
		row = append(row, pcell{text: document.Canon(ln.text()), page: pl.num, box: ln.box, col: col, rowSpan: 1, colSpan: c1 - col + 1, toDisplay: pl.toDisplay})
		col = c1 + 1
		i = j
	}
	for col < cols {
		row = append(row, pcell{page: pl.num, col: col, rowSpan: 1, colSpan: 1, toDisplay: pl.toDisplay})
		col++
	}
	return row
}

// columnAt returns the column of xs that holds x.
func columnAt(xs []float64, x float64) int {
	i := sort.SearchFloat64s(xs, x) - 1
	return min(max(i, 0), len(xs)-2)
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
