package values

import "strings"

// numForm says how a number was written.
type numForm uint8

const (
	formArabic    numForm = iota + 1 // 179.52, 12,345.67
	formChinese                      // 三万五千, 一百零五, 三点五
	formFinancial                    // 壹佰贰拾叁 (any financial uppercase digit)
)

// num is one number as read. A multiplier written right after it (the 万 of
// 5万, the 千万 of 3千万, the last 万 of 五十万) is kept apart in mul so that
// a following 元 can take it as part of its unit (万元); value() folds it in.
type num struct {
	start, end int
	base       Decimal // the number before the trailing multiplier
	mul        string  // the trailing multiplier as written, or ""
	mulAt      int     // the offset of mul in the lexer's input
	exp        int     // the power of ten of mul
	form       numForm
	one        bool // the numeral is a lone 一 (often an article: 一个, 一项)
}

// value returns the number with its multiplier applied.
func (n num) value() Decimal { return n.base.Shift(n.exp) }

// mulExp returns the power of ten of a multiplier character.
func mulExp(r rune) int {
	switch r {
	case '十', '拾':
		return 1
	case '百', '佰':
		return 2
	case '千', '仟':
		return 3
	case '万', '萬':
		return 4
	case '亿', '億':
		return 8
	}
	return 0
}

// number reads a number at pos: arabic (with optional multipliers) or a
// Chinese numeral.
//
//	number := arabic | chinese
func (l *lexer) number() (num, bool) {
	if isDigit(l.peek()) {
		return l.arabic()
	}
	return l.chinese()
}

// arabic reads an ASCII number with optional thousands separators and
// decimals, and a trailing run of multipliers unless a unit starting with a
// multiplier character (千米, 千克, 百分点) follows.
//
//	arabic := digit{1,3} (sep digit{3})* ('.'|'．' digit+)? multiplier{0,3}
//	        | digit+ ('.'|'．' digit+)? multiplier{0,3}
//	sep    := ',' | '，'
func (l *lexer) arabic() (num, bool) {
	n := num{start: l.pos, form: formArabic}
	at := l.pos
	k := l.acceptDigits()
	d, ok := appendDigits(Decimal{ok: true}, l.s[at:l.pos], false)
	if !ok {
		return num{}, false
	}
	for k <= 3 {
		mark := l.pos
		if !l.accept(',', '，') {
			break
		}
		g := l.pos
		if l.acceptDigits() != 3 {
			l.pos = mark
			break
		}
		if d, ok = appendDigits(d, l.s[g:l.pos], false); !ok {
			return num{}, false
		}
	}
	if at := l.pos; l.accept('.', '．') {
		if !isDigit(l.peek()) {
			l.pos = at
		} else {
			f := l.pos
			l.acceptDigits()
			if d, ok = appendDigits(d, l.s[f:l.pos], true); !ok {
				return num{}, false
			}
		}
	}
	n.base = d
	l.multiplierRun(&n)
	n.end = l.pos
	return n, true
}

// appendDigits appends ASCII digits to a non-negative d, as appendDigit
// does one at a time. The usual digit is added here, without a call: one
// that needs a check for overflow (a coefficient of 18 digits or more, a
// scale at its limit) goes through appendDigit.
func appendDigits(d Decimal, digits string, frac bool) (Decimal, bool) {
	for i := 0; i < len(digits); i++ {
		digit := int64(digits[i] - '0')
		if d.coef < 0 || d.coef >= pow10[17] || (frac && d.scale == maxScale) {
			var ok bool
			if d, ok = d.appendDigit(digit, frac); !ok {
				return Decimal{}, false
			}
			continue
		}
		if frac {
			d.scale++
		}
		d.coef = d.coef*10 + digit
	}
	return d, true
}

// multiplierRun reads up to three multiplier characters after an arabic
// number (5万, 3千万, 1.2亿), unless they start a unit word, and sets them as
// n's multiplier.
//
//	multiplierRun := [十百千万亿]{0,3}
func (l *lexer) multiplierRun(n *num) {
	start, exp := l.pos, 0
	for i := 0; i < 3; i++ {
		r := l.next()
		if !isMultiplier(r) {
			l.backup()
			break
		}
		if (r == '千' || r == '百') && l.unitWordAt(l.pos-l.width) {
			l.backup()
			break
		}
		exp += mulExp(r)
	}
	n.mul, n.mulAt, n.exp = l.s[start:l.pos], start, exp
}

// unitText returns n's multiplier followed by the unit word s[from:to]. The
// two are adjacent in the input when both were read there (万元), and the
// unit is then sliced from the input instead of concatenated, which would
// allocate.
func (l *lexer) unitText(n num, from, to int) string {
	switch {
	case n.mul == "":
		return l.s[from:to]
	case n.mulAt+len(n.mul) == from:
		return l.s[n.mulAt:to]
	}
	return n.mul + l.s[from:to]
}

// isMultiplier reports whether r is a multiplier character written after a
// number: 十 百 千 万 亿 (not their financial forms).
func isMultiplier(r rune) bool {
	return r == '十' || r == '百' || r == '千' || r == '万' || r == '亿'
}

// unitWordAt reports whether a unit that begins with a multiplier character
// (千 or 百) is written at offset at: 千米, 千克, 百分点, 千瓦; 万元 is not one
// (万 scales 元).
func (l *lexer) unitWordAt(at int) bool {
	rest := l.s[at:]
	return strings.HasPrefix(rest, "千米") || strings.HasPrefix(rest, "千克") ||
		strings.HasPrefix(rest, "百分点") || strings.HasPrefix(rest, "千瓦")
}
