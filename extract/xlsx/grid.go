package xlsx

import (
	"bytes"
	"fmt"
	"sort"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/ooxml"
)

// grid is a sheet laid out for writing: its used range, the visible rows
// and columns in it, the cells by position and the merges.
type grid struct {
	box    rng
	rows   []int       // visible rows of box, in order
	cols   []int       // visible columns of box, in order
	colIdx map[int]int // column → index in cols
	rowIdx map[int]int // row → index in rows
	text   map[int]int // position → index in sheet.cells
	anchor map[int]merge
	cover  []bool // per visible position: covered by a merge, not its anchor
	hidden struct{ rows, cols int }
}

// merge is a merged range as written: the visible position of its anchor
// and its spans over visible rows and columns.
type merge struct {
	rng
	rowSpan, colSpan int
}

func key(row, col int) int { return row*maxCols + col }

// usedRange is the bounding box of the cells that show text and of the
// merged ranges anchored on them; ok is false for a sheet without text.
// The sheet's declared dimension is not trusted.
func (sh *sheet) usedRange() (rng, bool) {
	if len(sh.cells) == 0 {
		return rng{}, false
	}
	b := rng{maxRows, maxCols, -1, -1}
	grow := func(r rng) {
		b = rng{min(b.r0, r.r0), min(b.c0, r.c0), max(b.r1, r.r1), max(b.c1, r.c1)}
	}
	shown := make(map[int]bool, len(sh.cells))
	for _, c := range sh.cells {
		grow(rng{c.row, c.col, c.row, c.col})
		shown[key(c.row, c.col)] = true
	}
	for _, m := range sh.merges {
		if shown[key(m.r0, m.c0)] {
			grow(m)
		}
	}
	return b, true
}

// layout builds the grid of the sheet over its used range, refusing a range
// of more than budget positions before allocating anything for it.
func (sh *sheet) layout(budget int) (*grid, []document.Warning, error) {
	box, ok := sh.usedRange()
	if !ok {
		return nil, nil, nil
	}
	area := int64(box.r1-box.r0+1) * int64(box.c1-box.c0+1)
	if area > int64(budget) {
		return nil, nil, ooxml.PartError(document.ErrLimit, sh.part, -1,
			"sheet %q: the used range %s spans %d cells, past what is left of the limit (Options.MaxCells): %d",
			sh.name, box, area, budget)
	}
	g := &grid{box: box, colIdx: map[int]int{}, rowIdx: map[int]int{}, anchor: map[int]merge{}}
	for r := box.r0; r <= box.r1; r++ {
		if sh.hiddenRows[r] {
			g.hidden.rows++
			continue
		}
		g.rowIdx[r] = len(g.rows)
		g.rows = append(g.rows, r)
	}
	for c := box.c0; c <= box.c1; c++ {
		if sh.colHidden(c) {
			g.hidden.cols++
			continue
		}
		g.colIdx[c] = len(g.cols)
		g.cols = append(g.cols, c)
	}
	warns := sh.placeCells(g)
	warns = append(warns, sh.placeMerges(g)...)
	return g, warns, nil
}

func (sh *sheet) colHidden(c int) bool {
	for _, h := range sh.hiddenCols {
		if c >= h.c0 && c <= h.c1 {
			return true
		}
	}
	return false
}

// placeCells indexes the cells by position; of a cell written twice the
// later is kept, with a warning.
func (sh *sheet) placeCells(g *grid) []document.Warning {
	var warns []document.Warning
	g.text = make(map[int]int, len(sh.cells))
	for i, c := range sh.cells {
		k := key(c.row, c.col)
		if j, dup := g.text[k]; dup {
			warns = append(warns, warning("xlsx.duplicate_cell", "sheet %q: cell %s is written twice (%q, then %q); the later is kept",
				sh.name, appendRef(nil, c.row, c.col), sh.text[sh.cells[j].off:sh.cells[j].end], sh.text[c.off:c.end]))
		}
		g.text[k] = i
	}
	return warns
}

