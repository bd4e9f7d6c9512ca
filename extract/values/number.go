package values

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
)

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
	d, ok := appendDigits(NewDecimal(0, 0), l.s[at:l.pos], false)
	for ok && k <= 3 {
		mark := l.pos
		if !l.accept(',', '，') {
			break
		}
		g := l.pos
		if l.acceptDigits() != 3 {
			l.pos = mark
			break
		}
		d, ok = appendDigits(d, l.s[g:l.pos], false)
	}
	if at := l.pos; ok && l.accept('.', '．') {
		if !isDigit(l.peek()) {
			l.pos = at
		} else {
			f := l.pos
			l.acceptDigits()
			d, ok = appendDigits(d, l.s[f:l.pos], true)
		}
	}
	if !ok {
		return num{}, false
	}
	n.base = d
	l.multiplierRun(&n)
	n.end = l.pos
	return n, true
}

// appendDigits appends ASCII digits to a non-negative d, after the point
// when frac is set; false when the result does not fit.
func appendDigits(d Decimal, digits string, frac bool) (Decimal, bool) {
	for i := 0; i < len(digits); i++ {
		var ok bool
		if d, ok = d.appendDigit(int64(digits[i]-'0'), frac); !ok {
			return Decimal{}, false
		}
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
		exp += cjk.Power(r)
	}
	n.mul, n.mulAt, n.exp = l.s[start:l.pos], start, exp
}

// unitText returns n's multiplier followed by the unit word s[from:to]. The
// two are adjacent in the input when both were read there (万元), and the
// unit is then sliced from the input instead of concatenated.
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
	return cjk.Power(r) > 0 && !cjk.IsFinancial(r)
}

// unitWordAt reports whether a unit that begins with a multiplier character
// (千 or 百) is written at offset at: 千米, 千克, 百分点, 千瓦; 万元 is not one
// (万 scales 元).
func (l *lexer) unitWordAt(at int) bool {
	rest := l.s[at:]
	return strings.HasPrefix(rest, "千米") || strings.HasPrefix(rest, "千克") ||
		strings.HasPrefix(rest, "百分点") || strings.HasPrefix(rest, "千瓦")
}

// chinese reads a Chinese numeral, plain or financial uppercase (cjk.Int),
// with an optional decimal part. A lone 百/千/万/亿 is not a number (千家万户),
// only 十 may lead (十五); 〇 and consecutive digits are digit strings
// (years), read by the date rules instead.
//
//	chinese  := numeral ('点' digit+)?      numeral: a run of cjk.IsNumeral
func (l *lexer) chinese() (num, bool) {
	n := num{start: l.pos, form: formChinese}
	for r := l.next(); cjk.IsNumeral(r); r = l.next() {
		if cjk.IsFinancial(r) {
			n.form = formFinancial
		}
	}
	l.backup()
	run := l.s[n.start:l.pos]
	v, ok := cjk.Int(run)
	if run == "" || !ok {
		l.pos = n.start
		return num{}, false
	}
	n.base = NewDecimal(v, 0)
	n.one = run == "一" || run == "壹"
	if at := l.pos; l.acceptWord("点") {
		if d, ok := l.fraction(n.base); ok {
			n.base, n.one = d, false
		} else {
			l.pos = at
		}
	}
	if n.base.Places() == 0 {
		n.splitTrailing(run, n.start)
	} else {
		l.multiplierRun(&n) // 三点五万
	}
	n.end = l.pos
	return n, true
}

// fraction reads the digits after 点 and appends them to d.
//
//	fraction := digit+      (a Chinese digit, not 两)
func (l *lexer) fraction(d Decimal) (Decimal, bool) {
	k := 0
	for {
		r := l.next()
		v, ok := cjk.Digit(r)
		if !ok || cjk.IsLiang(r) {
			l.backup()
			return d, k > 0
		}
		if d, ok = d.appendDigit(int64(v), true); !ok {
			return Decimal{}, false
		}
		k++
	}
}

// splitTrailing keeps a final 万 or 亿 apart as the multiplier when nothing
// of its order or higher comes before it, so 五十万元 reads as 50 万元 like
// 50万元 does, while 三万五千元 stays 35000 元. The run starts at offset at.
func (n *num) splitTrailing(run string, at int) {
	last, size := cjk.DecodeLast(run, len(run))
	e := cjk.Power(last)
	if e < 4 {
		return
	}
	head := run[:len(run)-size]
	for _, r := range head {
		if cjk.Power(r) >= 4 {
			return
		}
	}
	v, ok := cjk.Int(head)
	if !ok {
		return
	}
	n.base, n.mul, n.mulAt, n.exp = NewDecimal(v, 0), run[len(head):], at+len(head), e
}
