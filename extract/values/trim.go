package values

import (
	"strings"

	"jixiao/extract/document"
)

// trimSpace is strings.TrimFunc(s, document.IsSpace), with a shortcut for
// the usual cell, which the reader has trimmed already: a first byte that
// begins no white-space rune and a last byte that ends none. (The white
// space of IsSpace is ASCII or U+00A0, U+200B, U+3000 and U+FEFF, whose
// encodings begin with C2, E2, E3 or EF and end with A0, 8B, 80 or BF.)
func trimSpace(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0xC2, 0xE2, 0xE3, 0xEF:
		return strings.TrimFunc(s, document.IsSpace)
	}
	switch s[len(s)-1] {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0xA0, 0x8B, 0x80, 0xBF:
		return strings.TrimFunc(s, document.IsSpace)
	}
	return s
}
