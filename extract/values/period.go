package values

import "strings"

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

// dateValue reads a date or a period at pos and appends it.
//
// Each rule of a date or period begins with a year, or with a month number
// followed by 月 (monthDay) or a range separator (monthRange). Most numbers
// are neither, and that is found before trying each rule; the year, when
// there is one, is read once for all of them.
func (l *lexer) dateValue() bool {
	if k := digitsAt(l.s, l.pos); k == 3 || k > 4 {
		return false // neither a year nor a month
	}
	lead := l.yearAt()
	l.pos = lead.start
	if !lead.ok {
		_, ok := l.small(12)
		ok = ok && (l.acceptWord("月") || l.rangeSep())
		l.pos = lead.start
		if !ok {
			return false
		}
	}
	return l.dateRules(lead)
}

// dateRules tries each rule of a date or period in turn, at lead.start.
//
//	dateValue := year rangeSep year '年' '度'?          (2023-2025年)
//	           | monthRange                           (2023年1-12月)
//	           | point (rangeSep point)?              (2023.1-2023.12)
func (l *lexer) dateRules(lead leadYear) bool {
	start := lead.start
	if a, b, ok := l.yearRange(lead); ok {
		return l.emitPeriod(start, a, b)
	}
	l.pos = start
	if a, b, ok := l.monthRange(lead); ok {
		return l.emitPeriod(start, a, b)
	}
	if lead.ok {
		l.pos = lead.end
	} else {
		l.pos = start
	}
	a, ok := l.pointAfter(lead)
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

// yearRange reads two years joined by a separator and followed by 年; lead
// is the year at its start.
//
//	yearRange := year rangeSep year '年' '度'?
func (l *lexer) yearRange(lead leadYear) (civil, civil, bool) {
	if !lead.ok {
		return civil{}, civil{}, false
	}
	l.pos = lead.end
	if !l.rangeSep() {
		return civil{}, civil{}, false
	}
	y2, ok := l.year()
	if !ok || !l.acceptWord("年") {
		return civil{}, civil{}, false
	}
	l.acceptWord("度")
	return civil{y: lead.y, prec: 1}, civil{y: y2, prec: 1}, true
}

// monthRange reads a range of months, with their year or the report's; lead
// is the year at its start.
//
//	monthRange := (year '年')? small rangeSep small '月'
func (l *lexer) monthRange(lead leadYear) (civil, civil, bool) {
	y := l.fiscal
	if lead.ok && strings.HasPrefix(l.s[lead.end:], "年") {
		y, l.pos = lead.y, lead.end+len("年")
	} else {
		l.pos = lead.start
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

// emitPeriod appends the period [start, pos) from a to b.
func (l *lexer) emitPeriod(start int, a, b civil) bool {
	v := l.add(start, l.pos)
	v.Kind, v.From, v.To = Period, a.iso(), b.iso()
	return true
}
