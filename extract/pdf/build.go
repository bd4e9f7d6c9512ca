package pdf

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// A page's text layer is garbled when at least garbledShare of its
// characters (and at least garbledMin) have no Unicode: PDFium then gives
// their glyph codes as if they were text.
const (
	garbledShare = 0.10
	garbledMin   = 5
)

// layout turns the pages read into a Document, or refuses a document
// without a usable text layer.
func layout(pages []*page) (*document.Document, error) {
	pls := make([]*pageLayout, len(pages))
	var empty, garbled []int
	blank := 0
	for i, p := range pages {
		switch {
		case p.glyphs == 0 && p.images == 0:
			blank++
		case p.glyphs == 0:
			empty = append(empty, p.num)
		case p.unmapped >= garbledMin && float64(p.unmapped) >= garbledShare*float64(p.glyphs):
			garbled = append(garbled, p.num)
			p.chars, p.rules = nil, nil
		}
		pls[i] = layoutPage(p)
		pls[i].empty = p.glyphs == 0 && p.images > 0
		pls[i].garbled = p.glyphs > 0 && len(p.chars) == 0 && p.unmapped > 0
	}
	if err := refuse(len(pages)-blank, empty, garbled); err != nil {
		return nil, err
	}
	markFurniture(pls)
	w := newWriter()
	w.write(joinPages(pls))
	return w.doc, nil
}

// refuse returns the refusal of a document whose pages lack text: all of
// its n pages that are not blank, or more than half of them without a text
// layer (a scan, perhaps with a typed cover). A few such pages are warned
// about instead. A page without text is a scan when it shows an image;
// without one it is blank (empty, or cells and rules drawn with nothing in
// them) and is neither refused nor warned about.
func refuse(n int, empty, garbled []int) error {
	switch {
	case n == 0:
		return document.Errorf(ErrNoText, -1, "every page is blank: no text to read")
	case len(empty)+len(garbled) < n && len(empty)*2 <= n:
		return nil
	case len(garbled) > 0 && len(empty) == 0:
		return document.Errorf(ErrGarbled, -1, "the text layer of pages %s decodes to no readable text (fonts without a Unicode map); OCR is not supported", pageList(garbled))
	case len(garbled) > 0:
		return document.Errorf(ErrNoText, -1, "no text layer on pages %s and no readable text on pages %s; OCR is not supported", pageList(empty), pageList(garbled))
	}
	return document.Errorf(ErrNoText, -1, "no text layer on pages %s; OCR is not supported", pageList(empty))
}

// pageList writes page numbers with runs as ranges: "1–12, 15".
func pageList(ps []int) string {
	var parts []string
	for i := 0; i < len(ps); {
		j := i
		for j+1 < len(ps) && ps[j+1] == ps[j]+1 {
			j++
		}
		if j > i {
			parts = append(parts, fmt.Sprintf("%d–%d", ps[i], ps[j]))
		} else {
			parts = append(parts, fmt.Sprint(ps[i]))
		}
		i = j + 1
	}
	return strings.Join(parts, ", ")
}

// pageItems is a page and its items after joins across pages.
type pageItems struct {
	pl    *pageLayout
	items []pitem
}

// joinPages makes the paragraphs of every page and joins what continues
// from the foot of one page to the head of the next: a table with the same
// columns, a paragraph whose last line is full. The joined block is
// written where it starts, whole; the page break's furniture follows it.
func joinPages(pls []*pageLayout) []pageItems {
	out := make([]pageItems, len(pls))
	var open *pitem // the last block of the pages so far
	size := bodySize(pls)
	for i, pl := range pls {
		items := paragraphs(pl, size)
		if f := firstBlock(items); f >= 0 && open != nil {
			if ok, repeated := joinBlock(open, items[f], pls[i-1]); ok {
				items = slices.Concat(items[:f:f], repeated, items[f+1:])
			}
		}
		out[i] = pageItems{pl: pl, items: items}
		if l := lastBlock(items); l >= 0 {
			open = &out[i].items[l]
		} else if pl.empty {
			open = nil
		}
	}
	return out
}

// joinBlock appends next, the first block of a page, to open, the last
// block of the page before (prev), when it continues it. A table goes on
// when it has the same columns and open reaches the foot of its page
// (below tableFoot of its height): a table that ends higher up is complete,
// and one of the same form on the next page is another table. Header rows
// that the continuation repeats are not rows of the joined table: they
// come back as furniture lines of their page, so that nothing is lost.
func joinBlock(open *pitem, next pitem, prev *pageLayout) (bool, []pitem) {
	switch {
	case open.t != nil && next.t != nil && open.t.continues(next.t) && open.t.bottom >= tableFoot*prev.h:
		k := repeatedRows(open.t.rows, next.t.rows)
		var repeated []pitem
		for _, row := range next.t.rows[:k] {
			repeated = append(repeated, pitem{u: &unit{text: rowText(row), furniture: true}})
		}
		open.t.append(next.t.rows[k:], next.t.xs)
		open.t.bottom = next.t.bottom
		return true, repeated
	case open.p != nil && next.p != nil && continuesOnto(open.p, next.p):
		open.p.units = append(open.p.units, next.p.units...)
		return true, nil
	}
	return false, nil
}

// tableFoot is how far down its page a table must reach to go on over
// the page break.
const tableFoot = 0.75

// repeatedRows counts the leading rows of next that repeat those of rows,
// leaving at least one row.
func repeatedRows(rows, next [][]pcell) int {
	k := 0
	for k < len(rows) && k < len(next)-1 && rowText(rows[k]) == rowText(next[k]) {
		k++
	}
	return k
}

// rowText writes the texts of a row's cells, separated by spaces.
func rowText(row []pcell) string {
	var parts []string
	for _, c := range row {
		if !c.cont {
			parts = append(parts, c.text)
		}
	}
	return strings.Join(parts, " ")
}

// firstBlock and lastBlock return the index of the first and last
// paragraph or table among items, or -1.
func firstBlock(items []pitem) int {
	for i, it := range items {
		if it.u == nil {
			return i
		}
	}
	return -1
}

func lastBlock(items []pitem) int {
	for i := len(items) - 1; i >= 0; i-- {
		if items[i].u == nil {
			return i
		}
	}
	return -1
}

// displayBox maps r by m into the page as displayed, to a hundredth of a
// point.
func displayBox(m matrix, r rect) *document.Box {
	b := m.box(r.x0, r.y0, r.x1, r.y1)
	round := func(v float64) float64 { return math.Round(v*100) / 100 }
	return &document.Box{X0: round(b.x0), Y0: round(b.y0), X1: round(b.x1), Y1: round(b.y1)}
}

func itoa(n int) string { return fmt.Sprint(n) }
