package review

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/schema"
)

// spanError says that a span of the report does not fit the text.
type spanError struct {
	what       string // which span: "value 12", "check 3 span 2" …
	start, end int
	textLen    int
	reason     string
}

func (e *spanError) Error() string {
	return fmt.Sprintf("review: %s span %d-%d %s (the text has %d bytes); is the text the one the report was made from?",
		e.what, e.start, e.end, e.reason, e.textLen)
}

// fits reports whether s lies within text, start <= end, on character
// boundaries; when it does not, it records the first such error in b.err,
// naming the span with what() (a func, so that a name is made only for a
// span that does not fit).
func (b *builder) fits(s schema.Span, what func() string) bool {
	reason := ""
	switch {
	case s.Start < 0 || s.End < s.Start:
		reason = "is not a range"
	case s.End > len(b.text):
		reason = "ends past the text"
	case !boundary(b.text, s.Start) || !boundary(b.text, s.End):
		reason = "cuts a UTF-8 character"
	default:
		return true
	}
	if b.err == nil {
		b.err = &spanError{what: what(), start: s.Start, end: s.End, textLen: len(b.text), reason: reason}
	}
	return false
}

// fitsPtr is fits for an optional span; a nil span fits.
func (b *builder) fitsPtr(s *schema.Span, what func() string) bool {
	return s == nil || b.fits(*s, what)
}

// boundary reports whether offset i of text starts a character (or is the
// end of the text).
func boundary(text string, i int) bool {
	return i == len(text) || utf8.RuneStart(text[i])
}

// invalidUTF8 is the offset of the first byte of text that is not part of
// a UTF-8 character, -1 when there is none. The page's script counts a
// span's bytes in the characters it shows, which only UTF-8 text allows.
func invalidUTF8(text string) int {
	if utf8.ValidString(text) {
		return -1
	}
	for i, r := range text {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(text[i:]); n == 1 {
				return i
			}
		}
	}
	return -1
}

// attr writes a span as the value of a data-s attribute: "START-END".
func attr(s schema.Span) string {
	return strconv.Itoa(s.Start) + "-" + strconv.Itoa(s.End)
}

// attrList writes spans as the value of a data-spans attribute, separated by
// spaces.
func attrList(spans []schema.Span) string {
	var sb strings.Builder
	for i, s := range spans {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(attr(s))
	}
	return sb.String()
}

// snippet is the text at a span for a link's label, cut to max runes with
// an ellipsis and with line breaks and tabs shown as spaces.
func snippet(text string, s schema.Span, max int) string {
	t := text[s.Start:s.End]
	n := 0
	for i := range t {
		if n == max {
			t = t[:i] + "…"
			break
		}
		n++
	}
	return strings.Join(strings.Fields(t), " ")
}
