package schema

import (
	"slices"
	"strconv"
	"unicode/utf8"
)

// encoder appends JSON to b, byte for byte as encoding/json with
// SetEscapeHTML(false) would. The generated methods (encode_gen.go) write
// the structure; these write the leaves.
type encoder struct {
	b   []byte
	bad bool // a Decimal was not a plain JSON number: encoding/json must decide
}

// null appends null.
func (e *encoder) null() { e.b = append(e.b, "null"...) }

// int appends n in decimal, as strconv.AppendInt does. A non-negative n
// (every offset, line and count of a report) is written in place, digits
// from the right, which spares strconv's copy from its scratch buffer: that
// copy was the largest single cost of encoding the seed, spans being most
// of a report.
func (e *encoder) int(n int64) {
	if n < 0 {
		e.b = strconv.AppendInt(e.b, n, 10)
		return
	}
	u := uint64(n)
	w := 1
	for x := u; x >= 10; x /= 10 {
		w++
	}
	l := len(e.b)
	if cap(e.b)-l < w {
		e.b = slices.Grow(e.b, w)
	}
	e.b = e.b[:l+w]
	d := e.b[l:]
	for i := w - 1; i > 0; i-- {
		q := u / 10
		d[i] = byte('0' + u - q*10)
		u = q
	}
	d[0] = byte('0' + u)
}

// bool appends true or false.
func (e *encoder) bool(v bool) { e.b = strconv.AppendBool(e.b, v) }

// decimal appends d as Decimal.MarshalJSON does: null when empty, else d
// itself. encoding/json validates and compacts a marshaler's output; a d
// that is not a JSON number marks the encoding bad instead, so the caller
// lets encoding/json give its own result or error.
func (e *encoder) decimal(d Decimal) {
	if d == "" {
		e.null()
		return
	}
	if !isJSONNumber(string(d)) {
		e.bad = true
		return
	}
	e.b = append(e.b, d...)
}

// endObject closes the object whose fields were appended from start on,
// each with a leading comma: the first comma becomes the opening brace, and
// an object with no field is {}.
func (e *encoder) endObject(start int) {
	if len(e.b) == start {
		e.b = append(e.b, '{', '}')
		return
	}
	e.b[start] = '{'
	e.b = append(e.b, '}')
}

// isJSONNumber reports whether s is a JSON number (RFC 8259 section 6):
//
//	number = [ "-" ] ( "0" / [1-9] *DIGIT ) [ "." 1*DIGIT ] [ ("e"/"E") [ "+"/"-" ] 1*DIGIT ]
func isJSONNumber(s string) bool {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && s[i] >= '1' && s[i] <= '9':
		i = digits(s, i)
	default:
		return false
	}
	if i < len(s) && s[i] == '.' {
		j := digits(s, i+1)
		if j == i+1 {
			return false
		}
		i = j
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		j := digits(s, i)
		if j == i {
			return false
		}
		i = j
	}
	return i == len(s)
}

// digits returns the index of the first non-digit of s at or after i.
func digits(s string, i int) int {
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// sortedKeys returns the keys of m in increasing byte order, the order in
// which encoding/json writes a map with string keys.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// special marks the ASCII bytes str must escape: controls, the quote and
// the backslash.
var special = func() (t [utf8.RuneSelf]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

// str appends s as a JSON string, validating and escaping in one pass:
// ASCII bytes are checked against special; a three-byte sequence whose
// lead byte admits any continuation byte (E1–EC, EE, EF: most of CJK) is
// checked inline, U+2028 and U+2029 (E2 80 A8/A9) escaped as encoding/json
// does; any other multi-byte rune is decoded. At the first invalid byte
// the string is rewritten the slow way, which replaces each bad byte by
// \ufffd as encoding/json does.
func (e *encoder) str(s string) {
	mark := len(e.b)
	e.b = append(e.b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if special[c] {
				e.b = append(e.b, s[start:i]...)
				e.b = appendEscape(e.b, c)
				start = i + 1
			}
			i++
			continue
		}
		if anyCont3[c] && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			if c == 0xE2 && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				e.b = append(e.b, s[start:i]...)
				e.b = append(e.b, '\\', 'u', '2', '0', '2', hexDigits[s[i+2]&0xF])
				start = i + 3
			}
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			e.b = e.b[:mark]
			e.strInvalid(s)
			return
		}
		i += size
	}
	e.b = append(e.b, s[start:]...)
	e.b = append(e.b, '"')
}

// anyCont3 marks the lead bytes of three-byte UTF-8 sequences whose two
// continuation bytes may each be any of 80–BF (RFC 3629: E0 and ED narrow
// the second byte, so they are decoded instead).
var anyCont3 = func() (t [256]bool) {
	for c := 0xE1; c <= 0xEF; c++ {
		t[c] = c != 0xED
	}
	return t
}()

// hexDigits are the digits of \u escapes, lower case as encoding/json
// writes them.
const hexDigits = "0123456789abcdef"

// appendEscape appends the escape of ASCII byte c (a control, '"' or '\\').
func appendEscape(b []byte, c byte) []byte {
	switch c {
	case '\\', '"':
		return append(b, '\\', c)
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
}

// strInvalid is str for a string that is not valid UTF-8: rune by rune,
// each invalid byte written as \ufffd.
func (e *encoder) strInvalid(s string) {
	e.b = append(e.b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if special[c] {
				e.b = append(e.b, s[start:i]...)
				e.b = appendEscape(e.b, c)
				start = i + 1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			e.b = append(e.b, s[start:i]...)
			e.b = append(e.b, `\ufffd`...)
		} else if r == '\u2028' || r == '\u2029' {
			e.b = append(e.b, s[start:i]...)
			e.b = append(e.b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		} else {
			i += size
			continue
		}
		i += size
		start = i
	}
	e.b = append(e.b, s[start:]...)
	e.b = append(e.b, '"')
}
