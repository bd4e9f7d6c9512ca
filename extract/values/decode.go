package values

import "unicode/utf8"

// The lexer reads mostly Chinese text, whose characters are three-byte
// UTF-8 sequences. utf8.DecodeRuneInString decodes only ASCII inline and
// calls out for the rest, so the helpers below decode the usual three-byte
// sequence themselves and leave every other case (two- and four-byte
// sequences, the lead bytes E0 and ED whose second byte is restricted,
// invalid bytes) to package utf8. Their results are exactly utf8's;
// TestDecode and FuzzDecode compare them.

// decodeAt returns the rune at s[i] and its width, as
// utf8.DecodeRuneInString(s[i:]) does; i must be within s.
func decodeAt(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if r, ok := decode3(s, i); ok {
		return r, 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// decode3 decodes the three-byte sequence at s[i] if it is one whose lead
// byte accepts any continuation bytes (see fullLead3), and reports whether
// it was; i must be within s. It is small enough to inline, so next and
// peek decode a Chinese character without a call.
func decode3(s string, i int) (rune, bool) {
	if i+2 < len(s) && fullLead3[s[i]] {
		if b1, b2 := s[i+1], s[i+2]; (b1^0x80)|(b2^0x80) < 0x40 {
			return rune(s[i]&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), true
		}
	}
	return 0, false
}

// decodeBefore returns the rune that ends at s[:at] and its width, as
// utf8.DecodeLastRuneInString(s[:at]) does; at must be within 1…len(s).
func decodeBefore(s string, at int) (rune, int) {
	c := s[at-1]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if at >= 3 && fullLead3[s[at-3]] {
		// A three-byte sequence ending at at is what utf8 finds: it
		// backs up over at most three continuation bytes to a start byte,
		// and s[at-2], s[at-1] are continuation bytes after a lead byte.
		if b1, b2 := s[at-2], c; (b1^0x80)|(b2^0x80) < 0x40 {
			return rune(s[at-3]&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
		}
	}
	return utf8.DecodeLastRuneInString(s[:at])
}

// fullLead3 marks the lead bytes of three-byte sequences that accept any
// continuation bytes after them: E1…EC, EE and EF (E0 and ED restrict their
// second byte, against overlong forms and surrogates).
var fullLead3 = func() (t [256]bool) {
	for c := 0xE1; c <= 0xEF; c++ {
		t[c] = c != 0xED
	}
	return t
}()
