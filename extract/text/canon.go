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
	return document.Canon(s)
}

// rewriteLines does the line-end and bookmark rewriting of canonical in one
// pass over s.
func rewriteLines(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	// open is where the line of the last unclosed marker ends: markers
	// before it are unclosed too, which keeps a long line of them linear.
	open := -1
	for i := 0; i < len(s); {
		j := strings.IndexAny(s[i:], "\r[")
		if j < 0 {
			b.WriteString(s[i:])
			break
		}
		b.WriteString(s[i : i+j])
		i += j
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
