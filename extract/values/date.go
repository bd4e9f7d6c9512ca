package values

import (
	"strconv"

	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
)

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

// year reads a four-digit year from cjk.MinYear to cjk.MaxYear, in ASCII
// digits or as a Chinese digit string (二〇二三), not followed by another
// digit.
//
//	year := digit{4} | cnDigit{4}      (cnDigit: cjk.Digit, not 两, not financial)
func (l *lexer) year() (int, bool) {
	start := l.pos
	if k := l.acceptDigits(); k == 4 {
		y := cjk.Atoi(l.s[start:l.pos])
		if y >= cjk.MinYear && y <= cjk.MaxYear {
			return y, true
		}
	}
	l.pos = start
	y := 0
	for i := 0; i < 4; i++ {
		r := l.next()
		d, ok := cjk.Digit(r)
		if !ok || cjk.IsLiang(r) || cjk.IsFinancial(r) {
			l.pos = start
			return 0, false
		}
		y = y*10 + d
	}
	if _, ok := cjk.Digit(l.peek()); ok || y < cjk.MinYear || y > cjk.MaxYear {
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
			n := cjk.Atoi(l.s[start:l.pos])
			if n >= 1 && n <= limit {
				return n, true
			}
		}
		l.pos = start
		return 0, false
	}
	for i := 0; i < 3; i++ {
		r := l.next()
		if _, ok := cjk.Digit(r); !(ok || r == '十') || cjk.IsFinancial(r) {
			l.backup()
			break
		}
	}
	if n, ok := cjk.Int(l.s[start:l.pos]); ok && n >= 1 && n <= int64(limit) {
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
	start := l.pos
	if y, ok := l.year(); ok {
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
