package values

import "strings"

// run scans the whole input, appending every value to l.out.
//
//	text := (lineStart marker? | phone | value | other)*
func (l *lexer) run() {
	lineStart := true
	for l.pos < len(l.s) {
		if lineStart {
			l.skipSpaces()
			l.skipMarker()
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
	l.pos, l.width = scanStarts.index(l.s, l.pos), 0
	return l.pos >= len(l.s)
}

// canStart reports whether a value may begin with r at offset at: a digit
// not glued to a preceding ASCII word or number, a Chinese numeral not
// continuing a numeral, or an affix.
func (l *lexer) canStart(r rune, at int) bool {
	if !isDigit(r) && !isCnNumeral(r) && !isSign(r) {
		return prefixStart(r) && l.affixAt(r, at)
	}
	before := l.prev(at)
	if at == l.fresh {
		before = eof // right after a marker: "3.22023年度" starts a year
	}
	switch {
	case isDigit(r):
		return !isASCIIAlnum(before) && before != '.' && before != '．'
	case isCnNumeral(r):
		return !isCnNumeral(before)
	}
	return !isASCIIAlnum(before) // a sign
}

// scanStarts are the runes at which run looks further: a line break, the
// first rune of a phone word, and every rune canStart may accept.
var scanStarts = newRuneSet(func(r rune) bool {
	return r == '\n' || isPhoneStart(r) || isDigit(r) || isCnNumeral(r) || isSign(r) || prefixStart(r)
})

// isPhoneStart reports whether r is the first rune of a phone word.
func isPhoneStart(r rune) bool {
	return r == '电' || r == '手' || r == '传' || r == '热' || r == '座'
}

// isSign reports whether r is a sign a value may start with.
func isSign(r rune) bool { return r == '-' || r == '−' || r == '－' || r == '+' }

// affixWords are all the words prefixes reads, indexed by first rune in
// affixIndex.
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
	affixIndex = newWordIndex(len(affixWords), func(i int) string { return affixWords[i] })
)

// affixAt reports whether an affix word begins with r at offset at, so that
// the many common characters that only might start one (不, 大, 人 …) cost
// one look-up instead of a failed value.
func (l *lexer) affixAt(r rune, at int) bool {
	rest := l.s[at:]
	for _, i := range affixIndex.lookup(r) {
		if hasPrefix(rest, affixWords[i]) {
			return true
		}
	}
	return false
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
	case isCnNumeral(r):
		for isCnNumeral(l.next()) {
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

// skipMarker moves past a section or list marker at the start of a line:
// （一） (1) 1. 1． 1、 一、 一. 一， 第一章. A "1." followed by digits is a
// marker only when a year and 年 follow (1.2023年预算…; also the typo
// 3.22023年度…, where the year is the digits' last four), since 1.5万元 is a
// number.
//
//	marker := ('（'|'(') (digit+|cnNumeral) ('）'|')')
//	        | (digit{1,2}|cnNumeral) ('、'|'.'|'．'|'，'|',')   a comma not before a digit
func (l *lexer) skipMarker() {
	if r := l.peek(); r != '（' && r != '(' && !isDigit(r) && !isCnNumeral(r) {
		return // no marker starts with r
	}
	start := l.pos
	if l.accept('（', '(') {
		if l.acceptDigits() > 0 || l.acceptCn() {
			if l.accept('）', ')') {
				return
			}
		}
		l.pos = start
		return
	}
	if k := l.acceptDigits(); k > 0 && k <= 2 {
		if l.accept('、') || (l.accept('，', ',') && !isDigit(l.peek())) {
			return
		}
		if l.accept('.', '．') {
			l.markerDigits()
			return
		}
	} else if k == 0 && l.acceptCn() && l.accept('、', '.', '．', '，', ',') {
		return
	}
	l.pos = start
}

// markerDigits decides, after "N.", whether the digits that follow are
// part of a decimal (restore to the marker start) or text after the marker.
func (l *lexer) markerDigits() {
	if !isDigit(l.peek()) {
		return
	}
	at := l.pos
	k := l.acceptDigits()
	end := l.pos
	if !strings.HasPrefix(l.s[end:], "年") || k < 4 {
		l.pos = findLineMarkerStart(l.s, at)
		return
	}
	l.pos = end - 4
	if _, ok := l.year(); !ok {
		l.pos = findLineMarkerStart(l.s, at)
		return
	}
	l.pos = end - 4
}

// findLineMarkerStart returns the start of the "N." before offset at (the
// marker was not one: 1.5万元 is read as a number).
func findLineMarkerStart(s string, at int) int {
	i := at - 1 // the point
	if strings.HasSuffix(s[:at], "．") {
		i = at - len("．")
	}
	for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
		i--
	}
	return i
}

// acceptCn consumes a run of Chinese numeral characters.
func (l *lexer) acceptCn() bool {
	start := l.pos
	for isCnNumeral(l.next()) {
	}
	l.backup()
	return l.pos > start
}
