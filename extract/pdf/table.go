package pdf

import (
	"math"
	"slices"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// ptable is a table as laid out: its rows of cells, in the Document's
// terms, with the page and box of each cell. A table continued over
// several pages is one ptable.
type ptable struct {
	page   int
	box    rect    // on its first page
	bottom float64 // the bottom of its last part, on its last page
	xs     []float64
	rows   [][]pcell
	// toDisplay maps the first page's reading frame to its display.
	toDisplay matrix
}

// pcell is a cell, or the place in a row of a cell merged down from a row
// above (cont): that place is written as an empty "\t" line, as the DOCX
// reader writes it, but is not a Cell.
type pcell struct {
	text      string
	page      int
	box       rect
	toDisplay matrix
	col       int
	rowSpan   int
	colSpan   int
	cont      bool
}

// tableOf lays out a ruled grid of page p.
func tableOf(g *grid, p *page) *ptable {
	t := &ptable{page: p.num, box: g.box, bottom: g.box.y1, xs: g.xs, toDisplay: p.toDisplay}
	nrows := len(g.ys) - 1
	rows := make([][]pcell, nrows)
	for _, gc := range g.cells {
		box := g.cellBox(gc)
		rows[gc.r0] = append(rows[gc.r0], pcell{
			text: cellText(gc.chars, box), page: p.num, box: box, toDisplay: p.toDisplay,
			col: gc.c0, rowSpan: gc.r1 - gc.r0, colSpan: gc.c1 - gc.c0,
		})
		for r := gc.r0 + 1; r < gc.r1; r++ {
			rows[r] = append(rows[r], pcell{col: gc.c0, cont: true, page: p.num})
		}
	}
	for _, row := range rows {
		if !slices.ContainsFunc(row, func(c pcell) bool { return !c.cont }) {
			continue // every place in it is merged from above
		}
		slices.SortStableFunc(row, func(a, b pcell) int { return a.col - b.col })
		t.rows = append(t.rows, row)
	}
	return t
}

// cellText writes the text of a cell's characters: its lines joined, a
// line that reaches the cell's right edge (so wrapped; within cellSlack
// heights, for the padding and a character kept off the head of the next
// line with its comma) without a break, others with "\n". Vertical text,
// one character a line in a narrow cell, is so joined into a word.
func cellText(chars []char, box rect) string {
	lines := groupLines(chars)
	var b strings.Builder
	for i, ln := range lines {
		t := document.Canon(ln.text())
		if i > 0 {
			prev := lines[i-1]
			if prev.box.x1 < box.x1-cellSlack*prev.size {
				b.WriteByte('\n')
			} else if needsJoinSpace(b.String(), t) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(t)
	}
	return b.String()
}

// cellSlack is how many line heights short of its cell's right edge a
// wrapped line may end.
const cellSlack = 2.5

// needsJoinSpace reports whether joining a wrapped line b to a needs a
// space: between two Latin letters.
func needsJoinSpace(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	x, y := a[len(a)-1], b[0]
	return isLatin(x) && isLatin(y)
}

func isLatin(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// continues reports whether table u, at the top of the next page, goes on
// with t: the same outer edges, and the column lines of one are among
// those of the other (within colTol), since a part whose cells are merged
// across columns does not draw the lines between them.
func (t *ptable) continues(u *ptable) bool {
	a, b := t.xs, u.xs
	if len(a) < 2 || len(b) < 2 || math.Abs(a[0]-b[0]) > colTol || math.Abs(a[len(a)-1]-b[len(b)-1]) > colTol {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	for _, x := range a {
		if colIndex(b, x) < 0 {
			return false
		}
	}
	return true
}

// colTol is how far apart the column lines of two parts of a table may be.
const colTol = 3.0

// colIndex returns the index of the line of xs within colTol of x, or -1.
func colIndex(xs []float64, x float64) int {
	for i, v := range xs {
		if math.Abs(v-x) <= colTol {
			return i
		}
	}
	return -1
}

// append adds the rows of u, which continues t, to t: both go onto the
// column lines of both, and the columns and spans of their cells follow.
func (t *ptable) append(rows [][]pcell, xs []float64) {
	union := slices.Clone(t.xs)
	for _, x := range xs {
		if colIndex(union, x) < 0 {
			union = append(union, x)
		}
	}
	slices.Sort(union)
	regrid(t.rows, t.xs, union)
	regrid(rows, xs, union)
	t.rows = append(t.rows, rows...)
	t.xs = union
}

// regrid moves the cells of rows from the column lines from onto to.
func regrid(rows [][]pcell, from, to []float64) {
	for _, row := range rows {
		for i := range row {
			c := &row[i]
			end := c.col + max(c.colSpan, 1)
			if c.col >= len(from) || end >= len(from)+1 {
				continue
			}
			c0 := colIndex(to, from[c.col])
			if c.cont {
				c.col = c0
				continue
			}
			c1 := colIndex(to, from[min(end, len(from)-1)])
			c.col, c.colSpan = c0, max(c1-c0, 1)
		}
	}
}
