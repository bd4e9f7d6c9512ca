package pdf

import (
	"math"
	"time"
	"unicode"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/enums"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
)

// char is one character of the text layer, in the page's reading frame.
type char struct {
	r    rune
	box  rect    // the loose box: advance width × ascent to descent
	base float64 // the baseline's y
	size float64 // the box's height, a stand-in for the font size
	// spaceBefore: a space glyph stands before it in the page's text
	spaceBefore bool
}

// page is what the loader takes from one page: its characters and ruling
// lines in the reading frame, and the map back to the page as displayed.
type page struct {
	num   int     // 1-based
	w, h  float64 // size of the reading frame
	chars []char
	rules []rect // thin rectangles: drawn lines and rules
	// toDisplay maps the reading frame back to the page as displayed,
	// for the boxes of the Document's locators.
	toDisplay matrix
	// glyphs counts the characters that are not white space, unmapped
	// those whose font gives no Unicode for them (PDFium's
	// HasUnicodeMapError): text that would come out as mojibake.
	glyphs, unmapped int
	// images and paths count the image and path objects: a page without
	// text and without images is blank, not a scan.
	images, paths int
}

// loader reads the pages of one open document through one PDFium
// instance, under the limits of opts.
type loader struct {
	p        pdfium.Pdfium
	doc      references.FPDF_DOCUMENT
	opts     Options
	deadline time.Time
	objects  int // page objects counted on the current page
	junk     int // glyphs of the current page without usable Unicode
	images   int // image objects on the current page
	paths    int // path objects on the current page
}

// rawChar is a character as PDFium gives it, before the reading frame is
// known: its box and origin in display coordinates, and its angle.
type rawChar struct {
	r      rune
	box    rect
	ox, oy float64 // the origin, on the baseline
	// spaceBefore says that a space glyph (not one PDFium made up) came
	// before the character in the page's text.
	spaceBefore bool
	angle       float64 // radians counter-clockwise, as displayed
	unmapped    bool
}

// loadPage reads page i (0-based).
func (l *loader) loadPage(i int) (*page, error) {
	pg, err := l.p.FPDF_LoadPage(&requests.FPDF_LoadPage{Document: l.doc, Index: i})
	if err != nil {
		return nil, pdfiumError(err, "page %d cannot be read", i+1)
	}
	defer l.p.FPDF_ClosePage(&requests.FPDF_ClosePage{Page: pg.Page})
	ref := requests.Page{ByReference: &pg.Page}
	bb, err := l.p.FPDF_GetPageBoundingBox(&requests.FPDF_GetPageBoundingBox{Page: ref})
	if err != nil {
		return nil, pdfiumError(err, "page %d has no page box", i+1)
	}
	rot, err := l.p.FPDFPage_GetRotation(&requests.FPDFPage_GetRotation{Page: ref})
	if err != nil {
		return nil, pdfiumError(err, "page %d: rotation", i+1)
	}
	r := bb.Rect
	disp, w, h := displayMatrix(int(rot.PageRotation), float64(r.Left), float64(r.Bottom), float64(r.Right), float64(r.Top))
	l.junk = 0
	raw, err := l.chars(ref, i, disp, int(rot.PageRotation))
	if err != nil {
		return nil, err
	}
	l.objects, l.images, l.paths = 0, 0, 0
	rules, err := l.rules(ref, i, disp)
	if err != nil {
		return nil, err
	}
	p := frame(i+1, w, h, raw, rules)
	p.images, p.paths = l.images, l.paths
	p.glyphs += l.junk
	p.unmapped += l.junk
	return p, nil
}

// chars reads the characters of a page: every character that is not white
// space, with its loose box, origin and angle mapped by disp.
func (l *loader) chars(ref requests.Page, i int, disp matrix, rotation int) ([]rawChar, error) {
	tp, err := l.p.FPDFText_LoadPage(&requests.FPDFText_LoadPage{Page: ref})
	if err != nil {
		return nil, pdfiumError(err, "page %d: text layer cannot be read", i+1)
	}
	defer l.p.FPDFText_ClosePage(&requests.FPDFText_ClosePage{TextPage: tp.TextPage})
	n, err := l.p.FPDFText_CountChars(&requests.FPDFText_CountChars{TextPage: tp.TextPage})
	if err != nil {
		return nil, pdfiumError(err, "page %d: text layer cannot be read", i+1)
	}
	if n.Count > l.opts.MaxChars {
		return nil, document.Errorf(document.ErrLimit, -1, "page %d has %d characters, more than the limit of %d", i+1, n.Count, l.opts.MaxChars)
	}
	out := make([]rawChar, 0, n.Count)
	space := false // a space glyph stands before the next character
	for k := range n.Count {
		if k&1023 == 0 && time.Now().After(l.deadline) {
			return nil, timeoutError(l.opts.Timeout)
		}
		c, ok := l.char(tp.TextPage, k, disp, rotation)
		switch {
		case !ok && junk(c.r) && !l.generated(tp.TextPage, k):
			l.junk++ // a glyph with no Unicode, or with one that is no text
		case ok:
			c.spaceBefore = space
			out = append(out, c)
			space = false
		case c.r == ' ' || c.r == '\u00a0' || c.r == '\u3000':
			space = space || !l.generated(tp.TextPage, k)
		default:
			space = false // a line end
		}
	}
	return out, nil
}