// placeMerges records each merged range on its first visible position and
// marks the positions it covers. A range overlapping one placed before it
// is ignored with a warning; so is the text of a covered cell that differs
// from its anchor's (Excel does not show it).
func (sh *sheet) placeMerges(g *grid) []document.Warning {
	var warns []document.Warning
	g.cover = make([]bool, len(g.rows)*len(g.cols))
	ms := append([]rng(nil), sh.merges...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].r0 < ms[j].r0 || ms[i].r0 == ms[j].r0 && ms[i].c0 < ms[j].c0 })
	work := 0
	for _, m := range ms {
		// Overlapping ranges are refused one by one, each after a walk
		// over its positions: past a few times the grid's size of such
		// walks, the rest are left out rather than walked.
		if work += (m.r1 - m.r0 + 1) * (m.c1 - m.c0 + 1); work > 4*len(g.cover)+1024 {
			warns = append(warns, warning("xlsx.overlapping_merge", "sheet %q: merged ranges overlap too much; those from %s on are ignored", sh.name, m))
			break
		}
		m = rng{max(m.r0, g.box.r0), max(m.c0, g.box.c0), min(m.r1, g.box.r1), min(m.c1, g.box.c1)}
		if m.r0 > m.r1 || m.c0 > m.c1 {
			continue // outside the used range: nothing to show
		}
		var vis []int // visible positions of m, row-major
		for r := m.r0; r <= m.r1; r++ {
			ri, ok := g.rowIdx[r]
			if !ok {
				continue
			}
			for c := m.c0; c <= m.c1; c++ {
				if ci, ok := g.colIdx[c]; ok {
					vis = append(vis, ri*len(g.cols)+ci)
				}
			}
		}
		if len(vis) <= 1 {
			continue // one visible cell: no merge to show
		}
		if overlaps(g, vis) {
			warns = append(warns, warning("xlsx.overlapping_merge", "sheet %q: merged range %s overlaps another and is ignored", sh.name, m))
			continue
		}
		first := vis[0]
		fr, fc := g.rows[first/len(g.cols)], g.cols[first%len(g.cols)]
		rows, cols := map[int]bool{}, map[int]bool{}
		for _, v := range vis {
			rows[v/len(g.cols)], cols[v%len(g.cols)] = true, true
			if v != first {
				g.cover[v] = true
			}
		}
		g.anchor[key(fr, fc)] = merge{rng: m, rowSpan: len(rows), colSpan: len(cols)}
		warns = append(warns, sh.coveredText(g, m)...)
	}
	return warns
}

// overlaps reports whether a position of vis is already covered or is
// another merge's anchor.
func overlaps(g *grid, vis []int) bool {
	for _, v := range vis {
		if g.cover[v] {
			return true
		}
		if _, ok := g.anchor[key(g.rows[v/len(g.cols)], g.cols[v%len(g.cols)])]; ok {
			return true
		}
	}
	return false
}

// coveredText warns of cells under the merge m, other than its anchor, whose
// text differs from the anchor's: Excel shows only the anchor. Producers
// such as WPS repeat the anchor's text in every covered cell; that is not
// worth a warning.
func (sh *sheet) coveredText(g *grid, m rng) []document.Warning {
	var warns []document.Warning
	anchor := sh.cellText(g, m.r0, m.c0)
	for r := m.r0; r <= m.r1; r++ {
		for c := m.c0; c <= m.c1; c++ {
			if r == m.r0 && c == m.c0 {
				continue
			}
			if t := sh.cellText(g, r, c); t != nil && !bytes.Equal(t, anchor) {
				warns = append(warns, warning("xlsx.covered_text",
					"sheet %q: cell %s, covered by the merged range %s, holds text Excel does not show: %q", sh.name, appendRef(nil, r, c), m, t))
			}
		}
	}
	return warns
}

// cellText returns the display text of the cell at row, col, or nil.
func (sh *sheet) cellText(g *grid, row, col int) []byte {
	i, ok := g.text[key(row, col)]
	if !ok {
		return nil
	}
	c := sh.cells[i]
	return sh.text[c.off:c.end]
}

// warning builds a warning without a span yet; the writer places it.
func warning(code, format string, args ...any) document.Warning {
	return document.Warning{Code: code, Message: fmt.Sprintf(format, args...)}
}
