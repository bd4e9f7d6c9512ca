package cjk

import "unicode/utf8"

// Decode returns the rune that starts at s[i] and its width in bytes, as
// utf8.DecodeRuneInString(s[i:]) does: (RuneError, 1) for a byte that
// starts no valid encoding, (RuneError, 0) at the end of s.
//
// Chinese text is mostly three-byte characters, which the standard library
// decodes in a general loop; Decode decodes them itself. A lead byte E1–EC
// or EE–EF followed by two continuation bytes is always one valid character
// (only E0 and ED restrict their second byte, against overlong forms and
// surrogates); anything else is left to package utf8.
func Decode(s string, i int) (rune, int) {
	if i+2 < len(s) {
		if c := s[i : i+3]; c[0] < utf8.RuneSelf {
			return rune(c[0]), 1
		} else if lead3[c[0]] && (c[1]^0x80)|(c[2]^0x80) < 0x40 {
			return rune(c[0]&0x0F)<<12 | rune(c[1]&0x3F)<<6 | rune(c[2]&0x3F), 3
		}
	}
	return decodeRef(s, i)
}

// decodeRef is Decode by the standard library (whose own inlined part
// decodes ASCII).
func decodeRef(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	return utf8.DecodeRuneInString(s[i:])
}

// DecodeLast returns the rune that ends s[:end] and its width, as
// utf8.DecodeLastRuneInString(s[:end]) does, with the three-byte fast path
// of Decode: the two bytes before the end are continuation bytes after a
// lead byte that accepts any, which is what the backward decoder finds.
func DecodeLast(s string, end int) (rune, int) {
	if end > 0 {
		if c := s[end-1]; c < utf8.RuneSelf {
			return rune(c), 1
		}
		if end >= 3 && lead3[s[end-3]] && (s[end-2]^0x80)|(s[end-1]^0x80) < 0x40 {
			return rune(s[end-3]&0x0F)<<12 | rune(s[end-2]&0x3F)<<6 | rune(s[end-1]&0x3F), 3
		}
	}
	return utf8.DecodeLastRuneInString(s[:end])
}

// lead3 marks the lead bytes of three-byte characters that accept any
// continuation bytes after them: E1–EC, EE and EF.
var lead3 = [256]bool{
	0xE1: true, 0xE2: true, 0xE3: true, 0xE4: true, 0xE5: true, 0xE6: true, 0xE7: true,
	0xE8: true, 0xE9: true, 0xEA: true, 0xEB: true, 0xEC: true, 0xEE: true, 0xEF: true,
}

// Decode3 is Decode's fast path alone: the character at s[i] when it is one
// of the three-byte characters Decode decodes itself (see Decode), and
// true; else 0 and false, and the caller decodes with Decode. It is small
// enough to be inlined into a lexer's loop.
func Decode3(s string, i int) (rune, bool) {
	if i+2 < len(s) && lead3[s[i]] {
		if b1, b2 := s[i+1], s[i+2]; (b1^0x80)|(b2^0x80) < 0x40 {
			return rune(s[i]&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), true
		}
	}
	return 0, false
}
