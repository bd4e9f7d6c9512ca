package main

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// escape makes s safe to print on a terminal: control characters (C0, DEL,
// C1), the Unicode controls that reorder or hide text (bidirectional
// embeddings, overrides and isolates, U+2028, U+2029) and bytes that are
// not UTF-8 are written as Go escapes (\x1b, \n, \u202e, \xff), so that a
// file name or a message cannot move the cursor, clear the screen or
// disguise itself. Everything else, Chinese included, is kept as is:
//
//	escape("a\x1b[2Jb.txt") == `a\x1b[2Jb.txt`
//	escape("报告.docx") == "报告.docx"
func escape(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x`)
			b.WriteString(strconv.FormatUint(uint64(s[i])|0x100, 16)[1:])
		case hidden(r):
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// needsEscape reports whether escape would change s.
func needsEscape(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || hidden(r) {
			return true
		}
		i += size
	}
	return false
}

// hidden reports whether r is a control character or a formatting control
// that changes how the text around it is shown.
func hidden(r rune) bool {
	switch {
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	case r == 0x2028 || r == 0x2029:
		return true
	}
	return false
}
