package pdf

import (
	"math"
	"slices"
)

// rect is a box on a page in points, in the reading frame: origin at the top
// left, y growing downwards, x0 <= x1, y0 <= y1.
type rect struct {
	x0, y0, x1, y1 float64
}

func (r rect) w() float64  { return r.x1 - r.x0 }
func (r rect) h() float64  { return r.y1 - r.y0 }
func (r rect) cx() float64 { return (r.x0 + r.x1) / 2 }
func (r rect) cy() float64 { return (r.y0 + r.y1) / 2 }

// union returns the smallest rect holding r and s.
func (r rect) union(s rect) rect {
	return rect{min(r.x0, s.x0), min(r.y0, s.y0), max(r.x1, s.x1), max(r.y1, s.y1)}
}

// contains reports whether the point (x, y) lies in r grown by pad.
func (r rect) contains(x, y, pad float64) bool {
	return x >= r.x0-pad && x <= r.x1+pad && y >= r.y0-pad && y <= r.y1+pad
}

// overlapY returns how much r and s overlap vertically.
func (r rect) overlapY(s rect) float64 { return min(r.y1, s.y1) - max(r.y0, s.y0) }

// matrix is an affine map (x, y) → (a·x + c·y + e, b·x + d·y + f), PDF's
// [a b c d e f].
type matrix struct{ a, b, c, d, e, f float64 }

var identity = matrix{1, 0, 0, 1, 0, 0}

// apply maps the point (x, y).
func (m matrix) apply(x, y float64) (float64, float64) {
	return m.a*x + m.c*y + m.e, m.b*x + m.d*y + m.f
}

// then returns the map that applies m, then n.
func (m matrix) then(n matrix) matrix {
	return matrix{
		a: m.a*n.a + m.b*n.c, b: m.a*n.b + m.b*n.d,
		c: m.c*n.a + m.d*n.c, d: m.c*n.b + m.d*n.d,
		e: m.e*n.a + m.f*n.c + n.e, f: m.e*n.b + m.f*n.d + n.f,
	}
}

// invert returns the inverse map; m must be one of the rotations and
// translations the reader builds, whose determinant is ±1.
func (m matrix) invert() matrix {
	det := m.a*m.d - m.b*m.c
	if det == 0 || math.IsNaN(det) {
		return identity
	}
	a, b, c, d := m.d/det, -m.b/det, -m.c/det, m.a/det
	return matrix{a: a, b: b, c: c, d: d, e: -(m.e*a + m.f*c), f: -(m.e*b + m.f*d)}
}

// box maps the rectangle with corners (x0, y0), (x1, y1) and returns the
// rect around its image.
func (m matrix) box(x0, y0, x1, y1 float64) rect {
	ax, ay := m.apply(x0, y0)
	bx, by := m.apply(x1, y1)
	return rect{min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)}
}

// turnMatrix maps a page of size w×h (y down) so that a direction turned
// quarter·90° counter-clockwise on it becomes left to right; it returns the
// map and the size of the result.
//
//	quarter 1 (text reading bottom to top): x' = h − y, y' = x
//	quarter 2 (upside down):                x' = w − x, y' = h − y
//	quarter 3 (text reading top to bottom): x' = y,     y' = w − x
func turnMatrix(quarter int, w, h float64) (matrix, float64, float64) {
	switch quarter & 3 {
	case 1:
		return matrix{0, 1, -1, 0, h, 0}, h, w
	case 2:
		return matrix{-1, 0, 0, -1, w, h}, w, h
	case 3:
		return matrix{0, -1, 1, 0, 0, w}, h, w
	}
	return identity, w, h
}

// displayMatrix maps PDF user space (y up) of a page whose visible box is
// (left, bottom, right, top) and whose /Rotate is quarter·90° clockwise onto
// the page as displayed (origin top left, y down). It returns the map and
// the displayed size.
func displayMatrix(quarter int, left, bottom, right, top float64) (matrix, float64, float64) {
	w, h := right-left, top-bottom
	switch quarter & 3 {
	case 1: // x' = y − bottom, y' = x − left
		return matrix{0, 1, 1, 0, -bottom, -left}, h, w
	case 2: // x' = right − x, y' = y − bottom
		return matrix{-1, 0, 0, 1, right, -bottom}, w, h
	case 3: // x' = top − y, y' = right − x
		return matrix{0, -1, -1, 0, top, right}, h, w
	}
	// x' = x − left, y' = top − y
	return matrix{1, 0, 0, -1, -left, top}, w, h
}

// sortFloats sorts xs in increasing order.
func sortFloats(xs []float64) { slices.Sort(xs) }
