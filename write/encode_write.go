package write

import (
	"slices"
	"strconv"

	"github.com/jixiao-dev/jixiao/schema"
)

// encoder writes a report as JSON, byte for byte as encoding/json with
// SetEscapeHTML(false) would. The generated methods (encode_gen.go) write
// the structure, the append functions here and in encode_str.go the
// leaves; all of them append to a buffer passed in and return it, so that
// it stays in registers.
type encoder struct {
	b   []byte // the buffer, kept between reports
	bad bool   // a schema.Decimal was not a plain JSON number: encoding/json must decide
}

// appendInt appends n in decimal, as strconv.AppendInt does. Offsets,
// lines and counts are small and never negative, and a report is mostly
// spans of three of them, so numbers below 10000 are written with one
// append from a table of digit pairs (no loop, no division but one by
// 100); longer ones two digits at a time in place (appendIntLong),
// negative ones by strconv.
func appendInt(b []byte, n int64) []byte {
	switch u := uint64(n); {
	case u < 10:
		return append(b, byte('0'+u))
	case u < 100:
		return append(b, digitPairs[u][0], digitPairs[u][1])
	case u < 1000:
		hi, lo := u/100, u%100
		return append(b, byte('0'+hi), digitPairs[lo][0], digitPairs[lo][1])
	case u < 10000:
		hi, lo := u/100, u%100
		return append(b, digitPairs[hi][0], digitPairs[hi][1], digitPairs[lo][0], digitPairs[lo][1])
	case n < 0:
		return strconv.AppendInt(b, n, 10)
	}
	return appendIntLong(b, uint64(n))
}

// appendIntLong appends u (at least 10000) in decimal: it counts the
// digits, extends b by that many and fills them from the right two at a
// time, which spares strconv's copy from a scratch buffer.
func appendIntLong(b []byte, u uint64) []byte {
	w := 1
	for x := u; x >= 10; x /= 10 {
		w++
	}
	l := len(b)
	b = slices.Grow(b, w)[:l+w]
	d := b[l:]
	i := w
	for u >= 100 {
		q := u / 100
		p := &digitPairs[u-q*100]
		i -= 2
		d[i], d[i+1] = p[0], p[1]
		u = q
	}
	if u >= 10 {
		d[0], d[1] = digitPairs[u][0], digitPairs[u][1]
	} else {
		d[0] = byte('0' + u)
	}
	return b
}

// digitPairs[n] is n, 0 to 99, in two decimal digits ("00", "01", … "99").
var digitPairs = func() (t [100][2]byte) {
	for n := range t {
		t[n] = [2]byte{byte('0' + n/10), byte('0' + n%10)}
	}
	return t
}()

// appendBool appends true or false.
func appendBool(b []byte, v bool) []byte { return strconv.AppendBool(b, v) }

// decimal appends d to b as schema.Decimal.MarshalJSON does: null when empty,
// else d itself. encoding/json validates and compacts a marshaler's
// output; a d that is not a JSON number marks the encoding bad instead, so
// the caller lets encoding/json give its own result or error.
func (e *encoder) decimal(b []byte, d schema.Decimal) []byte {
	if d == "" {
		return append(b, "null"...)
	}
	if !isJSONNumber(string(d)) {
		e.bad = true
		return b
	}
	return append(b, d...)
}

// openObject opens, once they are written, the object whose fields were
// appended to b from start on, each with a leading comma: the first comma
// becomes the opening brace, or a brace is appended when there is no
// field. The caller appends the closing brace (with the constant text
// after it).
func openObject(b []byte, start int) []byte {
	if len(b) == start {
		return append(b, '{')
	}
	b[start] = '{'
	return b
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

// sortedKeys appends the keys of m to dst in increasing byte order, the
// order in which encoding/json writes a map with string keys, and returns
// the extended slice.
func sortedKeys[V any](dst []string, m map[string]V) []string {
	n := len(dst)
	for k := range m {
		dst = append(dst, k)
	}
	slices.Sort(dst[n:])
	return dst
}
