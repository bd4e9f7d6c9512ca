package values

// measured is a number with its unit resolved: the number as written, the
// unit as written (with its multiplier), the canonical unit and the power of
// ten that takes the number to the canonical unit.
type measured struct {
	kind   Kind
	number Decimal
	unit   string
	canon  string
	exp    int
}

// canonical returns the number in the canonical unit.
func (m measured) canonical() Decimal { return m.number.Shift(m.exp) }

// measure reads a number with its unit and affixes at pos and appends it.
//
//	measure := prefixes (percentWord | number approxMid? (amountUnit | unit | rangeTail)) suffixes
//	approxMid := '余' | '多'
func (l *lexer) measure(start int) bool {
	var a affixes
	l.prefixes(&a)
	if !isNumberStart(l.peek()) {
		return false // every rule below begins with a number (百分之 with 百)
	}
	if a.op == "" && !a.approx && a.currency == "" && !a.signed && l.dateValue() {
		return true
	}
	if m, ok := l.percentWord(); ok {
		l.suffixes(&a)
		return l.emitMeasured(start, m, a)
	}
	n, ok := l.number()
	if !ok || !l.standalone(n) {
		return false
	}
	if a.neg {
		n.base = n.base.Neg()
	}
	afterNum := l.pos
	if n.mul == "" && l.accept('余', '多') {
		a.approx = true
		l.multiplierRun(&n)
	}
	m, ok := l.unitFor(n, a.currency)
	if !ok {
		l.pos = afterNum
		if lo, hi, m, ok := l.rangeTail(n, a.currency); ok {
			l.suffixes(&a)
			return l.emitRange(start, lo, hi, m, a)
		}
		l.pos = afterNum
		return l.bareCandidate(start, n, a)
	}
	if n.one && m.kind == Count {
		return false // 一个, 一项, 一次: an article, not a count
	}
	mark := l.pos
	if l.rangeSep() {
		if lo, hi, m2, ok := l.rangeEnd(n, m, a.currency); ok {
			l.suffixes(&a)
			return l.emitRange(start, lo, hi, m2, a)
		}
	}
	l.pos = mark
	l.suffixes(&a)
	return l.emitMeasured(start, m, a)
}

// standalone reports whether n stands on its own: not an ordinal (第一,
// 第3), and not a lone 一 inside a word (统一, 唯一, 同一天).
func (l *lexer) standalone(n num) bool {
	before := l.prev(n.start)
	if before == '第' {
		return false
	}
	if n.one {
		switch before {
		case '同', '统', '唯', '单', '万', '之', '每', '逐', '专', '任', '其', '某', '划', '归', '不':
			return false
		}
	}
	return true
}

// unitFor reads the unit after n: an amount unit (元 with its 角 and 分, or
// 角 alone), or a unit word; a currency sign with no 元 makes an amount in 元.
func (l *lexer) unitFor(n num, currency string) (measured, bool) {
	if m, ok := l.amountUnit(n); ok {
		return m, true
	}
	if currency != "" {
		return measured{kind: Amount, number: n.base, unit: n.mul + "元", canon: "元", exp: n.exp}, true
	}
	u, ok := l.unit()
	if !ok {
		return measured{}, false
	}
	if n.mul != "" && (u.kind == Percent || u.kind == PercentPoint) {
		return measured{}, false
	}
	return measured{kind: u.kind, number: n.base, unit: l.unitText(n, l.pos-len(u.text), l.pos), canon: u.canon, exp: n.exp}, true
}

// bareCandidate appends an unit-less ASCII number for the table stage when
// the lexer collects them; it is never a value on its own.
//
//	bare := sign? arabic      (no multiplier, no other affix)
func (l *lexer) bareCandidate(start int, n num, a affixes) bool {
	if !l.bare || n.form != formArabic || n.mul != "" || a.op != "" || a.approx || a.currency != "" {
		return false
	}
	l.add(start, l.pos).Number = n.base
	return true
}

// emitMeasured appends a measured value [start, pos).
func (l *lexer) emitMeasured(start int, m measured, a affixes) bool {
	if !m.number.Valid() {
		return false
	}
	v := l.add(start, l.pos)
	v.Kind, v.Number, v.Unit, v.UnitCanonical, v.UnitSource = m.kind, m.number, m.unit, m.canon, Written
	v.Op, v.Approx = a.op, a.approx
	setCanonical(v, m)
	if m.kind == Amount && !v.Yuan.Valid() {
		l.out = l.out[:len(l.out)-1]
		return false
	}
	return true
}

// setCanonical fills Yuan (amounts) or Base (quantities, counts, durations).
func setCanonical(v *Value, m measured) {
	switch m.kind {
	case Amount:
		v.Yuan = m.canonical()
	case Quantity, Count, Duration:
		v.Base = m.canonical()
	}
}

// add appends the value l.s[start:end], with its Raw set and its offsets
// made absolute, and returns it for the caller to fill in.
func (l *lexer) add(start, end int) *Value {
	l.out = append(l.out, Value{Raw: l.s[start:end], Start: start + l.base, End: end + l.base})
	return &l.out[len(l.out)-1]
}
