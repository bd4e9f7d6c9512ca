package text

import (
	"bytes"
	"strings"
)

// bookmarkOpen starts the "[bookmark: NAME]" artefact that DOCX-to-text
// converters leave where Word had a bookmark.
const bookmarkOpen = "[bookmark: "

// canonical returns the canonical text of d: "\r\n" and lone "\r" become
// "\n", "[bookmark: …]" markers closed on their line are removed, and
// full-width digits become ASCII digits (document.Canon). d.rw says which of
// these d.text may need (see rewritesOf). The text is always a copy of
// d.text, which may be the caller's input, made once: rewritten as it is
// copied, or copied as it is.
//
// It also returns the offsets of the text's first "\n" bytes: d.newlines,
// moved in place by the bytes removed before each, or none when a "\r" was
// rewritten (a lone one makes a "\n" of its own).
func canonical(d decoded) (string, []int) {
	b, rw, newlines := d.text, d.rw, d.newlines
	if rw&hasBracket != 0 && !bytes.Contains(b, []byte(bookmarkOpen)) {
		rw &^= hasBracket
	}
	switch {
	case rw == 0:
		return string(b), newlines
	case rw&hasCR != 0:
		return rewrite(b, rw, nil), newlines[:0]
	}
	return rewrite(b, rw, newlines), newlines
}

// rewritesOf returns the rewrites canonical may have to make in b: a "\r",
// a "[", a full-width digit. decode has them from scanText for UTF-8 input;
// text decoded from UTF-16 or GB18030 is looked at here.
func rewritesOf(b []byte) rewrites {
	var rw rewrites
	if bytes.IndexByte(b, '\r') >= 0 {
		rw |= hasCR
	}
	if bytes.IndexByte(b, '[') >= 0 {
		rw |= hasBracket
	}
	if hasFullWidthDigit(b) {
		rw |= hasWideDigit
	}
	return rw
}

// hasFullWidthDigit reports whether b holds one of the full-width digits
// ０-９ (U+FF10-U+FF19) that document.Canon rewrites. It looks for their
// UTF-8 form, EF BC 90-99, with IndexByte, instead of decoding every rune as
// Canon's own test does; Chinese text holds EF only in full-width forms, so
// the scan is short. The answer is the same for any b (FuzzFullWidthDigit):
// no other character's encoding holds those three bytes, and EF cannot
// continue a character, so decoding always starts afresh at it.
func hasFullWidthDigit(b []byte) bool {
	for i := 0; ; {
		j := bytes.IndexByte(b[i:], 0xEF)
		if j < 0 {
			return false
		}
		i += j
		if isWideDigit(b, i) {
			return true
		}
		i++
	}
}

// isWideDigit reports whether b holds a full-width digit at i.
func isWideDigit(b []byte, i int) bool {
	return i+2 < len(b) && b[i] == 0xEF && b[i+1] == 0xBC && b[i+2] >= 0x90 && b[i+2] <= 0x99
}

// rewrite makes canonical's rewrites named by rw in one pass over b, which
// is valid UTF-8: there a full-width digit's bytes are that digit. It moves
// newlines, offsets of "\n" bytes in b, to where those bytes are in the
// text it returns; a rewrite of "\r" would make new ones, and is called
// without.
func rewrite(b []byte, rw rewrites, newlines []int) string {
	var out strings.Builder
	out.Grow(len(b))
	// open is where the line of the last unclosed marker ends: markers
	// before it are unclosed too, which keeps a long line of them linear.
	open := -1
	// cr, br and ef are the next "\r", "[" and EF byte at or after i
	// (len(b) when there is none, more when rw says there is nothing to
	// rewrite with that byte), each found by IndexByte, which is much faster
	// than IndexAny's byte-by-byte set test, and looked for again only once
	// i has passed it.
	cr, br, ef := next(rw, hasCR), next(rw, hasBracket), next(rw, hasWideDigit)
	// removed bytes of b are gone before i; newlines[:nl] are moved.
	removed, nl := 0, 0
	for i := 0; i < len(b); {
		if cr < i {
			cr = nextByte(b, i, '\r')
		}
		if br < i {
			br = nextByte(b, i, '[')
		}
		if ef < i {
			ef = nextByte(b, i, 0xEF)
		}
		j := min(cr, br, ef)
		if j >= len(b) {
			out.Write(b[i:])
			break
		}
		out.Write(b[i:j])
		for ; nl < len(newlines) && newlines[nl] < j; nl++ {
			newlines[nl] -= removed
		}
		i = j
		switch {
		case b[i] == '\r':
			out.WriteByte('\n')
			i++
			if i < len(b) && b[i] == '\n' {
				i++
			}
		case b[i] == 0xEF:
			if isWideDigit(b, i) {
				out.WriteByte('0' + b[i+2] - 0x90)
				i += 3
				removed += 2
				continue
			}
			out.WriteByte(b[i])
			i++
		case i >= open && bytes.HasPrefix(b[i:], []byte(bookmarkOpen)):
			n, closed := bookmarkLen(b[i:])
			if closed {
				// A marker closed on its line holds no "\n".
				i += n
				removed += n
				continue
			}
			open = i + n
			out.WriteByte('[')
			i++
		default:
			out.WriteByte('[')
			i++
		}
	}
	for ; nl < len(newlines); nl++ {
		newlines[nl] -= removed
	}
	return out.String()
}

// next returns where rewrite first expects the byte of rewrite r: before
// the text, so that it is looked for at once, when rw holds r; else past
// any text, so that it never is.
func next(rw, r rewrites) int {
	if rw&r != 0 {
		return -1
	}
	return int(^uint(0) >> 1)
}

// bookmarkLen returns the length of the bookmark marker at the start of b up
// to and including its "]", and true; or, when the line ends before a "]",
// the length up to the end of the line, and false.
func bookmarkLen(b []byte) (int, bool) {
	rest := b[len(bookmarkOpen):]
	j := bytes.IndexAny(rest, "]\n\r")
	switch {
	case j < 0:
		return len(b), false
	case rest[j] != ']':
		return len(bookmarkOpen) + j, false
	}
	return len(bookmarkOpen) + j + 1, true
}

// nextByte returns the offset of the first c in b at or after i, or len(b).
func nextByte(b []byte, i int, c byte) int {
	if j := bytes.IndexByte(b[i:], c); j >= 0 {
		return i + j
	}
	return len(b)
}
