package profile

import "strings"

// trimRange is document.Trim without decoding runes: the sub-range of
// text[start:end] without leading and trailing white space
// (document.IsSpace), an all-blank range collapsing to [start, start).
// ASCII white space is told by its byte; a non-ASCII space by its UTF-8
// bytes (spaceAt, spaceBefore), which are a space exactly when a decoder
// would read one there, in valid and invalid text alike.
func trimRange(text string, start, end int) (int, int) {
	s, e := start, end
	for s < e {
		if c := text[s]; c < 0x80 {
			if !asciiSpace(c) {
				break
			}
			s++
		} else if n := spaceAt(text[:e], s); n > 0 {
			s += n
		} else {
			break
		}
	}
	if s == e {
		return start, start
	}
	for e > s {
		if c := text[e-1]; c < 0x80 {
			if !asciiSpace(c) {
				break
			}
			e--
		} else if n := spaceBefore(text[s:e]); n > 0 {
			e -= n
		} else {
			break
		}
	}
	return s, e
}

// trimSpace is strings.TrimFunc(s, document.IsSpace), by trimRange.
func trimSpace(s string) string {
	i, j := trimRange(s, 0, len(s))
	return s[i:j]
}

// asciiSpace reports whether the ASCII byte c is white space for
// document.IsSpace.
func asciiSpace(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return true
	}
	return false
}

// nonASCIISpaces are the non-ASCII white-space runes of document.IsSpace,
// as UTF-8.
var nonASCIISpaces = [...]string{"\u3000", "\u00a0", "\ufeff", "\u200b"}

// spaceBefore returns the length of the non-ASCII white-space rune s ends
// with, or 0. A decoder reading s backwards finds such a rune exactly when
// s ends with its bytes: the scan back stops at the rune's lead byte.
func spaceBefore(s string) int {
	for _, sp := range nonASCIISpaces {
		if strings.HasSuffix(s, sp) {
			return len(sp)
		}
	}
	return 0
}
