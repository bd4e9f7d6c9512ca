package pdf

import (
	"math"
	"slices"
	"strings"
)

// para is a paragraph: the units (lines) that form it, on one page or
// continued from the foot of one page to the head of the next.
type para struct {
	units []*unit
	page  *pageLayout // where it starts
}

// Paragraphs are made of lines, following what a typesetter does rather
// than what the words say. A line continues the paragraph above it when
// the line above reaches the right margin (it wrapped), the line is not
// indented, the two are set in the same size and the spacing is that of
// lines (at most lineGap line heights, or a little more than the page's
// usual line distance when it is set wider, as 28-point leading is). So a wrapped line that happens to
// start with "2." continues its paragraph, and a heading line, which ends
// short of the margin, stands alone with its marker at its start. Two
// centred lines of a large size (a title over two lines) are one
// paragraph. A segment of a line cut by wide gaps is a paragraph of its
// own. The margins are those of the lines of the same column: the leftmost
// start and the rightmost end among the lines that overlap the line
// horizontally. A paragraph goes on at the head of the next column the same
// way. A line that wraps spans at least minWrapped of its
// column's width: a short line that ends at a margin two short lines share
// (a table's unit line under its title) did not wrap.
const (
	lineGap    = 2.0  // most baseline distance, in line heights…
	leadSlack  = 1.3  // …or in the page's usual distance, when that is more
	fullSlack  = 2.2  // a line ends this many heights short of the margin and is still full (ragged text, a character kept off the head of the next line with its comma)
	indentMin  = 0.8  // a line starts this many heights right of the margin: indented
	sizeSlack  = 0.15 // relative difference of size still the same size
	titleRatio = 1.3  // a title's size over the body's
	minWrapped = 0.5  // a wrapped line is at least this part of its column's width
	marginTol  = 2.0  // points: lines that end this close end at the same margin
)

// paragraphs groups the units of a page (reading order) into items of
// paragraphs and tables; furniture stays as units.
func paragraphs(pl *pageLayout, bodySize float64) []pitem {
	m := newMargins(pl)
	m.median = bodySize
	var out []pitem
	var cur *para
	for _, it := range pl.items {
		if it.t != nil || it.u.furniture {
			cur = nil
			out = append(out, pitem{t: it.t, u: it.u})
			continue
		}
		if cur != nil && m.joins(cur.units[len(cur.units)-1], it.u) {
			cur.units = append(cur.units, it.u)
			continue
		}
		cur = &para{units: []*unit{it.u}, page: pl}
		out = append(out, pitem{p: cur})
	}
	return out
}

// pitem is a paragraph, a table or a furniture unit, in page order.
type pitem struct {
	p *para
	t *ptable
	u *unit // furniture
}

// margins answers questions about the body lines of one page.
type margins struct {
	body    []*unit
	median  float64 // median line height of the document's body
	leading float64 // median distance between the baselines of lines that follow each other
	w       float64
}

func newMargins(pl *pageLayout) *margins {
	m := &margins{w: pl.w}
	for _, u := range pl.units {
		if u.alone && !u.furniture && u.table == nil {
			m.body = append(m.body, u)
		}
	}
	var leads []float64
	for i := 1; i < len(m.body); i++ {
		a, b := m.body[i-1], m.body[i]
		if d := b.base - a.base; d > 0.5*a.size && math.Abs(a.size-b.size) <= sizeSlack*a.size {
			leads = append(leads, d)
		}
	}
	if len(leads) > 0 {
		m.leading = medianOf(leads)
	}
	return m
}

// edges returns the left and right margins of the body lines that overlap
// u horizontally: the leftmost start and the rightmost end that at least
// two of those lines share (within marginTol), so that a line set past
// the margin (an overfull line, a centred title) does not move it. With no
// end shared there is no right margin (a page of short lines of various
// lengths, such as a table of contents): it is +Inf and no line reaches it.
func (m *margins) edges(u *unit) (float64, float64) {
	var x0s, x1s []float64
	for _, v := range m.body {
		if v.box.x0 < u.box.x1 && v.box.x1 > u.box.x0 {
			x0s, x1s = append(x0s, v.box.x0), append(x1s, v.box.x1)
		}
	}
	slices.Sort(x0s)
	slices.Sort(x1s)
	left, right := u.box.x0, math.Inf(1)
	for i := 0; i+1 < len(x0s); i++ {
		if x0s[i+1]-x0s[i] <= marginTol {
			left = min(left, x0s[i])
			break
		}
	}
	for i := len(x1s) - 1; i > 0; i-- {
		if x1s[i]-x1s[i-1] <= marginTol {
			right = x1s[i]
			break
		}
	}
	return left, right
}

