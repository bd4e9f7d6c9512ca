package review

import (
	"strconv"
	"unicode/utf8"
)

// The document's data is written by hand as JSON (appendString, appendInt)
// rather than by encoding/json: it is most of a page, tens of megabytes for
// a long report, made of short integer arrays that reflection would visit
// one by one.

// hexDigits are the digits of \u escapes.
const hexDigits = "0123456789abcdef"

// appendString appends s, valid UTF-8, as a JSON string that can also stand
// inside an HTML <script> element: '"' and '\' are escaped, control
// characters become \n, \r, \t or \u00XX, and <, >, & and U+2028, U+2029
// become \u003c, \u003e, \u0026, \u2028, \u2029 (as encoding/json writes
// them), so that no text can end the element or start a comment in it.
func appendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			dst = append(dst, s[last:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			last = i
			continue
		}
		// U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
		if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
			dst = append(dst, s[last:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[s[i+2]&0xF])
			i += 3
			last = i
			continue
		}
		i++
	}
	dst = append(dst, s[last:]...)
	return append(dst, '"')
}

// appendInt appends n in decimal.
func appendInt(dst []byte, n int) []byte {
	return strconv.AppendInt(dst, int64(n), 10)
}

// appendInts appends a comma, then the numbers separated by commas.
func appendInts(dst []byte, ns ...int) []byte {
	for _, n := range ns {
		dst = append(dst, ',')
		dst = appendInt(dst, n)
	}
	return dst
}
