package values

import "strconv"

// civil is a civil date with its precision: 1 year, 2 month, 3 day. noYear
// marks a month written without a year ("10月29日"), which takes the
// report's year.
type civil struct {
	y, m, d int
	prec    int
	noYear  bool
	dotted  bool // year.month with a point: a date only inside a period
}

// iso formats c as YYYY, YYYY-MM or YYYY-MM-DD; a date without a year when
// no report year is known is written --MM or --MM-DD.
func (c civil) iso() string {
	if c.prec == 1 && c.y >= minYear && c.y <= maxYear {
		return yearISO[c.y-minYear]
	}
	b := make([]byte, 0, 10)
	if c.y == 0 {
		b = append(b, '-', '-')
	} else {
		b = strconv.AppendInt(b, int64(c.y), 10)
	}
	if c.prec >= 2 {
		if c.y != 0 {
			b = append(b, '-')
		}
		b = append2(b, c.m)
	}
	if c.prec >= 3 {
		b = append(b, '-')
		b = append2(b, c.d)
	}
	return string(b)
}

// minYear and maxYear bound the years read (see year).
const minYear, maxYear = 1900, 2100

// yearISO holds the ISO text of each year read, made once rather than for
// every date (a report writes its year dozens of times).
var yearISO = func() []string {
	ys := make([]string, 0, maxYear-minYear+1)
	for y := minYear; y <= maxYear; y++ {
		ys = append(ys, strconv.Itoa(y))
	}
	return ys
}()

func append2(b []byte, n int) []byte {
	return append(b, byte('0'+n/10), byte('0'+n%10))
}

// daysIn returns the number of days of month m of year y (a year of 0, not
// known, allows 29 February).
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y == 0 || (y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// year reads a four-digit year from 1900 to 2100, in ASCII digits or as a
// Chinese digit string (二〇二三), not followed by another digit.
//
//	year := digit{4} | cnDigit{4}
func (l *lexer) year() (int, bool) {
	start := l.pos
	if k := l.acceptDigits(); k == 4 {
		y := atoiDigits(l.s[start:l.pos])
		if y >= minYear && y <= maxYear {
			return y, true
		}
	}
	l.pos = start
	y := 0
	for i := 0; i < 4; i++ {
		r := l.next()
		d, ok := cnDigit(r)
		if !ok || r == '两' || isFinancial(r) {
			l.pos = start
			return 0, false
		}
		y = y*10 + int(d)
	}
	if _, ok := cnDigit(l.peek()); ok || y < minYear || y > maxYear {
		l.pos = start
		return 0, false
	}
	return y, true
}

// small reads a month or day number from 1 to limit: one or two ASCII
// digits, or a Chinese numeral (十二, 三十一).
//
//	small := digit{1,2} | chinese
func (l *lexer) small(limit int) (int, bool) {
	start := l.pos
	if isDigit(l.peek()) {
		if k := l.acceptDigits(); k <= 2 {
			n := atoiDigits(l.s[start:l.pos])
			if n >= 1 && n <= limit {
				return n, true
			}
		}
		l.pos = start
		return 0, false
	}
	for i := 0; i < 3; i++ {
		r := l.next()
		if _, ok := cnDigit(r); !(ok || r == '十') || isFinancial(r) {
			l.backup()
			break
		}
	}
	if n, ok := cnInt(l.s[start:l.pos]); ok && n >= 1 && n <= int64(limit) {
		return int(n), true
	}
	l.pos = start
	return 0, false
}

// point reads one date.
//
//	point := year '年度'
//	       | year '年' (small '月' '份'? (small ('日'|'号'))?)?
//	       | year sep small (sep small)?     sep ∈ - / . , the same twice
//	       | small '月' '份'? (small ('日'|'号'))?
func (l *lexer) point() (civil, bool) {
	return l.pointAfter(l.yearAt())
}

// leadYear is what year reads at the start of a date: the year and the
// offset after it, if ok. The rules of a date all begin with a year or a
// month, so dateValue reads the year once for them all.
type leadYear struct {
	y, start, end int
	ok            bool
}

// yearAt reads a year at pos, as year does, and records it.
func (l *lexer) yearAt() leadYear {
	start := l.pos
	y, ok := l.year()
	return leadYear{y: y, start: start, end: l.pos, ok: ok}
}

// pointAfter is point, given what year reads at its start: pos is after
// the year if one was read there.
func (l *lexer) pointAfter(lead leadYear) (civil, bool) {
	start := lead.start
	if y := lead.y; lead.ok {
		if l.acceptWord("年度") {
			return civil{y: y, prec: 1}, true
		}
		if l.acceptWord("年") {
			mark := l.pos
			if c, ok := l.monthDay(); ok {
				c.y, c.noYear = y, false
				return c, true
			}
			l.pos = mark
			return civil{y: y, prec: 1}, true
		}
		if c, ok := l.numericDate(y); ok {
			return c, true
		}
		l.pos = start
		return civil{}, false
	}
	if c, ok := l.monthDay(); ok {
		c.y = l.fiscal
		if c.prec == 3 && c.d > daysIn(c.y, c.m) {
			l.pos = start // 2月29日 in a year that has none
			return civil{}, false
		}
		return c, true
	}
	l.pos = start
	return civil{}, false
}

// monthDay reads a month and an optional day.
//
//	monthDay := small '月' '份'? (small ('日'|'号'))?
func (l *lexer) monthDay() (civil, bool) {
	start := l.pos
	m, ok := l.small(12)
	if !ok || !l.acceptWord("月") {
		l.pos = start
		return civil{}, false
	}
	c := civil{m: m, prec: 2, noYear: true}
	if l.acceptWord("份") {
		return c, true
	}
	mark := l.pos
	if d, ok := l.small(31); ok && d <= daysIn(c.y, m) && (l.accept('日', '号')) {
		c.d, c.prec = d, 3
		return c, true
	}
	l.pos = mark
	return c, true
}

// numericDate reads the month and day after a year written with - / or .
//
//	numericDate := sep small (sep small)?
func (l *lexer) numericDate(y int) (civil, bool) {
	start := l.pos
	sep := l.next()
	if sep != '-' && sep != '/' && sep != '.' {
		l.pos = start
		return civil{}, false
	}
	m, ok := l.smallDigits(12)
	if !ok {
		l.pos = start
		return civil{}, false
	}
	c := civil{y: y, m: m, prec: 2, dotted: sep == '.'}
	mark := l.pos
	if l.next() == sep {
		if d, ok := l.smallDigits(daysIn(y, m)); ok {
			c.d, c.prec, c.dotted = d, 3, false
			return c, true
		}
	}
	l.pos = mark
	return c, true
}

// smallDigits is small restricted to ASCII digits.
func (l *lexer) smallDigits(limit int) (int, bool) {
	if !isDigit(l.peek()) {
		return 0, false
	}
	return l.small(limit)
}
