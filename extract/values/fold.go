package values

import (
	"strings"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// isFullWidthDigit reports whether r is one of ０…９.
func isFullWidthDigit(r rune) bool { return r >= '０' && r <= '９' }

// parseFolded parses s after folding its full-width digits to ASCII, and
// maps the offsets back, so Raw keeps the digits as written.
func parseFolded(s string, year int, ex []document.Span) []Value {
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
	fex := make([]document.Span, 0, len(ex))
	for _, e := range ex {
		fex = append(fex, document.Span{Start: forward(back, e.Start), End: forward(back, e.End)})
	}
	l := lexer{fiscal: year}
	vs := l.lexText(folded, 0, fex)
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
