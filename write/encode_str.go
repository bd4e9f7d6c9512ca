package write

import "unicode/utf8"

// appendStrBody appends s to b as encoding/json with SetEscapeHTML(false)
// writes it between the quotes of a JSON string; the generated code
// appends the quotes with the constant text before and after them.
//
// Nearly every string of a report is plain: valid UTF-8 with nothing to
// escape, mostly short ASCII words and CJK text. appendStrBody checks that
// in one tight loop (one table lookup per byte; for a three-byte rune
// whose lead byte admits any continuation, one more test of both
// continuation bytes together) and copies s whole. At the first byte the
// loop cannot vouch for (an escape, another rune, U+2028/U+2029 under E2,
// an invalid byte) it hands over to appendStrEscaped, which goes on from
// there. FuzzStr checks both paths against encoding/json.
func appendStrBody(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		k := strClass[s[i]]
		if k == plainByte {
			i++
			continue
		}
		if k == plainLead3 && i+3 <= len(s) {
			// Both continuation bytes are 10xxxxxx.
			if t := s[i : i+3]; (uint(t[1])|uint(t[2])<<8)&0xC0C0 == 0x8080 {
				i += 3
				continue
			}
		}
		return appendStrEscaped(b, s, i)
	}
	return append(b, s...)
}

// The classes of strClass.
const (
	plainByte  = iota // printable ASCII but '"' and '\\': written as is
	plainLead3        // E1–EC, EE, EF: lead of a plain rune if two continuation bytes follow
	lookCloser        // anything else: appendStrEscaped decides
)

// strClass is the class of every byte value for appendStrBody's loop. The
// three-byte leads are anyCont3 less E2, under which lie U+2028 and
// U+2029, which encoding/json escapes.
var strClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= 0x20 && c < utf8.RuneSelf && c != '"' && c != '\\':
			t[c] = plainByte
		case anyCont3[c] && c != 0xE2:
			t[c] = plainLead3
		default:
			t[c] = lookCloser
		}
	}
	return t
}()

// appendStrEscaped is appendStrBody for a string that needs a closer look
// from byte from on (s[:from] needs no escape). It validates and escapes
// in one pass: what appendStrBody's loop passes is passed the same way;
// other ASCII bytes are escaped; a three-byte sequence under E2 is checked
// inline, U+2028 and U+2029 (E2 80 A8/A9) escaped as encoding/json does;
// any other multi-byte rune is decoded. At the first invalid byte the
// string is rewritten the slow way, which replaces each bad byte by
// \ufffd as encoding/json does.
func appendStrEscaped(b []byte, s string, from int) []byte {
	mark := len(b)
	start := 0
	for i := from; i < len(s); {
		c := s[i]
		switch strClass[c] {
		case plainByte:
			i++
			continue
		case plainLead3:
			if i+3 <= len(s) {
				if t := s[i : i+3]; (uint(t[1])|uint(t[2])<<8)&0xC0C0 == 0x8080 {
					i += 3
					continue
				}
			}
		}
		if c < utf8.RuneSelf { // a control, '"' or '\\'
			b = append(b, s[start:i]...)
			b = appendEscape(b, c)
			i++
			start = i
			continue
		}
		if anyCont3[c] && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			if c == 0xE2 && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				b = append(b, s[start:i]...)
				b = append(b, '\\', 'u', '2', '0', '2', hexDigits[s[i+2]&0xF])
				start = i + 3
			}
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return appendStrInvalid(b[:mark], s)
		}
		i += size
	}
	return append(b, s[start:]...)
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

// appendStrInvalid is appendStrBody for a string that is not valid UTF-8:
// rune by rune, each invalid byte written as \ufffd.
func appendStrInvalid(b []byte, s string) []byte {
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if special[c] {
				b = append(b, s[start:i]...)
				b = appendEscape(b, c)
				start = i + 1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		} else if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		} else {
			i += size
			continue
		}
		i += size
		start = i
	}
	return append(b, s[start:]...)
}

// special marks the ASCII bytes a JSON string must escape: controls, the
// quote and the backslash.
var special = func() (t [utf8.RuneSelf]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()
