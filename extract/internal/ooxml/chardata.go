package ooxml

import (
	"bytes"
	"unicode/utf8"
)

// Text returns the current text token with entities expanded and line ends
// normalized to "\n" (XML 1.0 §2.11). The result may alias an internal buffer
// valid until the next call.
func (s *Scanner) Text() []byte {
	raw := s.data[s.r0:s.r1]
	if s.cdata {
		if bytes.IndexByte(raw, '\r') < 0 {
			return raw
		}
		s.buf = normalizeCR(s.buf[:0], raw)
		return s.buf
	}
	if bytes.IndexByte(raw, '&') < 0 && bytes.IndexByte(raw, '\r') < 0 {
		return raw
	}
	s.buf = s.expand(raw, s.buf[:0])
	return s.buf
}

func normalizeCR(dst, src []byte) []byte {
	for i := 0; i < len(src); i++ {
		if src[i] == '\r' {
			if i+1 < len(src) && src[i+1] == '\n' {
				continue
			}
			dst = append(dst, '\n')
			continue
		}
		dst = append(dst, src[i])
	}
	return dst
}

// expand appends raw to dst with entity and character references expanded
// and "\r\n" or "\r" turned into "\n". A malformed reference is an error.
func (s *Scanner) expand(raw, dst []byte) []byte {
	for i := 0; i < len(raw); i++ {
		b := raw[i]
		if b == '\r' {
			if i+1 < len(raw) && raw[i+1] == '\n' {
				continue
			}
			dst = append(dst, '\n')
			continue
		}
		if b != '&' {
			dst = append(dst, b)
			continue
		}
		semi := bytes.IndexByte(raw[i:], ';')
		if semi < 0 {
			s.fail(s.off, "unterminated entity reference")
			return dst
		}
		r, ok := entity(raw[i+1 : i+semi])
		if !ok {
			s.fail(s.off, "invalid entity reference &%s;", raw[i+1:i+semi])
			return dst
		}
		dst = utf8.AppendRune(dst, r)
		i += semi
	}
	return dst
}

// entity decodes the body of a reference: one of the five predefined
// entities or a decimal or hexadecimal character reference to a legal XML
// character (XML 1.0 §4.1, §2.2).
func entity(name []byte) (rune, bool) {
	switch string(name) {
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "amp":
		return '&', true
	case "quot":
		return '"', true
	case "apos":
		return '\'', true
	}
	if len(name) < 2 || name[0] != '#' {
		return 0, false
	}
	base, digits := 10, name[1:]
	if digits[0] == 'x' {
		base, digits = 16, digits[1:]
	}
	if len(digits) == 0 || len(digits) > 8 {
		return 0, false
	}
	var r rune
	for _, c := range digits {
		var d rune
		switch {
		case c >= '0' && c <= '9':
			d = rune(c - '0')
		case base == 16 && c >= 'a' && c <= 'f':
			d = rune(c-'a') + 10
		case base == 16 && c >= 'A' && c <= 'F':
			d = rune(c-'A') + 10
		default:
			return 0, false
		}
		r = r*rune(base) + d
	}
	return r, IsXMLChar(r)
}

// IsXMLChar reports whether r is a legal XML 1.0 character (§2.2).
func IsXMLChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}
