package pdf

import (
	"math"
	"slices"
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
		if !atQuarter(c.angle, q) {
			continue // text at another angle (a stamp, a watermark, a vertical label)
		}
		b := turn.box(c.box.x0, c.box.y0, c.box.x1, c.box.y1)
		_, base := turn.apply(c.ox, c.oy)
		p.chars = append(p.chars, char{r: canonRune(c.r), box: b, base: base, size: b.h(), spaceBefore: c.spaceBefore})
	}
	p.chars = dedupe(p.chars)
	for _, r := range rules {
		p.rules = append(p.rules, turn.box(r.x0, r.y0, r.x1, r.y1))
	}
	return p
}

// angleTol is how far from a quarter turn (radians, 10°) a character's
// angle may be and still be set at that quarter.
const angleTol = math.Pi / 18

// atQuarter reports whether angle a is within angleTol of quarter q.
func atQuarter(a float64, q int) bool {
	d := math.Mod(a-float64(q)*math.Pi/2, 2*math.Pi)
	if d < 0 {
		d += 2 * math.Pi
	}
	return d <= angleTol || d >= 2*math.Pi-angleTol
}

// dedupe drops characters drawn twice at (nearly) the same place, as
// some producers draw bold text: the same rune less than 30% of its width
// to the right of another and within a third of its height above or
// below.
func dedupe(cs []char) []char {
	if len(cs) < 2 {
		return cs
	}
	idx := make([]int, len(cs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		if c := cmpFloat(cs[a].box.x0, cs[b].box.x0); c != 0 {
			return c
		}
		return cmpFloat(cs[a].base, cs[b].base)
	})
	drop := make([]bool, len(cs))
	for k, i := range idx {
		if drop[i] {
			continue
		}
		dx, dy := 0.3*cs[i].box.w(), cs[i].size/3
		for _, j := range idx[k+1:] {
			if cs[j].box.x0-cs[i].box.x0 > dx {
				break
			}
			if !drop[j] && cs[j].r == cs[i].r && math.Abs(cs[j].base-cs[i].base) <= dy {
				drop[j] = true
			}
		}
	}
	out := cs[:0]
	for i, c := range cs {
		if !drop[i] {
			out = append(out, c)
		}
	}
	return out
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
