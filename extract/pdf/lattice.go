package pdf

import (
	"slices"
	"sort"
)

// grid is a table found from ruling lines ("lattice"): the x of its column
// lines, the y of its row lines, and its cells, each a rectangle of grid
// units with the characters inside it.
type grid struct {
	box   rect
	xs    []float64 // column lines, left to right: len(xs)-1 columns
	ys    []float64 // row lines, top to bottom: len(ys)-1 rows
	cells []gridCell
}

// gridCell is a cell of a grid: rows r0..r1-1 and columns c0..c1-1.
type gridCell struct {
	r0, c0, r1, c1 int
	chars          []char
}

// Tolerances for rules, in points: rules closer than snap are one line, a
// rule reaching within join of another meets it.
const (
	snap = 2.0
	join = 3.0
	// minCell is the least width or height of a grid row or column; closer
	// lines (a double rule) are one.
	minCell = 4.0
)

// seg is a rule reduced to a line: horizontal (at y = pos, from lo to hi
// along x) or vertical (at x = pos, from lo to hi along y).
type seg struct {
	pos, lo, hi float64
}

// lattices finds the ruled tables of a page. Rules that meet form a
// component; a component with at least two horizontal and two vertical
// lines that bound at least two cells is a table.
func lattices(rules []rect) []*grid {
	var hs, vs []seg
	for _, r := range rules {
		if r.w() >= r.h() {
			hs = append(hs, seg{r.cy(), r.x0, r.x1})
		} else {
			vs = append(vs, seg{r.cx(), r.y0, r.y1})
		}
	}
	hs, vs = mergeSegs(hs), mergeSegs(vs)
	var out []*grid
	for _, comp := range components(hs, vs) {
		if g := newGrid(comp.h, comp.v); g != nil {
			out = append(out, g)
		}
	}
	slices.SortFunc(out, func(a, b *grid) int { return cmpFloat(a.box.y0, b.box.y0) })
	return out
}

