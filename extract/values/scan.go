package values

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
)

// run scans the whole input, appending every value to l.out.
//
//	text := (lineStart marker? | phone | value | other)*
func (l *lexer) run() {
	lineStart := true
	for l.pos < len(l.s) && l.poll.Err() == nil {
		if lineStart {
			l.skipBlanks()
			if m, ok := cjk.ScanMarker(l.s[l.pos:]); ok {
				l.pos += m.Len // a marker is no value: 1. （一） 3、
			}
			l.fresh = l.pos
			lineStart = false
			continue
		}
		if l.skipQuiet() {
			return
		}
		at := l.pos
		r := l.next()
		switch {
		case r == '\n':
			lineStart = true
			continue
		case isPhoneStart(r):
			l.pos = at
			if !l.skipPhone() {
				l.pos = at + l.width
			}
			continue
		case !l.canStart(r, at):
			continue
		}
		l.pos = at
		if l.measure(at) {
			continue
		}
		l.pos = at
		l.skipRun()
	}
}

// skipQuiet moves past the runes that are not in scanStarts, which are most
// of a report's text, and reports whether it reached the end.
func (l *lexer) skipQuiet() bool {
	l.pos, l.width = scanStarts.Index(l.s, l.pos), 0
	return l.pos >= len(l.s)
}

// canStart reports whether a value may begin with r at offset at: a digit
// not glued to a preceding ASCII word or number, a Chinese numeral not
// continuing a numeral, or an affix.
func (l *lexer) canStart(r rune, at int) bool {
	if !isDigit(r) && !cjk.IsNumeral(r) && !isSign(r) {
		return l.affixAt(at)
	}
	before := l.prev(at)
	if at == l.fresh {
		before = eof // right after a marker: "3.22023年度" starts a year
	}
	switch {
	case isDigit(r):
		return !isASCIIAlnum(before) && before != '.' && before != '．'
	case cjk.IsNumeral(r):
		return !cjk.IsNumeral(before)
	}
	return !isASCIIAlnum(before) // a sign
}

// scanStarts are the runes at which run looks further: a line break, the
// first rune of a phone word, and every rune canStart may accept.
var scanStarts = cjk.NewSet("\n", "电手传热座", "0123456789", "-−－+", firstChars(affixWords)).Union(cjk.Numerals)

// isPhoneStart reports whether r is the first rune of a phone word.
func isPhoneStart(r rune) bool {
	return r == '电' || r == '手' || r == '传' || r == '热' || r == '座'
}

// isSign reports whether r is a sign a value may start with.
func isSign(r rune) bool { return r == '-' || r == '−' || r == '－' || r == '+' }

// affixWords are all the words prefixes reads, indexed by first character
// in affixIndex.
var (
	affixWords = func() []string {
		var ws []string
		for _, w := range opPrefixes {
			ws = append(ws, w.w)
		}
		ws = append(ws, approxPrefixes...)
		ws = append(ws, currencies...)
		return append(ws, signs...)
	}()
	affixIndex = cjk.NewWords(affixWords...)
)

// affixAt reports whether an affix word begins at offset at.
func (l *lexer) affixAt(at int) bool {
	for _, i := range affixIndex.At(l.s, at) {
		if strings.HasPrefix(l.s[at:], affixWords[i]) {
			return true
		}
	}
	return false
}

// firstChars returns the first character of each word.
func firstChars(words []string) string {
	var b strings.Builder
	for _, w := range words {
		r, _ := cjk.Decode(w, 0)
		b.WriteRune(r)
	}
	return b.String()
}

// skipRun moves past the number that failed to make a value at pos, so that
// none of its tail is read on its own ("2080505" is not "080505", "第十五"
// is not "十五"). Any other rune is skipped alone.
func (l *lexer) skipRun() {
	r := l.next()
	switch {
	case isDigit(r):
		for {
			r := l.next()
			if !(isDigit(r) || r == '.' || r == ',' || isASCIIAlnum(r)) {
				l.backup()
				return
			}
		}
	case cjk.IsNumeral(r):
		for cjk.IsNumeral(l.next()) {
		}
		l.backup()
	}
}

// phoneWords introduce telephone numbers.
var phoneWords = []string{"联系电话", "电话", "手机", "传真", "热线", "座机"}

// skipPhone moves past a telephone keyword and the number after it.
//
//	phone := phoneWord ('号码')? [：: ]* [0-9()（）+\- ]+
func (l *lexer) skipPhone() bool {
	if l.acceptAny(phoneWords) < 0 {
		return false
	}
	l.acceptWord("号码")
	for l.accept(':', '：', ' ', '\u3000') {
	}
	for {
		r := l.next()
		if !(isDigit(r) || strings.ContainsRune("-－—()（）+ 、/,，转", r)) {
			l.backup()
			return true
		}
	}
}
