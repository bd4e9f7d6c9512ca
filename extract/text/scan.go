package text

import "unicode/utf8"

// scanText makes in one pass over data the two tests decode needs on text
// that may be UTF-8: ctrl is the offset of the first byte that plain text
// never holds (firstControl), or -1; bad is the offset of the first byte
// that does not start a valid UTF-8 sequence, or -1 when data is valid
// UTF-8 (utf8.Valid). Where there is a control byte, bad is -1: decode
// refuses the input for the control byte anyway.
//
// utf8.Valid and firstControl each went over every byte, and utf8.Valid's
// general decoding cost about 50 instructions per Chinese character: the
// two passes were most of the text reader's time. Here the characters of
// the three-byte block that holds the CJK ideographs and full-width forms
// (lead bytes E1-EC and EE-EF, whose second byte may be any continuation
// byte) are checked inline, two at a time where two follow each other;
// every other non-ASCII lead byte goes to utf8.DecodeRune, whose rules are
// utf8.Valid's. FuzzScanText holds the result to firstControl and
// utf8.Valid.
func scanText(data []byte) (ctrl, bad int) {
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 || c == 0x7F) && isControl(rune(c)) {
				return i, -1
			}
			i++
			continue
		}
		// Two such characters in a row, the usual case, are tested at
		// once on eight bytes read as a little-endian word: the lead
		// bytes 0 and 3 by the table, the continuation bytes 1, 2, 4 and
		// 5 by their top two bits (10xxxxxx); bytes 6 and 7 are left for
		// the next round.
		if i+8 <= len(data) {
			x := load64(data, i)
			if x&0xC0C000C0C000 == 0x808000808000 && cjkLead[byte(x)] && cjkLead[byte(x>>24)] {
				i += 6
				continue
			}
		}
		// One of them, its two continuation bytes tested at once.
		if i+2 < len(data) && cjkLead[c] && (uint16(data[i+1])|uint16(data[i+2])<<8)&0xC0C0 == 0x8080 {
			i += 3
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			// Not UTF-8 from here on: only a control byte can still
			// change decode's answer.
			if j := firstControl(data[i:]); j >= 0 {
				return i + j, -1
			}
			return -1, i
		}
		i += n
	}
	return -1, -1
}

// cjkLead marks the lead bytes E1-EC and EE-EF: the three-byte characters
// whose second byte may be any continuation byte (E0 and ED restrict it, to
// refuse overlong forms and surrogates).
var cjkLead = func() (t [256]bool) {
	for c := 0xE1; c <= 0xEF; c++ {
		t[c] = c != 0xED
	}
	return t
}()

// load64 returns the eight bytes of data at i as a little-endian word, as
// binary.LittleEndian.Uint64(data[i:]) does without making the slice (the
// compiler merges the eight loads into one).
func load64(data []byte, i int) uint64 {
	b := data[i : i+8 : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}
