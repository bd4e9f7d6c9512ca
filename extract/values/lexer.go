package values

import "unicode/utf8"

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
	used int // the most values out has held, for scratch.release
	// fresh is the offset right after a skipped line marker, where a value
	// may start even though a digit precedes it.
	fresh int
	tab   *tableScratch // the table pass's working memory, made on first use if nil
}

// next returns the next rune and advances past it, or eof. ASCII and the
// usual Chinese character are decoded here without a call (see decode3).
func (l *lexer) next() rune {
	p := l.pos
	if p >= len(l.s) {
		l.width = 0
		return eof
	}
	r, w := rune(l.s[p]), 1
	if r >= utf8.RuneSelf {
		var ok bool
		if r, ok = decode3(l.s, p); ok {
			w = 3
		} else {
			r, w = utf8.DecodeRuneInString(l.s[p:])
		}
	}
	l.pos, l.width = p+w, w
	return r
}

// peek returns the next rune without consuming it, as next then backup
// would.
func (l *lexer) peek() rune {
	l.width = 0
	p := l.pos
	if p >= len(l.s) {
		return eof
	}
	if c := l.s[p]; c < utf8.RuneSelf {
		return rune(c)
	}
	if r, ok := decode3(l.s, p); ok {
		return r
	}
	r, _ := utf8.DecodeRuneInString(l.s[p:])
	return r
}

// backup steps back over the rune next just returned; once per next.
func (l *lexer) backup() {
	l.pos -= l.width
	l.width = 0
}

// accept consumes the next rune if it is one of valid. The sets are a few
// runes long: a loop over them costs less than strings.ContainsRune, and
// runes need no decoding, where a string of them would.
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

// hasPrefix is strings.HasPrefix for the lexer's word lists: it compares
// the last byte of w first, which turns away most other words (other
// Chinese characters share their lead byte, seldom their last) without the
// call that comparing two strings of unknown length makes.
func hasPrefix(s, w string) bool {
	n := len(w)
	return n == 0 || len(s) >= n && s[n-1] == w[n-1] && s[:n] == w
}

// acceptWord consumes w if the input continues with it.
func (l *lexer) acceptWord(w string) bool {
	if hasPrefix(l.s[l.pos:], w) {
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
	r, _ := decodeBefore(l.s, at)
	return r
}

// isDigit reports whether r is an ASCII digit (the canonical text has no
// full-width digits; Parse folds them first).
func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// isASCIIAlnum reports whether r is an ASCII letter or digit.
func isASCIIAlnum(r rune) bool {
	return isDigit(r) || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')
}

// digitsAt returns the length of the run of ASCII digits at offset at of s.
func digitsAt(s string, at int) int {
	i := at
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i - at
}

// atoiDigits returns the value of a short run of ASCII digits (a year, a
// month, a day).
func atoiDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// acceptDigits consumes a run of ASCII digits and returns its length.
func (l *lexer) acceptDigits() int {
	n := 0
	for l.pos < len(l.s) && l.s[l.pos] >= '0' && l.s[l.pos] <= '9' {
		l.pos++
		n++
	}
	l.width = 0
	return n
}

// skipSpaces consumes ASCII spaces, tabs and U+3000 (E3 80 80). It runs at
// every line start, so it compares bytes instead of decoding the rune there.
func (l *lexer) skipSpaces() {
	s, i := l.s, l.pos
	for i < len(s) {
		if c := s[i]; c == ' ' || c == '\t' {
			i++
		} else if c == 0xE3 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80 {
			i += 3
		} else {
			break
		}
	}
	l.pos, l.width = i, 0
}
