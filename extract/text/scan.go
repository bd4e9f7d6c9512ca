package text

import "unicode/utf8"

// rewrites says which of canonical's rewrites a decoded text needs.
type rewrites uint8

const (
	hasCR        rewrites = 1 << iota // a "\r"
	hasBracket                        // a "[", which may open a bookmark marker
	hasWideDigit                      // a full-width digit ０-９ (EF BC 90-99)
)

// textScan is what scanText finds in one pass over data.
type textScan struct {
	// ctrl is the offset of the first byte that plain text never holds
	// (firstControl), or -1.
	ctrl int
	// bad is the offset of the first byte that does not start a valid
	// UTF-8 sequence, or -1 when data is valid UTF-8 (utf8.Valid). Where
	// there is a control byte, bad is -1: decode refuses the input for the
	// control byte anyway.
	bad int
	// When data is valid UTF-8, rw is what canonical has to rewrite in it
	// (rewritesOf), and newlines are the offsets of its first "\n" bytes, as
	// many as the buffer given to scanText holds.
	rw       rewrites
	newlines []int
}

// scanText makes in one pass over data the tests decode needs on text that
// may be UTF-8, and finds the rewrites canonical has to make in it and the
// offsets of its first len(buf) "\n" bytes, which it writes to buf: the line
// scanner's table (lineEnds) starts from them. They are written, not
// appended: a call to grow buf inside the loop made the compiler keep the
// loop's variables in memory, which cost more than finding the rest later.
//
// utf8.Valid and firstControl each went over every byte, and utf8.Valid's
// general decoding cost about 50 instructions per Chinese character: the
// two passes were most of the text reader's time. Here the characters of
// the three-byte block that holds the CJK ideographs and full-width forms
// (lead bytes E1-EC and EE-EF, whose second byte may be any continuation
// byte) are checked inline, two at a time where two follow each other;
// every other non-ASCII lead byte goes to utf8.DecodeRune, whose rules are
// utf8.Valid's. ASCII bytes are told apart by one table. FuzzScanText holds
// the result to firstControl, utf8.Valid, rewritesOf and the offsets of
// "\n".
func scanText(data []byte, buf []int) textScan {
	var rw rewrites
	n := 0 // newlines written to buf
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if k := asciiKind[c]; k != 0 {
				switch k {
				case asciiNewline:
					if n < len(buf) {
						buf[n] = i
						n++
					}
				case asciiControl:
					return textScan{ctrl: i, bad: -1}
				default:
					rw |= rewrites(k)
				}
			}
			i++
			continue
		}
		// Two such characters in a row, the usual case, are tested at
		// once on eight bytes read as a little-endian word: the lead
		// bytes 0 and 3 by the table, the continuation bytes 1, 2, 4 and
		// 5 by their top two bits (10xxxxxx); bytes 6 and 7 are left for
		// the next round. A pair with an EF lead (the table gives EF a bit
		// of its own) may hold a full-width digit.
		for i+8 <= len(data) {
			x := load64(data, i)
			if x&0xC0C000C0C000 != 0x808000808000 {
				break
			}
			k0, k1 := cjkLead[byte(x)], cjkLead[byte(x>>24)]
			if k0&k1 == 0 {
				break
			}
			if (k0|k1)&leadEF != 0 && (isWideDigitWord(x) || isWideDigitWord(x>>24)) {
				rw |= hasWideDigit
			}
			i += 6
		}
		if i == len(data) {
			break
		}
		if c = data[i]; c < utf8.RuneSelf {
			continue
		}
		// One of them, its two continuation bytes tested at once.
		if i+2 < len(data) && cjkLead[c] != 0 && (uint16(data[i+1])|uint16(data[i+2])<<8)&0xC0C0 == 0x8080 {
			if isWideDigit(data, i) {
				rw |= hasWideDigit
			}
			i += 3
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			// Not UTF-8 from here on: only a control byte can still
			// change decode's answer.
			if j := firstControl(data[i:]); j >= 0 {
				return textScan{ctrl: i + j, bad: -1}
			}
			return textScan{ctrl: -1, bad: i}
		}
		i += n
	}
	return textScan{ctrl: -1, bad: -1, rw: rw, newlines: buf[:n]}
}

// isWideDigitWord reports whether the three low bytes of x, in the order of
// load64, are a full-width digit: EF BC 9x with x at most 9.
func isWideDigitWord(x uint64) bool {
	return x&0xF0FFFF == 0x90BCEF && x>>16&0x0F <= 9
}

// asciiControl and asciiNewline mark, in asciiKind, the bytes plain text
// never holds and "\n".
const (
	asciiControl = 0x80
	asciiNewline = 0x40
)

// asciiKind classifies the bytes below 0x80 for scanText: asciiControl for
// the bytes isControl refuses, asciiNewline for "\n", hasCR for "\r",
// hasBracket for "[", 0 for the others.
var asciiKind = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		if isControl(rune(c)) {
			t[c] = asciiControl
		}
	}
	t['\n'], t['\r'], t['['] = asciiNewline, uint8(hasCR), uint8(hasBracket)
	return t
}()

// Lead byte kinds in cjkLead: every lead has leadPlain, and EF has leadEF
// too.
const (
	leadPlain = 1 // E1-EC, EE-EF
	leadEF    = 2 // EF: full-width forms, digits among them
)

// cjkLead marks the lead bytes E1-EC and EE-EF: the three-byte characters
// whose second byte may be any continuation byte (E0 and ED restrict it, to
// refuse overlong forms and surrogates). EF has a kind of its own, since
// canonical rewrites the full-width digits EF BC 90-99.
var cjkLead = func() (t [256]uint8) {
	for c := 0xE1; c <= 0xEF; c++ {
		if c != 0xED {
			t[c] = leadPlain
		}
	}
	t[0xEF] |= leadEF
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
