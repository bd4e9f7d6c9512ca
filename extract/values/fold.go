package values

import (
	"strings"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// hasFullWidthDigit reports whether s holds one of ０…９.
func hasFullWidthDigit(s string) bool {
	return strings.IndexFunc(s, isFullWidthDigit) >= 0
}

// isFullWidthDigit reports whether r is one of ０…９.
func isFullWidthDigit(r rune) bool { return r >= '０' && r <= '９' }

// parseFolded parses s after folding its full-width digits to ASCII, and
// maps the offsets back, so Raw keeps the digits as written.
func parseFolded(s string, opts Options) []Value {
	var b strings.Builder
	b.Grow(len(s))
	// back[i] is the offset in s of byte i of the folded text.
	back := make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isFullWidthDigit(r) {
			b.WriteByte(byte('0' + (r - '０')))
			back = append(back, i)
			i += size
			continue
		}
		// Any other bytes, invalid UTF-8 included, are copied as they are.
		b.WriteString(s[i : i+size])
		for j := 0; j < size; j++ {
			back = append(back, i+j)
		}
		i += size
	}
	back = append(back, len(s))
	folded := b.String()
	fex := make([]document.Span, 0, len(opts.Exclude))
	for _, e := range opts.Exclude {
		fex = append(fex, document.Span{Start: forward(back, e.Start), End: forward(back, e.End)})
	}
	vs := Parse(folded, Options{Year: opts.Year, Exclude: fex})
	for i := range vs {
		vs[i].Start, vs[i].End = back[vs[i].Start], back[vs[i].End]
		vs[i].Raw = s[vs[i].Start:vs[i].End]
	}
	return vs
}

// forward maps an offset of the original string to the folded text.
func forward(back []int, off int) int {
	for i, o := range back {
		if o >= off {
			return i
		}
	}
	return len(back) - 1
}
