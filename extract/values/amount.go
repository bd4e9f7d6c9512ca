package values

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
)

// amountUnit reads the unit of an amount after n.
//
//	amountUnit := ('元'|'圆') jiaoFen? ('整'|'正')?
//	            | '角' (digit '分')?          after a whole number in digits or
//	                                        financial uppercase (三角 is a shape)
func (l *lexer) amountUnit(n num) (measured, bool) {
	start := l.pos
	if l.acceptAny([]string{"元", "圆"}) >= 0 {
		r := l.peek()
		if r == '旦' || r == '素' || r == '件' || r == '器' {
			l.pos = start
			return measured{}, false
		}
		m := measured{kind: Amount, number: n.base, unit: l.unitText(n, start, l.pos), canon: "元", exp: n.exp}
		if frac, ok := l.jiaoFen(); ok {
			if n.base.Sign() < 0 {
				frac = frac.Neg()
			}
			// 壹拾万元贰角: the 角 counts in 元, so the whole is in 元.
			m.number, m.unit, m.exp = n.value().Add(frac), l.s[start:start+len("元")], 0
		}
		l.acceptAny([]string{"整", "正"})
		return m, true
	}
	if n.mul != "" || n.form == formChinese || n.base.Places() != 0 {
		return measured{}, false
	}
	if !l.acceptWord("角") {
		return measured{}, false
	}
	m := measured{kind: Amount, number: n.base, unit: "角", canon: "元", exp: -1}
	mark := l.pos
	if d, ok := l.oneDigit(); ok && l.acceptWord("分") {
		m.number = n.base.Add(NewDecimal(d, 1))
		return m, true
	}
	l.pos = mark
	return m, true
}

// jiaoFen reads the 角 and 分 after 元 and returns them as a fraction of a
// 元 (肆角伍分 → 0.45).
//
//	jiaoFen := '零'? (digit '角')? '零'? (digit '分')?     at least one of them
func (l *lexer) jiaoFen() (Decimal, bool) {
	start := l.pos
	frac := NewDecimal(0, 2)
	found := false
	l.acceptWord("零")
	mark := l.pos
	if d, ok := l.oneDigit(); ok && l.acceptWord("角") {
		frac, found = frac.Add(NewDecimal(d*10, 2)), true
		mark = l.pos
		l.acceptWord("零")
	} else {
		l.pos = mark
	}
	if d, ok := l.oneDigit(); ok && l.acceptWord("分") {
		return frac.Add(NewDecimal(d, 2)), true
	}
	l.pos = mark
	if !found {
		l.pos = start
	}
	return frac, found
}

// oneDigit reads one digit, ASCII or Chinese (not 两).
func (l *lexer) oneDigit() (int64, bool) {
	r := l.next()
	if isDigit(r) && !isDigit(l.peek()) {
		return int64(r - '0'), true
	}
	if d, ok := cjk.Digit(r); ok && !cjk.IsLiang(r) {
		return int64(d), true
	}
	l.backup()
	return 0, false
}

// percentWord reads a percentage written in words.
//
//	percentWord := '百分之' (number | '百') | '百分百'
func (l *lexer) percentWord() (measured, bool) {
	if !strings.HasPrefix(l.s[l.pos:], "百分") {
		return measured{}, false // the start of all three words
	}
	start := l.pos
	m := measured{kind: Percent, unit: "百分之", canon: "%"}
	if l.acceptWord("百分百") || l.acceptWord("百分之百") {
		m.number = NewDecimal(100, 0)
		return m, true
	}
	if !l.acceptWord("百分之") {
		return measured{}, false
	}
	n, ok := l.number()
	if !ok || n.mul != "" {
		l.pos = start
		return measured{}, false
	}
	m.number = n.base
	return m, true
}

// rangeTail reads the end of a range whose start had no unit: the start
// takes the end's unit, and its multiplier unless it wrote its own
// (5-10万元 is 50000 to 100000 元, so is 5万至10万元).
//
//	rangeTail := rangeSep number approxMid? unit
func (l *lexer) rangeTail(n1 num, currency string) (Decimal, Decimal, measured, bool) {
	if !l.rangeSep() || !isNumberStart(l.peek()) {
		return Decimal{}, Decimal{}, measured{}, false
	}
	n2, ok := l.number()
	if !ok {
		return Decimal{}, Decimal{}, measured{}, false
	}
	m, ok := l.unitFor(n2, currency)
	if !ok {
		return Decimal{}, Decimal{}, measured{}, false
	}
	exp := m.exp
	if n1.mul != "" {
		exp = n1.exp
	}
	lo, hi := n1.base.Shift(exp), m.canonical()
	if lo.Cmp(hi) > 0 || !lo.Valid() || !hi.Valid() {
		return Decimal{}, Decimal{}, measured{}, false
	}
	return lo, hi, m, true
}

// rangeEnd reads the end of a range whose start had its unit (5万元至10万元,
// 80%-90%); both ends must be in the same canonical unit.
//
//	rangeEnd := number unit
func (l *lexer) rangeEnd(n1 num, m1 measured, currency string) (Decimal, Decimal, measured, bool) {
	if !isNumberStart(l.peek()) {
		return Decimal{}, Decimal{}, measured{}, false
	}
	n2, ok := l.number()
	if !ok {
		return Decimal{}, Decimal{}, measured{}, false
	}
	m2, ok := l.unitFor(n2, currency)
	if !ok || m2.kind != m1.kind || m2.canon != m1.canon {
		return Decimal{}, Decimal{}, measured{}, false
	}
	lo, hi := m1.canonical(), m2.canonical()
	if lo.Cmp(hi) > 0 || !lo.Valid() || !hi.Valid() {
		return Decimal{}, Decimal{}, measured{}, false
	}
	return lo, hi, m2, true
}

// emitRange appends the range [start, pos).
func (l *lexer) emitRange(start int, lo, hi Decimal, m measured, a affixes) bool {
	if a.neg {
		return false // a sign before a range is a dash, not a minus
	}
	v := l.add(start, l.pos)
	v.Kind, v.Unit, v.UnitCanonical, v.UnitSource = m.kind, m.unit, m.canon, Written
	v.Low, v.High, v.Op, v.Approx = lo, hi, a.op, a.approx
	return true
}

// isNumberStart reports whether r can begin a number.
func isNumberStart(r rune) bool { return isDigit(r) || cjk.IsNumeral(r) }
