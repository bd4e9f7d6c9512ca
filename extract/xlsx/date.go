package xlsx

import (
	"math/big"
	"strconv"
	"strings"
	"time"
)

// A date is a serial number of days (ECMA-376 Part 1 §18.17.4): in the
// 1900 system (the default) serial 1 is 1900-01-01 and serial 60 the
// 29 February 1900 that never was (Lotus 1-2-3's leap year, kept by Excel),
// so from serial 61 on the day is 1899-12-30 plus the serial; serial 0
// shows as 1900-01-00. In the 1904 system (workbookPr date1904) serial 0 is
// 1904-01-01. The fraction is the time of day, shown to the second,
// rounded.

// civil is a date and time of day as a format shows it.
type civil struct {
	year, month, day  int
	hour, min, sec    int
	weekday           time.Weekday
	days              int64 // whole days of the serial, for [h]
	secondsOfDay, sub int   // sub: hundredths of a second, for ss.00
}

// serialDate converts a serial to a civil date, rounded to the second, or
// to the hundredth of a second when sub is set (a format showing ss.00);
// ok is false for a serial Excel cannot show as a date (negative, or past
// 9999-12-31).
func serialDate(x *big.Rat, date1904, sub bool) (civil, bool) {
	if x.Sign() < 0 || x.Cmp(big.NewRat(2958466, 1)) >= 0 {
		return civil{}, false
	}
	unit := int64(100) // hundredths of a second per step
	if !sub {
		unit = 1
	}
	steps := new(big.Rat).Mul(x, big.NewRat(86400*unit, 1))
	n, _ := strconv.ParseInt(roundScaled(steps, 0), 10, 64)
	if !sub {
		n *= 100
	}
	days, rest := n/8640000, int(n%8640000)
	c := civil{days: days, secondsOfDay: rest / 100, sub: rest % 100}
	c.hour, c.min, c.sec = c.secondsOfDay/3600, c.secondsOfDay/60%60, c.secondsOfDay%60
	var t time.Time
	switch {
	case date1904:
		t = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days))
	case days == 0:
		c.year, c.month, c.day, c.weekday = 1900, 1, 0, time.Saturday
		return c, true
	case days == 60:
		c.year, c.month, c.day, c.weekday = 1900, 2, 29, time.Wednesday
		return c, true
	case days < 60:
		t = time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days))
	default:
		t = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days))
	}
	c.year, c.month, c.day, c.weekday = t.Year(), int(t.Month()), t.Day(), t.Weekday()
	return c, true
}

var (
	monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
	dayNames   = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	dayNamesZH = [...]string{"日", "一", "二", "三", "四", "五", "六"}
)

// renderDate lays out x as a date or time in the section.
func (sec *section) renderDate(x *big.Rat, date1904 bool) (string, bool) {
	sub := false
	for _, t := range sec.tokens {
		sub = sub || t.kind == fDot
	}
	c, ok := serialDate(x, date1904, sub)
	if !ok {
		return "", false
	}
	ampm := false
	for _, t := range sec.tokens {
		if t.kind == fDate && (t.lit == "ampm" || t.lit == "a/p" || t.lit == "上午/下午") {
			ampm = true
		}
	}
	var b strings.Builder
	for i, t := range sec.tokens {
		switch t.kind {
		case fLit:
			b.WriteString(t.lit)
		case fDate:
			b.WriteString(c.field(t.lit, ampm))
		case fDot:
			// A fraction of a second after ss: ".0" or ".00".
			n := countDigits(sec.tokens[i+1:])
			if n == 0 {
				b.WriteByte('.')
				continue
			}
			b.WriteByte('.')
			sub := strconv.Itoa(100 + c.sub)[1:]
			b.WriteString(sub[:min(n, 2)])
		case fDigit:
			// consumed by the dot before it
		case fPercent:
			b.WriteByte('%')
		case fComma:
			b.WriteByte(',')
		}
	}
	return b.String(), true
}

func countDigits(ts []fmtToken) int {
	n := 0
	for n < len(ts) && ts[n].kind == fDigit {
		n++
	}
	return n
}

// field renders one date or time code.
func (c civil) field(code string, ampm bool) string {
	two := func(n int) string { return strconv.Itoa(100 + n)[1:] }
	hour := c.hour
	if ampm {
		hour = (hour+11)%12 + 1
	}
	switch code {
	case "yy":
		return two(c.year % 100)
	case "y", "yyy", "yyyy":
		return strconv.Itoa(c.year)
	case "m":
		return strconv.Itoa(c.month)
	case "mm":
		return two(c.month)
	case "mmm":
		return monthNames[c.month-1][:3]
	case "mmmmm":
		return monthNames[c.month-1][:1]
	case "d":
		return strconv.Itoa(c.day)
	case "dd":
		return two(c.day)
	case "ddd":
		return dayNames[c.weekday][:3]
	case "aaa":
		return dayNamesZH[c.weekday]
	case "aaaa":
		return "星期" + dayNamesZH[c.weekday]
	case "h":
		return strconv.Itoa(hour)
	case "hh":
		return two(hour)
	case "n":
		return strconv.Itoa(c.min)
	case "nn":
		return two(c.min)
	case "s":
		return strconv.Itoa(c.sec)
	case "ss":
		return two(c.sec)
	case "[h]":
		return strconv.FormatInt(c.days*24+int64(c.hour), 10)
	case "[m]":
		return strconv.FormatInt((c.days*24+int64(c.hour))*60+int64(c.min), 10)
	case "[s]":
		return strconv.FormatInt(c.days*86400+int64(c.secondsOfDay), 10)
	case "ampm":
		return pick(c.hour < 12, "AM", "PM")
	case "a/p":
		return pick(c.hour < 12, "A", "P")
	case "上午/下午":
		return pick(c.hour < 12, "上午", "下午")
	}
	switch {
	case strings.HasPrefix(code, "mmmm"):
		return monthNames[c.month-1]
	case strings.HasPrefix(code, "dddd"):
		return dayNames[c.weekday]
	case strings.HasPrefix(code, "y"):
		return strconv.Itoa(c.year)
	case strings.HasPrefix(code, "d"), strings.HasPrefix(code, "h"), strings.HasPrefix(code, "s"), strings.HasPrefix(code, "n"):
		return c.field(code[:2], ampm)
	case strings.HasPrefix(code, "a"):
		return c.field("aaaa", ampm)
	}
	return code
}

func pick(cond bool, a, b string) string {
	if cond {
		return a
	}
	return b
}