// joins reports whether b continues the paragraph whose last line is a.
func (m *margins) joins(a, b *unit) bool {
	if !a.alone || !b.alone || a.table != nil || b.table != nil {
		return false
	}
	size := max(a.size, b.size)
	if math.Abs(a.size-b.size) > sizeSlack*size {
		return false
	}
	// b may stand at the head of the next column, up and to the right
	d := b.base - a.base
	nextColumn := d < 0 && b.box.x0 >= a.box.x1
	if !nextColumn && (d <= 0 || d > max(lineGap*size, leadSlack*m.leading)) {
		return false
	}
	if m.title(a) && m.title(b) && math.Abs(a.box.cx()-b.box.cx()) < 2*size {
		return true
	}
	if endsSentence(a.text) && startsWithMarker(b.text) {
		return false // a full last line, then a heading or a list item
	}
	al, right := m.edges(a)
	left, _ := m.edges(b)
	return a.box.w() >= minWrapped*(right-al) && wrapped(a, b, right, left)
}

// wrapped reports whether line b is the continuation of line a, given the
// right margin of a's column and the left margin of b's: a ends at the
// margin, or short of it by no more than the first word of b (a number or
// a Latin word that did not fit), and b is not indented.
func wrapped(a, b *unit, right, left float64) bool {
	slack := fullSlack*a.size + leadingWord(b)
	return a.box.x1 >= right-slack && b.box.x0 <= left+indentMin*b.size
}

// leadingWord returns the width of the run of Latin letters, digits and
// the punctuation inside numbers that u starts with.
func leadingWord(u *unit) float64 {
	end := u.box.x0
	for _, c := range u.chars {
		if !(c.r < 0x80 && (c.r >= '0' && c.r <= '9' || c.r >= 'a' && c.r <= 'z' || c.r >= 'A' && c.r <= 'Z' || c.r == '.' || c.r == ',' || c.r == '%')) {
			break
		}
		end = c.box.x1
	}
	return end - u.box.x0
}

// title reports whether u is set large and centred on the page.
func (m *margins) title(u *unit) bool {
	return m.median > 0 && u.size >= titleRatio*m.median && math.Abs(u.box.cx()-m.w/2) < 2*u.size
}

// continuesOnto reports whether paragraph p, the last thing on its page,
// goes on in q, the first thing on the next page. The margins are those of
// p's page: the next page has the same, and the few lines at its head say
// little of its own.
func continuesOnto(p, q *para) bool {
	a, b := p.units[len(p.units)-1], q.units[0]
	if !a.alone || !b.alone || math.Abs(a.size-b.size) > sizeSlack*max(a.size, b.size) {
		return false
	}
	left, right := newMargins(p.page).edges(a)
	if endsSentence(a.text) && startsWithMarker(b.text) {
		return false
	}
	return a.box.w() >= minWrapped*(right-left) && wrapped(a, b, right, left)
}

// text joins the paragraph's lines into one line, with a space only
// between two Latin letters.
func (p *para) text() string {
	var b strings.Builder
	for i, u := range p.units {
		if i > 0 && needsJoinSpace(b.String(), u.text) {
			b.WriteByte(' ')
		}
		b.WriteString(u.text)
	}
	return b.String()
}

// medianOf returns the median of xs (xs is reordered).
func medianOf(xs []float64) float64 {
	sortFloats(xs)
	return xs[len(xs)/2]
}

// bodySize returns the median line height of the body lines of all pages.
func bodySize(pls []*pageLayout) float64 {
	var sizes []float64
	for _, pl := range pls {
		for _, u := range pl.units {
			if u.alone && !u.furniture && u.table == nil {
				sizes = append(sizes, u.size)
			}
		}
	}
	if len(sizes) == 0 {
		return 0
	}
	return medianOf(sizes)
}
