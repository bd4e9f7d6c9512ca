package cjk

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsSpace reports whether r is white space: Unicode's White_Space (what
// unicode.IsSpace reports: TAB, LF, VT, FF, CR, space, U+0085, U+00A0,
// U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000), and the
// two invisible characters converters leave in text, U+200B (zero-width
// space) and U+FEFF (a byte order mark inside the text).
func IsSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', '\u0085', '\u00a0', '\u1680',
		'\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\u200b', '\ufeff':
		return true
	}
	return '\u2000' <= r && r <= '\u200a'
}

// isSpaceRef is IsSpace by its definition.
func isSpaceRef(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// IsBlank reports whether r is white space within a line: IsSpace but for
// the line ends (LF, VT, FF, CR, U+0085, U+2028, U+2029). A list marker may
// be followed by blanks ("一、\u3000概况").
func IsBlank(r rune) bool {
	switch r {
	case '\n', '\v', '\f', '\r', '\u0085', '\u2028', '\u2029':
		return false
	}
	return IsSpace(r)
}

// SpaceAt returns the length in bytes of the white space character s holds
// at i, or 0 when there is none (or i is past the end of s). It compares
// bytes: a character is white space exactly when its UTF-8 bytes are those
// of one, valid or not around it, so nothing is decoded.
func SpaceAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	switch c := s[i]; {
	case c < utf8.RuneSelf:
		if c == ' ' || '\t' <= c && c <= '\r' {
			return 1
		}
	case c == 0xC2: // U+0085, U+00A0
		if i+1 < len(s) && (s[i+1] == 0x85 || s[i+1] == 0xA0) {
			return 2
		}
	case c == 0xE1, c == 0xE2, c == 0xE3, c == 0xEF:
		if i+2 < len(s) && isSpace3(c, s[i+1], s[i+2]) {
			return 3
		}
	}
	return 0
}

// SpaceBefore returns the length in bytes of the white space character that
// ends s[:end], or 0. A decoder reading backwards finds such a character
// exactly when s[:end] ends with its bytes.
func SpaceBefore(s string, end int) int {
	if end <= 0 {
		return 0
	}
	c := s[end-1]
	switch {
	case c < utf8.RuneSelf:
		if c == ' ' || '\t' <= c && c <= '\r' {
			return 1
		}
	case end >= 2 && s[end-2] == 0xC2 && (c == 0x85 || c == 0xA0):
		return 2
	case end >= 3 && isSpace3(s[end-3], s[end-2], c):
		return 3
	}
	return 0
}

// isSpace3 reports whether the three bytes are a white space character:
// U+1680 (E1 9A 80), U+2000–U+200B, U+2028, U+2029, U+202F (E2 80 xx),
// U+205F (E2 81 9F), U+3000 (E3 80 80) or U+FEFF (EF BB BF).
func isSpace3(c0, c1, c2 byte) bool {
	switch c0 {
	case 0xE1:
		return c1 == 0x9A && c2 == 0x80
	case 0xE2:
		return c1 == 0x80 && (0x80 <= c2 && c2 <= 0x8B || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF) ||
			c1 == 0x81 && c2 == 0x9F
	case 0xE3:
		return c1 == 0x80 && c2 == 0x80
	case 0xEF:
		return c1 == 0xBB && c2 == 0xBF
	}
	return false
}

// spaceAtRef is SpaceAt by decoding.
func spaceAtRef(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError || !isSpaceRef(r) {
		return 0
	}
	return n
}

// spaceBeforeRef is SpaceBefore by decoding.
func spaceBeforeRef(s string, end int) int {
	r, n := utf8.DecodeLastRuneInString(s[:end])
	if r == utf8.RuneError || !isSpaceRef(r) {
		return 0
	}
	return n
}

// Trim returns the sub-range of text[start:end] without its leading and
// trailing white space; an all-blank range collapses to [start, start).
// Readers trim every paragraph and cell, and most of them neither start nor
// end with white space: their first and last bytes tell so before anything
// else is looked at.
func Trim(text string, start, end int) (int, int) {
	if start < end && !spaceFirst[text[start]] && !spaceLast[text[end-1]] {
		return start, end
	}
	return trim(text, start, end)
}

// spaces are the white space characters, one of each.
const spaces = "\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" +
	"\u200b\u2028\u2029\u202f\u205f\u3000\ufeff"

// spaceFirst and spaceLast mark the bytes that begin and end the encoding
// of a white space character.
var spaceFirst, spaceLast = func() (first, last [256]bool) {
	for _, r := range spaces {
		b := string(r)
		first[b[0]], last[b[len(b)-1]] = true, true
	}
	return first, last
}()

// trim is Trim past its quick answer.
func trim(text string, start, end int) (int, int) {
	s := start
	for s < end {
		n := SpaceAt(text[:end], s)
		if n == 0 {
			break
		}
		s += n
	}
	if s == end {
		return start, start
	}
	e := end
	for {
		n := SpaceBefore(text[s:e], e-s)
		if n == 0 {
			return s, e
		}
		e -= n
	}
}

// trimRef is Trim by its definition.
func trimRef(text string, start, end int) (int, int) {
	t := text[start:end]
	lead := len(t) - len(strings.TrimLeftFunc(t, isSpaceRef))
	if lead == len(t) {
		return start, start
	}
	trail := len(t) - len(strings.TrimRightFunc(t, isSpaceRef))
	return start + lead, end - trail
}

// TrimSpace returns s without its leading and trailing white space.
func TrimSpace(s string) string {
	i, j := Trim(s, 0, len(s))
	return s[i:j]
}

// AllSpace reports whether s holds nothing but white space (or nothing).
func AllSpace(s string) bool {
	i, j := Trim(s, 0, len(s))
	return i == j
}

// StripSpace returns s without any of its white space, the other bytes as
// they are (a title written over several lines, "整体支出\n绩效自评报告",
// becomes one). It allocates only when s holds white space.
func StripSpace(s string) string {
	i := nextSpace(s, 0)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i < len(s) {
		b.WriteString(s[:i])
		s = s[i:]
		for n := SpaceAt(s, 0); n > 0; n = SpaceAt(s, 0) {
			s = s[n:]
		}
		i = nextSpace(s, 0)
	}
	b.WriteString(s)
	return b.String()
}

// nextSpace returns the offset of the first white space character of s at
// or after i, or len(s). Only the bytes that may begin one are looked at
// closer.
func nextSpace(s string, i int) int {
	for ; i < len(s); i++ {
		if spaceFirst[s[i]] && SpaceAt(s, i) > 0 {
			return i
		}
	}
	return len(s)
}

// stripSpaceRef is StripSpace by its definition: the white space runes
// dropped, every other byte kept (an invalid byte is a rune of its own).
func stripSpaceRef(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if !(r != utf8.RuneError && isSpaceRef(r)) {
			b.WriteString(s[:n])
		}
		s = s[n:]
	}
	return b.String()
}
