package values

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
func (l *lexer) dateValue() bool {
	return l.mayBeDate() && l.dateRules()
}

// dateRules tries each rule of a date or period in turn.
//
//	dateValue := year rangeSep year '年' '度'?          (2023-2025年)
//	           | monthRange                           (2023年1-12月)
//	           | point (rangeSep point)?              (2023.1-2023.12)
func (l *lexer) dateRules() bool {
	start := l.pos
	if a, b, ok := l.yearRange(); ok {
		return l.emitPeriod(start, a, b)
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
	l.emit(Value{Kind: Date, Start: start, End: l.pos, ISO: a.iso()})
	return true
}

// mayBeDate reports, without consuming anything, whether a date or period
// may start at pos: each rule of dateValue begins with a year, or with a
// month number followed by 月 (monthDay) or a range separator (monthRange).
// Most numbers are neither, and this test is cheaper than trying each rule.
func (l *lexer) mayBeDate() bool {
	if k := digitsAt(l.s, l.pos); k == 3 || k > 4 {
		return false // neither a year nor a month
	}
	start := l.pos
	if _, ok := l.year(); ok {
		l.pos = start
		return true
	}
	_, ok := l.small(12)
	ok = ok && (l.acceptWord("月") || l.rangeSep())
	l.pos = start
	return ok
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

// yearRange reads two years joined by a separator and followed by 年.
//
//	yearRange := year rangeSep year '年' '度'?
func (l *lexer) yearRange() (civil, civil, bool) {
	y1, ok := l.year()
	if !ok || !l.rangeSep() {
		return civil{}, civil{}, false
	}
	y2, ok := l.year()
	if !ok || !l.acceptWord("年") {
		return civil{}, civil{}, false
	}
	l.acceptWord("度")
	return civil{y: y1, prec: 1}, civil{y: y2, prec: 1}, true
}

// monthRange reads a range of months, with their year or the report's.
//
//	monthRange := (year '年')? small rangeSep small '月'
func (l *lexer) monthRange() (civil, civil, bool) {
	y, mark := l.fiscal, l.pos
	if yy, ok := l.year(); ok && l.acceptWord("年") {
		y = yy
	} else {
		l.pos = mark
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
	l.emit(Value{Kind: Period, Start: start, End: l.pos, From: a.iso(), To: b.iso()})
	return true
}
