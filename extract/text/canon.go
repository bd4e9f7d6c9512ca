package text

import (
	"strings"

	"jixiao/extract/document"
)

// bookmarkOpen starts the "[bookmark: NAME]" artefact that DOCX-to-text
// converters leave where Word had a bookmark.
const bookmarkOpen = "[bookmark: "

// canonical rewrites decoded text into the canonical text: "\r\n" and lone
// "\r" become "\n", "[bookmark: …]" markers closed on their line are removed,
// and document.Canon is applied. Text with nothing to rewrite is returned
// without a copy.
func canonical(s string) string {
	if strings.IndexByte(s, '\r') >= 0 || strings.Contains(s, bookmarkOpen) {
		s = rewriteLines(s)
	}
	if !hasFullWidthDigit(s) {
		return s
	}
	return document.Canon(s)
}

// hasFullWidthDigit reports whether s holds one of the full-width digits
// ０-９ (U+FF10-U+FF19) that document.Canon rewrites. It looks for their
// UTF-8 form, EF BC 90-99, with IndexByte, instead of decoding every rune as
// Canon's own test does; Chinese text holds EF only in full-width forms, so
// the scan is short. The answer is the same for any s (FuzzFullWidthDigit):
// no other character's encoding holds those three bytes, and EF cannot
// continue a character, so decoding always starts afresh at it.
func hasFullWidthDigit(s string) bool {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], 0xEF)
		if j < 0 {
			return false
		}
		i += j
		if i+2 < len(s) && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99 {
			return true
		}
		i++
	}
}

// rewriteLines does the line-end and bookmark rewriting of canonical in one
// pass over s.
func rewriteLines(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	// open is where the line of the last unclosed marker ends: markers
	// before it are unclosed too, which keeps a long line of them linear.
	open := -1
	// cr and br are the next "\r" and "[" at or after i (len(s) when
	// there is none), each found by IndexByte, which is much faster than
	// IndexAny's byte-by-byte set test, and looked for again only once i
	// has passed it.
	cr, br := -1, -1
	for i := 0; i < len(s); {
		if cr < i {
			cr = nextByte(s, i, '\r')
		}
		if br < i {
			br = nextByte(s, i, '[')
		}
		j := min(cr, br)
		if j == len(s) {
			b.WriteString(s[i:])
			break
		}
		b.WriteString(s[i:j])
		i = j
		switch {
		case s[i] == '\r':
			b.WriteByte('\n')
			i++
			if i < len(s) && s[i] == '\n' {
				i++
			}
		case i >= open && strings.HasPrefix(s[i:], bookmarkOpen):
			n, closed := bookmarkLen(s[i:])
			if closed {
				i += n
				continue
			}
			open = i + n
			b.WriteByte('[')
			i++
		default:
			b.WriteByte('[')
			i++
		}
	}
	return b.String()
}

// bookmarkLen returns the length of the bookmark marker at the start of s up
// to and including its "]", and true; or, when the line ends before a "]",
// the length up to the end of the line, and false.
func bookmarkLen(s string) (int, bool) {
	rest := s[len(bookmarkOpen):]
	j := strings.IndexAny(rest, "]\n\r")
	switch {
	case j < 0:
		return len(s), false
	case rest[j] != ']':
		return len(bookmarkOpen) + j, false
	}
	return len(bookmarkOpen) + j + 1, true
}

// nextByte returns the offset of the first c in s at or after i, or len(s).
func nextByte(s string, i int, c byte) int {
	if j := strings.IndexByte(s[i:], c); j >= 0 {
		return i + j
	}
	return len(s)
}
