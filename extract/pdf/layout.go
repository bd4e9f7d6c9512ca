package pdf

import (
	"github.com/jixiao-dev/jixiao/extract/document"
)

// unit is one segment of a physical line outside ruled tables: a line of
// body text, or one of the separate parts of a line with wide gaps.
type unit struct {
	line
	text      string // canonical (document.Canon)
	alone     bool   // the only segment on its physical line
	page      int    // the page's number
	furniture bool
	// table is set on the unit that stands for an aligned table (see
	// streamTables): its box is the table's.
	table *ptable
}

// pageLayout is a page taken apart: units in reading order and tables.
type pageLayout struct {
	num       int
	w, h      float64
	toDisplay matrix
	units     []*unit
	tables    []*ptable
	// items are the page's units and tables in reading order.
	items []item
	// empty and garbled say why a page gave no text.
	empty, garbled bool
}

// item is a unit or a table.
type item struct {
	u *unit
	t *ptable
}

// top returns the top of the item.
func (it item) top() float64 {
	if it.t != nil {
		return it.t.box.y0
	}
	return it.u.box.y0
}

// layoutPage takes a page apart: ruled tables first, then the lines of
// the rest, their segments, aligned tables and columns.
func layoutPage(p *page) *pageLayout {
	pl := &pageLayout{num: p.num, w: p.w, h: p.h, toDisplay: p.toDisplay}
	rest := p.chars
	for _, g := range lattices(p.rules) {
		before := len(rest)
		rest = g.take(rest)
		if len(rest) == before {
			continue // a drawn grid with no text in it
		}
		pl.tables = append(pl.tables, tableOf(g, p))
	}
	var phys [][]*unit
	for _, ln := range groupLines(rest) {
		segs := ln.segments()
		row := make([]*unit, 0, len(segs))
		for _, s := range segs {
			row = append(row, &unit{line: s, text: document.Canon(s.text()), alone: len(segs) == 1, page: p.num})
		}
		phys = append(phys, row)
	}
	if _, cols := gutter(phys, p.w); !cols {
		phys = streamTables(phys, pl) // a page in columns has no aligned tables
	}
	pl.units = orderUnits(phys, p.w)
	pl.items = merge(pl.units, pl.tables)
	return pl
}

// merge interleaves units (in reading order) and tables (top to bottom):
// a table goes before the first unit below its top.
func merge(units []*unit, tables []*ptable) []item {
	out := make([]item, 0, len(units)+len(tables))
	t := 0
	for _, u := range units {
		for t < len(tables) && tables[t].box.y0 <= u.box.y0 {
			out = append(out, item{t: tables[t]})
			t++
		}
		if u.table != nil {
			out = append(out, item{t: u.table})
			continue
		}
		out = append(out, item{u: u})
	}
	for ; t < len(tables); t++ {
		out = append(out, item{t: tables[t]})
	}
	return out
}
