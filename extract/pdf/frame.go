package pdf

import (
	"math"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// frame builds a page in its reading frame from the characters and rules
// read on it as displayed. Most pages read left to right as displayed; a
// page whose text mostly runs at a quarter turn (a landscape table printed
// sideways on a portrait page) is turned so that its text reads left to
// right, and toDisplay maps boxes back.
func frame(num int, w, h float64, raw []rawChar, rules []rect) *page {
	q := dominantQuarter(raw)
	turn, rw, rh := turnMatrix(q, w, h)
	p := &page{num: num, w: rw, h: rh, toDisplay: turn.invert()}
	p.chars = make([]char, 0, len(raw))
	for _, c := range raw {
		p.glyphs++
		if c.unmapped {
			p.unmapped++
		}
		if quarterOf(c.angle) != q {
			continue // text at another angle (a stamp, a vertical label)
		}
		b := turn.box(c.box.x0, c.box.y0, c.box.x1, c.box.y1)
		_, base := turn.apply(c.ox, c.oy)
		p.chars = append(p.chars, char{r: canonRune(c.r), box: b, base: base, size: b.h(), spaceBefore: c.spaceBefore})
	}
	for _, r := range rules {
		p.rules = append(p.rules, turn.box(r.x0, r.y0, r.x1, r.y1))
	}
	return p
}

// quarterOf rounds an angle in radians to the nearest quarter turn, 0–3.
func quarterOf(a float64) int {
	q := int(math.Round(a/(math.Pi/2))) % 4
	if q < 0 {
		q += 4
	}
	return q
}

// dominantQuarter returns the quarter turn most characters are set at.
func dominantQuarter(raw []rawChar) int {
	var n [4]int
	for _, c := range raw {
		n[quarterOf(c.angle)]++
	}
	best := 0
	for q := 1; q < 4; q++ {
		if n[q] > n[best] {
			best = q
		}
	}
	return best
}

// canonRune maps the look-alikes some fonts' ToUnicode maps give for CJK
// ideographs onto the ideographs themselves: Kangxi radicals (⼀ U+2F00
// for 一) and CJK compatibility ideographs, by their NFKC form when that is
// one rune.
func canonRune(r rune) rune {
	if (r >= 0x2F00 && r <= 0x2FDF) || (r >= 0x2E80 && r <= 0x2EFF) || (r >= 0xF900 && r <= 0xFAFF) {
		s := norm.NFKC.String(string(r))
		rs := []rune(s)
		if len(rs) == 1 && unicode.Is(unicode.Han, rs[0]) {
			return rs[0]
		}
	}
	return r
}
