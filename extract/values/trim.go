package values

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// trimSpace is strings.TrimFunc(s, document.IsSpace), with a shortcut for
// the usual cell, which the reader has trimmed already: TrimFunc changes s
// only when its first or last rune is white space. The white space of
// IsSpace is ASCII or U+00A0, U+200B, U+3000 and U+FEFF, whose encodings
// begin with C2, E2, E3 or EF and end with A0, 8B, 80 or BF, so a first and
// a last byte outside those need no decoding; Chinese text often has them
// (E3, EF begin full-width punctuation, 80 and BF end many characters), and
// then the rune itself is looked at.
func trimSpace(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return strings.TrimFunc(s, document.IsSpace)
	case 0xC2, 0xE2, 0xE3, 0xEF:
		if r, _ := decodeAt(s, 0); document.IsSpace(r) {
			return strings.TrimFunc(s, document.IsSpace)
		}
	}
	switch s[len(s)-1] {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return strings.TrimFunc(s, document.IsSpace)
	case 0xA0, 0x8B, 0x80, 0xBF:
		if r, _ := decodeBefore(s, len(s)); document.IsSpace(r) {
			return strings.TrimFunc(s, document.IsSpace)
		}
	}
	return s
}
