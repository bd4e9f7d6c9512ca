package values

import "github.com/jixiao-dev/jixiao/extract/internal/cjk"

// rangeSep reads a range separator, the word that joins the two ends of a
// range or period: - － ~ ～ – 至 到. A doubled dash (——, a placeholder) or
// an em dash is not one.
func (l *lexer) rangeSep() bool {
	start := l.pos
	switch l.next() {
	case '-', '－', '~', '～', '–', '至', '到': // rangeSeps, each one rune
	default:
		l.pos = start
		return false
	}
	if r := l.peek(); r == '—' || r == '-' {
		l.pos = start
		return false
	}
	return true
}

// dateValue reads a date or a period at pos and appends it, trying each
// rule in turn.
//
//	dateValue := year rangeSep year '年' '度'?                  (2023-2025年)
//	           | (year '年')? small rangeSep small '月' '份'?    (2023年1-12月)
//	           | point (rangeSep point)?                      (2023.1-2023.12)
//
// Every rule begins with a year, or with a month followed by 月 or a range
// separator: most numbers are neither, which is found first.
func (l *lexer) dateValue() bool {
	start := l.pos
	if k := cjk.Digits(l.s[start:]); k == 3 || k > 4 {
		return false // neither a year nor a month
	}
	if _, ok := l.year(); !ok {
		_, ok = l.small(12)
		ok = ok && (l.acceptWord("月") || l.rangeSep())
		if l.pos = start; !ok {
			return false
		}
	}
	l.pos = start
	if y1, ok := l.year(); ok && l.rangeSep() {
		if y2, ok := l.year(); ok && l.acceptWord("年") {
			l.acceptWord("度")
			return l.emitPeriod(start, civil{y: y1, prec: 1}, civil{y: y2, prec: 1})
		}
	}
	l.pos = start
	if a, b, ok := l.monthRange(); ok {
		return l.emitPeriod(start, a, b)
	}
	l.pos = start
	a, ok := l.point()
	if !ok {
		return false
	}
	mark := l.pos
	if l.rangeSep() {
		if b, ok := l.point(); ok && joinable(&a, &b) {
			return l.emitPeriod(start, a, b)
		}
	}
	l.pos = mark
	if a.dotted {
		l.pos = start
		return false
	}
	v := l.add(start, l.pos)
	v.Kind, v.ISO = Date, a.iso()
	return true
}

// monthRange reads a range of months, with their year or the report's.
//
//	monthRange := (year '年')? small rangeSep small '月' '份'?
func (l *lexer) monthRange() (civil, civil, bool) {
	start := l.pos
	y := l.fiscal
	if yy, ok := l.year(); ok && l.acceptWord("年") {
		y = yy
	} else {
		l.pos = start
	}
	m1, ok := l.small(12)
	if !ok || !l.rangeSep() {
		return civil{}, civil{}, false
	}
	m2, ok := l.small(12)
	if !ok || !l.acceptWord("月") || m2 < m1 {
		return civil{}, civil{}, false
	}
	l.acceptWord("份")
	return civil{y: y, m: m1, prec: 2}, civil{y: y, m: m2, prec: 2}, true
}

// joinable reports whether two points can bound a period, letting the end
// take the start's year when it has none (2023年1月至12月).
func joinable(a, b *civil) bool {
	if b.noYear && !a.noYear {
		b.y, b.noYear = a.y, false
	}
	if a.prec == 1 && b.prec != 1 {
		return false
	}
	return a.dotted == b.dotted || b.prec == 3
}

// emitPeriod appends the period [start, pos) from a to b.
func (l *lexer) emitPeriod(start int, a, b civil) bool {
	v := l.add(start, l.pos)
	v.Kind, v.From, v.To = Period, a.iso(), b.iso()
	return true
}
