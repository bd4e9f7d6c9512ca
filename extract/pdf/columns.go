package pdf

import "slices"

// A page in two columns is read column by column. The gutter is a vertical
// strip in the middle part of the page (35–65% of its width) that wide
// lines (at least a fifth of the page wide) keep off: at least three on
// each side and at most one in four crossing it. Lines that cross it
// (a title over both columns) cut the page into bands; each band is read
// left column first.
const (
	gutterLo   = 0.35
	gutterHi   = 0.65
	wideUnit   = 0.2
	minColumn  = 3
	gutterStep = 2.0
)

// orderUnits puts the units of a page's physical lines in reading order.
func orderUnits(phys [][]*unit, w float64) []*unit {
	gx, ok := gutter(phys, w)
	var out []*unit
	if !ok {
		for _, ln := range phys {
			out = append(out, ln...)
		}
		return out
	}
	var left, right []*unit
	flush := func() {
		l, tail := splitTail(left, right)
		out = append(out, l...)
		out = append(out, right...)
		out = append(out, tail...)
		left, right = left[:0:0], right[:0:0]
	}
	for _, ln := range phys {
		if slices.ContainsFunc(ln, func(u *unit) bool { return u.box.x0 < gx-1 && u.box.x1 > gx+1 }) {
			flush()
			out = append(out, ln...)
			continue
		}
		l0, r0 := len(left), len(right)
		for _, u := range ln {
			if u.box.x1 <= gx {
				left = append(left, u)
			} else {
				right = append(right, u)
			}
		}
		// a line of one column is alone when nothing else stands on it
		// in that column
		for _, side := range [][]*unit{left[l0:], right[r0:]} {
			for _, u := range side {
				u.alone = len(side) == 1
			}
		}
	}
	flush()
	return out
}

// gutter finds the x of a page's column gutter, if it has one.
func gutter(phys [][]*unit, w float64) (float64, bool) {
	var wide []*unit
	for _, ln := range phys {
		for _, u := range ln {
			if u.box.w() >= wideUnit*w {
				wide = append(wide, u)
			}
		}
	}
	best, bestScore := 0.0, 0
	for x := w * gutterLo; x <= w*gutterHi; x += gutterStep {
		var l, r, c int
		for _, u := range wide {
			switch {
			case u.box.x1 <= x:
				l++
			case u.box.x0 >= x:
				r++
			default:
				c++
			}
		}
		if l < minColumn || r < minColumn || c*4 > l+r {
			continue
		}
		if s := l + r - 4*c; s > bestScore {
			best, bestScore = x, s
		}
	}
	return best, bestScore > 0
}

// splitTail finds the lines at the foot of the left column that stand
// below the whole right column and start after a paragraph's end there
// (the line above them ends short of the column's edge): they are not the
// left column's but what follows the columns (a heading under a section
// in two columns that ends early), read after the right column. A left
// column one line longer than the right, which balanced columns have, goes
// on a paragraph and stays.
func splitTail(left, right []*unit) ([]*unit, []*unit) {
	if len(left) < 2 || len(right) == 0 {
		return left, nil
	}
	bottom, edge := 0.0, 0.0
	for _, u := range right {
		bottom = max(bottom, u.box.y1)
	}
	for _, u := range left {
		edge = max(edge, u.box.x1)
	}
	k := len(left)
	for k > 1 && left[k-1].box.y0 > bottom+0.5*left[k-1].size {
		k--
	}
	if k == len(left) || left[k-1].box.x1 >= edge-2*left[k-1].size {
		return left, nil
	}
	return left[:k], left[k:]
}
