package docx

import (
	"strconv"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// appendText appends run text t to dst in canonical form: TAB, LF and CR
// become a space (a TAB would start a table cell and a line end would split
// the paragraph: Word shows both as white space inside w:t), other control
// characters are dropped (XML 1.0 does not allow them; a lenient reader need
// not choke on them), and full-width digits become ASCII (document.Canon).
// The fast path copies t when it holds none of those.
func appendText(dst, t []byte) []byte {
	clean := true
	for _, b := range t {
		if b < 0x20 || b == 0xEF {
			clean = false
			break
		}
	}
	if clean {
		return append(dst, t...)
	}
	for i := 0; i < len(t); {
		b := t[i]
		switch {
		case b == '\t' || b == '\n' || b == '\r':
			dst = append(dst, ' ')
			i++
		case b < 0x20:
			i++
		case b == 0xEF:
			_, n := utf8.DecodeRune(t[i:])
			// Canon decides what is canonical; it rewrites only full-width
			// forms, which all start with the byte 0xEF in UTF-8.
			dst = append(dst, document.Canon(string(t[i:i+n]))...)
			i += n
		default:
			dst = append(dst, b)
			i++
		}
	}
	return dst
}

// atoiDefault parses a small decimal integer attribute, or returns def.
func atoiDefault(b []byte, def int) int {
	if len(b) == 0 || len(b) > 9 {
		return def
	}
	n, err := strconv.Atoi(string(b))
	if err != nil {
		return def
	}
	return n
}

// parseHex parses a hexadecimal attribute such as w:char="F0B7".
func parseHex(b []byte) (int, bool) {
	if len(b) == 0 || len(b) > 6 {
		return 0, false
	}
	n, err := strconv.ParseUint(string(b), 16, 32)
	return int(n), err == nil
}
