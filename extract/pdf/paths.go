package pdf

import (
	"math"

	"github.com/klippa-app/go-pdfium/enums"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
)

// Ruling lines come drawn in two ways. WPS, Word and Excel fill thin
// rectangles (a 0.5–1 pt high rectangle is a horizontal line); LibreOffice
// and ONLYOFFICE stroke lines and rectangles. A path whose bounds are thin
// is taken whole; a stroked path is taken apart into its straight,
// axis-parallel segments. Filled areas that are not thin (cell shading,
// page backgrounds) are not rules.
const (
	// ruleThick is the most a rule may measure across.
	ruleThick = 3.0
	// ruleMin is the least a rule must measure along.
	ruleMin = 2.0
	// maxPathSegments caps the segments read from one stroked path.
	maxPathSegments = 256
)

// path adds the rules of path object o, whose space m maps to the display.
func (l *loader) path(o references.FPDF_PAGEOBJECT, m matrix, out []rect) []rect {
	b, err := l.p.FPDFPageObj_GetBounds(&requests.FPDFPageObj_GetBounds{PageObject: o})
	if err != nil {
		return out
	}
	r := m.box(float64(b.Left), float64(b.Bottom), float64(b.Right), float64(b.Top))
	if !finite(r) {
		return out
	}
	if thin(r) {
		return append(out, r)
	}
	dm, err := l.p.FPDFPath_GetDrawMode(&requests.FPDFPath_GetDrawMode{PageObject: o})
	if err != nil || !dm.Stroke {
		return out
	}
	pm := m
	if mm, err := l.p.FPDFPageObj_GetMatrix(&requests.FPDFPageObj_GetMatrix{PageObject: o}); err == nil {
		x := mm.Matrix
		pm = matrix{float64(x.A), float64(x.B), float64(x.C), float64(x.D), float64(x.E), float64(x.F)}.then(m)
	}
	return l.strokes(o, pm, out)
}

// strokes adds the straight axis-parallel segments of a stroked path.
func (l *loader) strokes(o references.FPDF_PAGEOBJECT, m matrix, out []rect) []rect {
	n, err := l.p.FPDFPath_CountSegments(&requests.FPDFPath_CountSegments{PageObject: o})
	if err != nil || n.Count > maxPathSegments {
		return out
	}
	var startX, startY, px, py float64
	for k := range n.Count {
		sg, err := l.p.FPDFPath_GetPathSegment(&requests.FPDFPath_GetPathSegment{PageObject: o, Index: k})
		if err != nil {
			return out
		}
		pt, err := l.p.FPDFPathSegment_GetPoint(&requests.FPDFPathSegment_GetPoint{PathSegment: sg.PathSegment})
		if err != nil {
			return out
		}
		ty, err := l.p.FPDFPathSegment_GetType(&requests.FPDFPathSegment_GetType{PathSegment: sg.PathSegment})
		if err != nil {
			return out
		}
		x, y := m.apply(float64(pt.X), float64(pt.Y))
		switch ty.Type {
		case enums.FPDF_SEGMENT_MOVETO:
			startX, startY = x, y
		case enums.FPDF_SEGMENT_LINETO:
			out = appendSegment(out, px, py, x, y)
		}
		px, py = x, y
		if cl, err := l.p.FPDFPathSegment_GetClose(&requests.FPDFPathSegment_GetClose{PathSegment: sg.PathSegment}); err == nil && cl.IsClose {
			out = appendSegment(out, px, py, startX, startY)
			px, py = startX, startY
		}
	}
	return out
}

// appendSegment adds the segment from (x0, y0) to (x1, y1) as a thin rect
// when it is horizontal or vertical and long enough.
func appendSegment(out []rect, x0, y0, x1, y1 float64) []rect {
	const half = 0.25
	r := rect{min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)}
	if !finite(r) {
		return out
	}
	switch {
	case math.Abs(y1-y0) < 0.5 && r.w() >= ruleMin:
		return append(out, rect{r.x0, r.y0 - half, r.x1, r.y1 + half})
	case math.Abs(x1-x0) < 0.5 && r.h() >= ruleMin:
		return append(out, rect{r.x0 - half, r.y0, r.x1 + half, r.y1})
	}
	return out
}

// thin reports whether r is a rule: thin across and long enough along.
func thin(r rect) bool {
	w, h := r.w(), r.h()
	return (h <= ruleThick && w >= ruleMin) || (w <= ruleThick && h >= ruleMin)
}
