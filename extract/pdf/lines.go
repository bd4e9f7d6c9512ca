package pdf

import (
	"slices"
	"strings"
	"unicode"
)

// line is a run of characters on one baseline, left to right.
type line struct {
	chars []char
	box   rect
	base  float64
	size  float64 // the largest character height on the line
}

// Characters belong to one line when their baselines differ by less than
// baseTol of the larger of their heights.
const baseTol = 0.35

// groupLines sorts chars into lines: by baseline, then left to right. Two
// characters share a line when their baselines are close and they overlap
// vertically; a character far to the right of its line's last character
// still belongs to it (segments split it later).
func groupLines(chars []char) []line {
	if len(chars) == 0 {
		return nil
	}
	cs := slices.Clone(chars)
	slices.SortStableFunc(cs, func(a, b char) int {
		switch {
		case a.base < b.base:
			return -1
		case a.base > b.base:
			return 1
		}
		return cmpFloat(a.box.x0, b.box.x0)
	})
	var out []line
	start := 0
	for i := 1; i <= len(cs); i++ {
		if i < len(cs) && sameLine(cs[start:i], cs[i]) {
			continue
		}
		out = append(out, newLine(cs[start:i]))
		start = i
	}
	return out
}

// sameLine reports whether c continues the line of run (sorted by baseline).
func sameLine(run []char, c char) bool {
	first := run[0]
	tol := baseTol * max(first.size, c.size, 1)
	return c.base-first.base <= tol
}

// newLine makes a line of cs, sorting them left to right.
func newLine(cs []char) line {
	cs = slices.Clone(cs)
	slices.SortStableFunc(cs, func(a, b char) int { return cmpFloat(a.box.x0, b.box.x0) })
	ln := line{chars: cs, box: cs[0].box}
	var sum float64
	for _, c := range cs {
		ln.box = ln.box.union(c.box)
		ln.size = max(ln.size, c.size)
		sum += c.base
	}
	ln.base = sum / float64(len(cs))
	return ln
}

// cmpFloat compares two floats for sorting.
func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Gaps between characters, in units of the line's character height. A
// space is written where the page has a space glyph, or where the gap is
// wider than spaceGap between two Latin letters or digits (PDFs often
// place words apart with no space glyph), wider than mixedGap between an
// ideograph and a Latin letter or digit (word processors put a quarter em
// between them, "2023年" set as "2023 年", which is spacing, not a space),
// or wider than wideGap between two ideographs (justified text spreads
// them). A gap wider than segGap separates segments: the cells of a table
// without rules, or the left and right parts of a line such as
// "编制部门：某某局            单位：万元".
const (
	spaceGap = 0.2
	mixedGap = 0.45
	wideGap  = 0.6
	segGap   = 1.0
)

// segments splits a line at its wide gaps. A line whose every segment
// would be one character is letter-spaced ("目    录"), not cut.
func (ln line) segments() []line {
	var out []line
	start := 0
	for i := 1; i <= len(ln.chars); i++ {
		if i < len(ln.chars) && ln.chars[i].box.x0-ln.chars[i-1].box.x1 <= segGap*ln.size {
			continue
		}
		if start == 0 && i == len(ln.chars) {
			return []line{ln}
		}
		out = append(out, newLine(ln.chars[start:i]))
		start = i
	}
	for _, s := range out {
		if len(s.chars) > 1 {
			return out
		}
	}
	return []line{ln}
}

// text writes the line's characters with a space at each gap.
func (ln line) text() string {
	var b strings.Builder
	for i, c := range ln.chars {
		if i > 0 && needsSpace(ln.chars[i-1], c, ln.size) {
			b.WriteByte(' ')
		}
		b.WriteRune(c.r)
	}
	return b.String()
}

// needsSpace reports whether the gap between a and b is a space.
func needsSpace(a, b char, size float64) bool {
	gap := b.box.x0 - a.box.x1
	switch wa, wb := isWide(a.r), isWide(b.r); {
	case b.spaceBefore && gap > 0:
		return true
	case wa && wb:
		return gap > wideGap*size
	case wa || wb:
		return gap > mixedGap*size
	}
	return gap > spaceGap*size
}

// isWide reports whether r is set full width: ideographs, kana, hangul
// and full-width punctuation.
func isWide(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF) || r == '“' || r == '”' || r == '‘' || r == '’' || r == '…' || r == '—'
}
