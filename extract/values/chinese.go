package values

import "unicode/utf8"

// cnDigit returns the value of a Chinese digit, plain or financial
// uppercase, and whether r is one. 〇 and 零 are zero, 两 is two.
func cnDigit(r rune) (int64, bool) {
	switch r {
	case '零', '〇':
		return 0, true
	case '一', '壹':
		return 1, true
	case '二', '两', '贰', '貳':
		return 2, true
	case '三', '叁', '參':
		return 3, true
	case '四', '肆':
		return 4, true
	case '五', '伍':
		return 5, true
	case '六', '陆', '陸':
		return 6, true
	case '七', '柒':
		return 7, true
	case '八', '捌':
		return 8, true
	case '九', '玖':
		return 9, true
	}
	return 0, false
}

// isFinancial reports whether r is a financial uppercase numeral character.
func isFinancial(r rune) bool {
	switch r {
	case '壹', '贰', '貳', '叁', '參', '肆', '伍', '陆', '陸', '柒', '捌', '玖', '拾', '佰', '仟', '萬', '億':
		return true
	}
	return false
}

// isCnNumeral reports whether r can be part of a Chinese numeral.
func isCnNumeral(r rune) bool { return cnNumerals.has(r) }

// cnNumerals are the digits and multipliers of Chinese numerals.
var cnNumerals = newRuneSet(func(r rune) bool {
	_, ok := cnDigit(r)
	return ok || mulExp(r) > 0
})

// chinese reads a Chinese numeral, plain or financial uppercase, with an
// optional decimal part. A lone 百/千/万/亿 is not a number (千家万户), only
// 十 may lead (十五); 〇 and consecutive digits are digit strings (years),
// read by the date rules instead.
//
//	chinese  := cnInt ('点' cnDigit+)?
//	cnInt    := (cnDigit | unit | '零')+   evaluated positionally
func (l *lexer) chinese() (num, bool) {
	n := num{start: l.pos, form: formChinese}
	runStart := l.pos
	for {
		r := l.next()
		if r == eof || !isCnNumeral(r) {
			l.backup()
			break
		}
		if isFinancial(r) {
			n.form = formFinancial
		}
	}
	run := l.s[runStart:l.pos]
	if run == "" {
		return num{}, false
	}
	v, ok := cnInt(run)
	if !ok {
		l.pos = runStart
		return num{}, false
	}
	n.base = NewDecimal(v, 0)
	n.one = run == "一" || run == "壹"
	if at := l.pos; l.acceptWord("点") {
		d, ok := l.cnFraction(n.base)
		if !ok {
			l.pos = at
		} else {
			n.base, n.one = d, false
		}
	}
	if n.base.Places() == 0 {
		n.splitTrailing(run, runStart)
	} else {
		l.multiplierRun(&n) // 三点五万
	}
	n.end = l.pos
	return n, true
}

// cnFraction reads the digits after 点 and appends them to d.
//
//	cnFraction := cnDigit+
func (l *lexer) cnFraction(d Decimal) (Decimal, bool) {
	k := 0
	for {
		r := l.next()
		v, ok := cnDigit(r)
		if !ok || r == '两' {
			l.backup()
			break
		}
		if d, ok = d.appendDigit(v, true); !ok {
			return Decimal{}, false
		}
		k++
	}
	return d, k > 0
}

// splitTrailing keeps a final 万 or 亿 apart as the multiplier when nothing
// of its order or higher comes before it, so 五十万元 reads as 50 万元 like
// 50万元 does, while 三万五千元 stays 35000 元. The run starts at offset at.
func (n *num) splitTrailing(run string, at int) {
	last, size := lastRune(run)
	e := mulExp(last)
	if e < 4 {
		return
	}
	head := run[:len(run)-size]
	for _, r := range head {
		if mulExp(r) >= 4 {
			return
		}
	}
	v, ok := cnInt(head)
	if !ok {
		return
	}
	n.base, n.mul, n.mulAt, n.exp = NewDecimal(v, 0), run[len(head):], at+len(head), e
}

// cnInt evaluates a positional Chinese integer: 十五 15, 一百零五 105,
// 两千 2000, 三万五千 35000, 一千零一十 1010, 一亿五千万 150000000, and the
// spoken abbreviations 一千五 1500 and 三万五 35000. It rejects digit strings
// (一二, 二〇二三), a leading 百/千/万/亿 and anything over 10^16.
func cnInt(run string) (int64, bool) {
	var total, section, digit int64
	haveDigit, leading := false, true
	lastExp, afterUnit := 0, false
	for _, r := range run {
		if d, ok := cnDigit(r); ok {
			if haveDigit && digit != 0 {
				return 0, false // two digits in a row: a digit string
			}
			if r == '〇' {
				return 0, false
			}
			digit, haveDigit, leading = d, true, false
			continue
		}
		e := mulExp(r)
		switch {
		case e < 4:
			if !haveDigit {
				if !leading || e != 1 {
					return 0, false
				}
				digit = 1
			}
			if digit == 0 {
				return 0, false // 零十
			}
			section += digit * pow10[e]
		default:
			section += digit
			if section == 0 {
				return 0, false
			}
			if e == 4 {
				total += section * pow10[4]
			} else {
				total = (total + section) * pow10[8]
			}
			section = 0
		}
		if total > pow10[16] {
			return 0, false
		}
		digit, haveDigit, leading = 0, false, false
		lastExp, afterUnit = e, true
	}
	if haveDigit && afterUnit && lastExp >= 2 && !endsZeroDigit(run) {
		digit *= pow10[lastExp-1] // 一千五: the digit counts in the next lower place
	}
	return total + section + digit, true
}

// endsZeroDigit reports whether a 零 comes right before the last digit of
// run (一千零五: the 五 is units, not hundreds).
func endsZeroDigit(run string) bool {
	last, size := lastRune(run)
	if _, ok := cnDigit(last); !ok {
		return false
	}
	before, _ := lastRune(run[:len(run)-size])
	return before == '零'
}

// lastRune returns the last rune of s and its width.
func lastRune(s string) (rune, int) { return utf8.DecodeLastRuneInString(s) }