// generated reports whether character k is one PDFium made up (a space
// or line end it put where it saw a gap) rather than a glyph of the page.
func (l *loader) generated(tp references.FPDF_TEXTPAGE, k int) bool {
	g, err := l.p.FPDFText_IsGenerated(&requests.FPDFText_IsGenerated{TextPage: tp, Index: k})
	return err != nil || g.IsGenerated
}

// char reads character k of a text page; ok is false for white space,
// control characters and characters PDFium cannot place.
func (l *loader) char(tp references.FPDF_TEXTPAGE, k int, disp matrix, rotation int) (rawChar, bool) {
	u, err := l.p.FPDFText_GetUnicode(&requests.FPDFText_GetUnicode{TextPage: tp, Index: k})
	if err != nil {
		return rawChar{}, false
	}
	r := rune(u.Unicode)
	if unicode.IsSpace(r) || junk(r) || r == '\u200b' || r == '\ufeff' {
		return rawChar{r: r}, false
	}
	lb, err := l.p.FPDFText_GetLooseCharBox(&requests.FPDFText_GetLooseCharBox{TextPage: tp, Index: k})
	if err != nil {
		return rawChar{}, false
	}
	o, err := l.p.FPDFText_GetCharOrigin(&requests.FPDFText_GetCharOrigin{TextPage: tp, Index: k})
	if err != nil {
		return rawChar{}, false
	}
	c := rawChar{r: r}
	b := lb.Rect
	c.box = disp.box(float64(b.Left), float64(b.Bottom), float64(b.Right), float64(b.Top))
	c.ox, c.oy = disp.apply(o.X, o.Y)
	if a, err := l.p.FPDFText_GetCharAngle(&requests.FPDFText_GetCharAngle{TextPage: tp, Index: k}); err == nil {
		// PDFium measures the angle clockwise (as if y grew downwards)
		c.angle = -float64(a.CharAngle) - float64(rotation)*math.Pi/2
	}
	if me, err := l.p.FPDFText_HasUnicodeMapError(&requests.FPDFText_HasUnicodeMapError{TextPage: tp, Index: k}); err == nil {
		c.unmapped = me.HasUnicodeMapError
	}
	if !finite(c.box) {
		return rawChar{}, false
	}
	return c, true
}

// finite reports whether every coordinate of r is a finite number.
func finite(r rect) bool {
	for _, v := range [4]float64{r.x0, r.y0, r.x1, r.y1} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}

// rules collects the ruling lines of a page: thin path objects, and the
// straight axis-parallel strokes of other stroked paths, through form
// XObjects.
func (l *loader) rules(ref requests.Page, i int, disp matrix) ([]rect, error) {
	n, err := l.p.FPDFPage_CountObjects(&requests.FPDFPage_CountObjects{Page: ref})
	if err != nil {
		return nil, pdfiumError(err, "page %d: objects cannot be read", i+1)
	}
	var out []rect
	for k := range n.Count {
		o, err := l.p.FPDFPage_GetObject(&requests.FPDFPage_GetObject{Page: ref, Index: k})
		if err != nil {
			continue
		}
		if out, err = l.object(o.PageObject, i, disp, 0, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// maxFormDepth caps the nesting of form XObjects followed for rules.
const maxFormDepth = 8

// object adds the rules of one page object (a path, or a form holding
// paths) to out; m maps the object's space to the display.
func (l *loader) object(o references.FPDF_PAGEOBJECT, i int, m matrix, depth int, out []rect) ([]rect, error) {
	l.objects++
	if l.objects > l.opts.MaxObjects {
		return nil, document.Errorf(document.ErrLimit, -1, "page %d has more than %d objects", i+1, l.opts.MaxObjects)
	}
	if l.objects&1023 == 0 && time.Now().After(l.deadline) {
		return nil, timeoutError(l.opts.Timeout)
	}
	t, err := l.p.FPDFPageObj_GetType(&requests.FPDFPageObj_GetType{PageObject: o})
	if err != nil {
		return out, nil
	}
	switch t.Type {
	case enums.FPDF_PAGEOBJ_IMAGE:
		l.images++
	case enums.FPDF_PAGEOBJ_PATH:
		l.paths++
		return l.path(o, m, out), nil
	case enums.FPDF_PAGEOBJ_FORM:
		if depth >= maxFormDepth {
			return out, nil
		}
		fm := m
		if mm, err := l.p.FPDFPageObj_GetMatrix(&requests.FPDFPageObj_GetMatrix{PageObject: o}); err == nil {
			x := mm.Matrix
			fm = matrix{float64(x.A), float64(x.B), float64(x.C), float64(x.D), float64(x.E), float64(x.F)}.then(m)
		}
		n, err := l.p.FPDFFormObj_CountObjects(&requests.FPDFFormObj_CountObjects{PageObject: o})
		if err != nil {
			return out, nil
		}
		for k := range n.Count {
			c, err := l.p.FPDFFormObj_GetObject(&requests.FPDFFormObj_GetObject{PageObject: o, Index: uint64(k)})
			if err != nil {
				continue
			}
			if out, err = l.object(c.PageObject, i, fm, depth+1, out); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// junk reports whether r, as the Unicode of a glyph, is no text: none (0),
// a control character, the replacement character, a noncharacter or a
// private-use code point (what fonts without a Unicode map give).
func junk(r rune) bool {
	return r == 0 || r == 0xfffd || r == 0xfffe || r == 0xffff ||
		(unicode.IsControl(r) && r != '\r' && r != '\n' && r != '\t') ||
		(r >= 0xe000 && r <= 0xf8ff) || r >= 0xf0000
}
