package values

import (
	"strings"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
)

// eof is returned by next and peek at the end of the input.
const eof = -1

// lexer scans one string for values. It is a small state machine in the
// manner of text/template/parse: pos is the next byte to read, next/peek/
// backup/accept move over runes, and each grammar rule is a method that
// either consumes its text and reports true or restores pos and reports
// false.
type lexer struct {
	s      string
	pos    int
	width  int // width of the last rune next returned, for backup
	base   int // offset of s in the text the values point into
	fiscal int // Options.Year
	// bare makes the lexer also emit unit-less ASCII numbers as candidates
	// (Kind ""), for the table stage to give them their column's unit.
	bare bool
	out  []Value
	// fresh is the offset right after a skipped line marker, where a value
	// may start even though a digit precedes it.
	fresh int
	// poll is asked at every value start and table cell; once its context
	// is done, the lexer reads no further (FromDocumentContext reports it).
	poll *document.Poll
}

// next returns the next rune and advances past it, or eof. ASCII (digits,
// points, signs) and the usual Chinese character are decoded here without a
// call (cjk.Decode3 is inlined), the rest by cjk.Decode.
func (l *lexer) next() rune {
	if l.pos >= len(l.s) {
		l.width = 0
		return eof
	}
	if c := l.s[l.pos]; c < utf8.RuneSelf {
		l.pos, l.width = l.pos+1, 1
		return rune(c)
	}
	if r, ok := cjk.Decode3(l.s, l.pos); ok {
		l.pos, l.width = l.pos+3, 3
		return r
	}
	r, w := cjk.Decode(l.s, l.pos)
	l.pos, l.width = l.pos+w, w
	return r
}

// peek returns the next rune without consuming it.
func (l *lexer) peek() rune {
	r := l.next()
	l.backup()
	return r
}

// backup steps back over the rune next just returned; once per next.
func (l *lexer) backup() {
	l.pos -= l.width
	l.width = 0
}

// accept consumes the next rune if it is one of valid.
func (l *lexer) accept(valid ...rune) bool {
	if r := l.next(); r != eof {
		for _, v := range valid {
			if v == r {
				return true
			}
		}
	}
	l.backup()
	return false
}

// acceptWord consumes w if the input continues with it.
func (l *lexer) acceptWord(w string) bool {
	if strings.HasPrefix(l.s[l.pos:], w) {
		l.pos += len(w)
		l.width = 0
		return true
	}
	return false
}

// acceptAny consumes the first of words the input continues with and
// returns its index, or -1. Longer words must come before their prefixes.
func (l *lexer) acceptAny(words []string) int {
	for i, w := range words {
		if l.acceptWord(w) {
			return i
		}
	}
	return -1
}

// prev returns the rune before byte offset at, or eof at the start.
func (l *lexer) prev(at int) rune {
	if at <= 0 {
		return eof
	}
	r, _ := cjk.DecodeLast(l.s, at)
	return r
}

// isDigit reports whether r is an ASCII digit (the canonical text has no
// full-width digits; Parse folds them first).
func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// isASCIIAlnum reports whether r is an ASCII letter or digit.
func isASCIIAlnum(r rune) bool {
	return isDigit(r) || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')
}

// acceptDigits consumes a run of ASCII digits and returns its length.
func (l *lexer) acceptDigits() int {
	n := cjk.Digits(l.s[l.pos:])
	l.pos += n
	l.width = 0
	return n
}

// skipBlanks consumes blanks (cjk.IsBlank).
func (l *lexer) skipBlanks() {
	for cjk.IsBlank(l.next()) {
	}
	l.backup()
}