// mergeSegs joins segments on one line that overlap or touch.
func mergeSegs(ss []seg) []seg {
	slices.SortFunc(ss, func(a, b seg) int {
		if c := cmpFloat(a.pos, b.pos); c != 0 {
			return c
		}
		return cmpFloat(a.lo, b.lo)
	})
	var out []seg
	for _, s := range ss {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if s.pos-last.pos <= snap/2 && s.lo <= last.hi+join {
				last.hi = max(last.hi, s.hi)
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// component is a set of rules that meet.
type component struct{ h, v []seg }

// components groups rules by meeting: a horizontal and a vertical rule
// meet when each reaches the other's line.
func components(hs, vs []seg) []component {
	parent := make([]int, len(hs)+len(vs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i, h := range hs {
		for j, v := range vs {
			if v.pos >= h.lo-join && v.pos <= h.hi+join && h.pos >= v.lo-join && h.pos <= v.hi+join {
				parent[find(i)] = find(len(hs) + j)
			}
		}
	}
	byRoot := map[int]*component{}
	var roots []int
	for i := range parent {
		r := find(i)
		c := byRoot[r]
		if c == nil {
			c = &component{}
			byRoot[r] = c
			roots = append(roots, r)
		}
		if i < len(hs) {
			c.h = append(c.h, hs[i])
		} else {
			c.v = append(c.v, vs[i-len(hs)])
		}
	}
	out := make([]component, 0, len(roots))
	for _, r := range roots {
		out = append(out, *byRoot[r])
	}
	return out
}

// newGrid builds the grid of a component, or nil when it bounds fewer than
// two cells.
func newGrid(hs, vs []seg) *grid {
	if len(hs) < 2 || len(vs) < 2 {
		return nil
	}
	xs := lineSet(vs)
	ys := lineSet(hs)
	if len(xs) < 2 || len(ys) < 2 || (len(xs) == 2 && len(ys) == 2) {
		return nil
	}
	g := &grid{xs: xs, ys: ys, box: rect{xs[0], ys[0], xs[len(xs)-1], ys[len(ys)-1]}}
	g.cells = mergeCells(xs, ys, hs, vs)
	if len(g.cells) < 2 {
		return nil
	}
	return g
}

// lineSet returns the distinct positions of segs, closer ones snapped
// together and lines closer than minCell merged.
func lineSet(segs []seg) []float64 {
	pos := make([]float64, 0, len(segs))
	for _, s := range segs {
		pos = append(pos, s.pos)
	}
	sort.Float64s(pos)
	var out []float64
	for _, p := range pos {
		if n := len(out); n > 0 && p-out[n-1] < minCell {
			continue
		}
		out = append(out, p)
	}
	return out
}

// covered reports whether some segment on line pos covers most of
// [lo, hi].
func covered(segs []seg, pos, lo, hi float64) bool {
	need := (hi - lo) * 0.6
	for _, s := range segs {
		if s.pos < pos-snap-minCell/2 || s.pos > pos+snap+minCell/2 {
			continue
		}
		if min(s.hi, hi)-max(s.lo, lo) >= need {
			return true
		}
	}
	return false
}

// mergeCells decides which grid units form one cell: two neighbouring
// units are one cell when no rule runs between them. Each group becomes
// the rectangle that holds it.
func mergeCells(xs, ys []float64, hs, vs []seg) []gridCell {
	rows, cols := len(ys)-1, len(xs)-1
	id := make([]int, rows*cols)
	for i := range id {
		id[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for id[i] != i {
			id[i] = id[id[i]]
			i = id[i]
		}
		return i
	}
	for r := range rows {
		for c := range cols {
			if c+1 < cols && !covered(vs, xs[c+1], ys[r], ys[r+1]) {
				id[find(r*cols+c+1)] = find(r*cols + c)
			}
			if r+1 < rows && !covered(hs, ys[r+1], xs[c], xs[c+1]) {
				id[find((r+1)*cols+c)] = find(r*cols + c)
			}
		}
	}
	return cellRects(id, rows, cols, find)
}

// cellRects turns the groups of grid units into cells, in reading order
// (by top row, then left column). A group that is not a rectangle takes
// the rectangle around it, unless that would cover a unit of another
// group: then each of its units is a cell of its own.
func cellRects(id []int, rows, cols int, find func(int) int) []gridCell {
	byRoot := map[int]*gridCell{}
	var order []int
	for r := range rows {
		for c := range cols {
			root := find(r*cols + c)
			gc := byRoot[root]
			if gc == nil {
				gc = &gridCell{r0: r, c0: c, r1: r + 1, c1: c + 1}
				byRoot[root] = gc
				order = append(order, root)
				continue
			}
			gc.r0, gc.c0 = min(gc.r0, r), min(gc.c0, c)
			gc.r1, gc.c1 = max(gc.r1, r+1), max(gc.c1, c+1)
		}
	}
	var out []gridCell
	for _, root := range order {
		gc := byRoot[root]
		if rectangular(gc, root, cols, find) {
			out = append(out, *gc)
			continue
		}
		for r := gc.r0; r < gc.r1; r++ {
			for c := gc.c0; c < gc.c1; c++ {
				if find(r*cols+c) == root {
					out = append(out, gridCell{r0: r, c0: c, r1: r + 1, c1: c + 1})
				}
			}
		}
	}
	slices.SortStableFunc(out, func(a, b gridCell) int {
		if a.r0 != b.r0 {
			return a.r0 - b.r0
		}
		return a.c0 - b.c0
	})
	return out
}

// rectangular reports whether every unit of gc's rectangle is in group
// root.
func rectangular(gc *gridCell, root, cols int, find func(int) int) bool {
	for r := gc.r0; r < gc.r1; r++ {
		for c := gc.c0; c < gc.c1; c++ {
			if find(r*cols+c) != root {
				return false
			}
		}
	}
	return true
}

// take moves the characters whose centres lie inside g into its cells and
// returns the others.
func (g *grid) take(chars []char) []char {
	rest := chars[:0:0]
	for _, c := range chars {
		x, y := c.box.cx(), c.box.cy()
		if !g.box.contains(x, y, 0) {
			rest = append(rest, c)
			continue
		}
		r := sort.SearchFloat64s(g.ys, y) - 1
		col := sort.SearchFloat64s(g.xs, x) - 1
		r, col = min(max(r, 0), len(g.ys)-2), min(max(col, 0), len(g.xs)-2)
		for i := range g.cells {
			gc := &g.cells[i]
			if r >= gc.r0 && r < gc.r1 && col >= gc.c0 && col < gc.c1 {
				gc.chars = append(gc.chars, c)
				break
			}
		}
	}
	return rest
}

// cellBox returns the box of a cell.
func (g *grid) cellBox(gc gridCell) rect {
	return rect{g.xs[gc.c0], g.ys[gc.r0], g.xs[gc.c1], g.ys[gc.r1]}
}
