package xlsx

import (
	"math/big"
	"strings"
)

// Numbers are exact: a cell's value is the decimal Excel wrote (up to 17
// significant digits, as in "9000.0" or "1.2345E-3"), read into a big.Rat
// and rounded in decimal, half away from zero, as Excel rounds what it
// shows. No binary floating point is involved, so 2.675 with "0.00" shows
// 2.68.

// displayNumber returns the text of the number written raw as Excel shows
// it with the format f; ok is false when raw is not a number (it is then
// shown as written).
func displayNumber(raw string, f *format, date1904 bool) (string, bool) {
	if !plausible(raw) {
		return raw, false
	}
	x, ok := new(big.Rat).SetString(strings.TrimSpace(raw))
	if !ok {
		return raw, false
	}
	sec, signed := f.pick(x)
	if sec == nil {
		return general(x), true
	}
	switch {
	case sec.date:
		if s, ok := sec.renderDate(x, date1904); ok {
			return s, true
		}
		return general(x), true
	case !sec.number:
		return sec.literalOnly(x, signed), true
	}
	return sec.renderNumber(x, signed), true
}

// plausible reports whether raw looks like a number Excel writes: a
// decimal with an exponent of at most three digits (a double's range), not
// a fraction such as "1/3", which big.Rat would also read, nor an exponent
// so large that computing with it would take long.
func plausible(raw string) bool {
	if strings.ContainsAny(raw, "/") || len(raw) > 64 {
		return false
	}
	i := strings.IndexAny(raw, "eE")
	if i < 0 {
		return true
	}
	exp := strings.TrimLeft(raw[i+1:], "+-")
	return len(strings.TrimLeft(exp, "0")) <= 3
}

// literalOnly renders a section without digit placeholders ("-" for zero in
// an accounting format, or text such as "无"): its literals, with the sign
// of a negative number when the section does not write its own.
func (sec *section) literalOnly(x *big.Rat, signed bool) string {
	var b strings.Builder
	if x.Sign() < 0 && !signed && sec != nil {
		b.WriteByte('-')
	}
	for _, t := range sec.tokens {
		if t.kind == fLit {
			b.WriteString(t.lit)
		}
	}
	return b.String()
}

// layout is what a number section asks for.
type layout struct {
	intPH     []byte // integer placeholders, in order
	fracPH    []byte // fraction placeholders, in order
	grouping  bool   // a comma between integer placeholders
	scale     int    // commas after the last placeholder: divide by 1000 each
	percent   int    // % signs: multiply by 100 each
	exp       byte   // '+' or '-' for scientific notation, 0 otherwise
	expDigits int
	general   bool
}

// measure reads the layout of a number section.
func (sec *section) measure() layout {
	var l layout
	dot, afterExp := false, false
	lastDigit := -1
	for i, t := range sec.tokens {
		switch t.kind {
		case fDigit:
			switch {
			case afterExp:
				l.expDigits++
			case dot:
				l.fracPH = append(l.fracPH, t.ch)
			default:
				l.intPH = append(l.intPH, t.ch)
			}
			lastDigit = i
		case fDot:
			if !afterExp {
				dot = true
			}
		case fExp:
			l.exp, afterExp = t.ch, true
		case fPercent:
			l.percent++
		case fGeneral:
			l.general = true
		}
	}
	for i, t := range sec.tokens {
		if t.kind != fComma || dot && i > lastDigit {
			continue
		}
		if i < lastDigit && hasDigitBefore(sec.tokens[:i]) {
			l.grouping = true
		}
	}
	for i := lastDigit + 1; i < len(sec.tokens) && lastDigit >= 0 && sec.tokens[i].kind == fComma; i++ {
		l.scale++
	}
	return l
}

func hasDigitBefore(ts []fmtToken) bool {
	for _, t := range ts {
		if t.kind == fDigit {
			return true
		}
	}
	return false
}

// renderNumber lays x out in a number section.
func (sec *section) renderNumber(x *big.Rat, signed bool) string {
	l := sec.measure()
	v := new(big.Rat).Abs(x)
	for range l.percent {
		v.Mul(v, big.NewRat(100, 1))
	}
	for range l.scale {
		v.Quo(v, big.NewRat(1000, 1))
	}
	var num string
	switch {
	case l.general:
		num = general(v)
	case l.exp != 0:
		num = scientific(v, l)
	default:
		num = fixed(v, l)
	}
	var b strings.Builder
	if x.Sign() < 0 && !signed && !allZero(num) {
		b.WriteByte('-')
	}
	if spread := l.exp == 0 && !l.general && !l.grouping && literalInside(sec.tokens); spread {
		sec.spreadInt(&b, num, l)
		return b.String()
	}
	placed := false
	for _, t := range sec.tokens {
		switch t.kind {
		case fLit:
			b.WriteString(t.lit)
		case fPercent:
			b.WriteByte('%')
		case fDigit, fDot, fExp, fGeneral:
			if !placed {
				b.WriteString(num)
				placed = true
			}
		case fComma:
			// a separator or a scaling: in the number already
		}
	}
	return b.String()
}

// literalInside reports whether literal text stands between the integer
// digit placeholders ("000-0000").
func literalInside(ts []fmtToken) bool {
	seen, lit := false, false
	for _, t := range ts {
		switch t.kind {
		case fDigit:
			if seen && lit {
				return true
			}
			seen = true
		case fLit:
			lit = seen
		case fDot:
			return false
		}
	}
	return false
}

// spreadInt writes the number num (integer part, "." and fraction, as
// fixed made it) with its integer characters spread over the integer
// placeholders from the right, so that literals between them stay in place:
// 1234567 in "000-0000" is "123-4567".
func (sec *section) spreadInt(b *strings.Builder, num string, l layout) {
	intPart, rest, _ := strings.Cut(num, ".")
	if strings.Contains(num, ".") {
		rest = "." + rest
	}
	// The placeholders' shares, from the right: one character each, the
	// first placeholder everything left over.
	shares := make([]string, len(l.intPH))
	runes := []rune(intPart)
	for i := len(shares) - 1; i >= 0; i-- {
		if i == 0 || len(runes) <= 1 {
			shares[i], runes = string(runes), nil
			continue
		}
		shares[i], runes = string(runes[len(runes)-1]), runes[:len(runes)-1]
	}
	k, dot := 0, false
	for _, t := range sec.tokens {
		switch {
		case t.kind == fLit:
			b.WriteString(t.lit)
		case t.kind == fPercent:
			b.WriteByte('%')
		case t.kind == fDigit && !dot && k < len(shares):
			b.WriteString(shares[k])
			k++
		case t.kind == fDot:
			dot = true
			b.WriteString(rest)
		}
	}
}

func allZero(num string) bool {
	return strings.Trim(num, "0.,E+- ") == ""
}

// fixed renders |v| with the integer and fraction placeholders of l.
func fixed(v *big.Rat, l layout) string {
	digits := roundScaled(v, len(l.fracPH))
	intDigits, frac := digits[:len(digits)-len(l.fracPH)], digits[len(digits)-len(l.fracPH):]
	intDigits = strings.TrimLeft(intDigits, "0")
	out := fillInt(intDigits, l.intPH, l.grouping)
	if len(l.fracPH) > 0 {
		// The point is written even when no fraction digit is shown, as
		// Excel does: "#.##" formats 5 as "5.".
		return out + "." + fillFrac(frac, l.fracPH)
	}
	return out
}

// roundScaled returns v × 10^n rounded half away from zero, as decimal
// digits, at least n+1 of them.
func roundScaled(v *big.Rat, n int) string {
	scaled := new(big.Rat).Mul(v, new(big.Rat).SetInt(pow10(n)))
	q, r := new(big.Int).QuoRem(scaled.Num(), scaled.Denom(), new(big.Int))
	if new(big.Int).Mul(r, big.NewInt(2)).CmpAbs(scaled.Denom()) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	s := q.String()
	if len(s) < n+1 {
		s = strings.Repeat("0", n+1-len(s)) + s
	}
	return s
}

func pow10(n int) *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
}

// fillInt fits the integer digits into the placeholders, right-aligned:
// a 0 placeholder without a digit shows 0, a ? a space, a # nothing; digits
// beyond the placeholders go in front.
func fillInt(digits string, ph []byte, grouping bool) string {
	out := make([]byte, 0, len(digits)+len(ph))
	n := len(digits)
	extra := n - len(ph)
	if extra > 0 {
		out = append(out, digits[:extra]...)
	}
	for i, p := range ph {
		j := extra + i // index into digits
		switch {
		case j >= 0:
			out = append(out, digits[j])
		case p == '0':
			out = append(out, '0')
		case p == '?':
			out = append(out, ' ')
		}
	}
	if !grouping {
		return string(out)
	}
	return group(string(out))
}

// group inserts thousands separators into a run of digits (spaces kept
// in front).
func group(s string) string {
	lead := len(s) - len(strings.TrimLeft(s, " "))
	d := s[lead:]
	if len(d) <= 3 {
		return s
	}
	var b strings.Builder
	b.WriteString(s[:lead])
	first := len(d) % 3
	if first == 0 {
		first = 3
	}
	b.WriteString(d[:first])
	for i := first; i < len(d); i += 3 {
		b.WriteByte(',')
		b.WriteString(d[i : i+3])
	}
	return b.String()
}

// fillFrac drops the trailing zeros that # placeholders do not ask for
// and turns those of ? placeholders into spaces.
func fillFrac(frac string, ph []byte) string {
	b := []byte(frac)
	end := len(b)
	for end > 0 && b[end-1] == '0' && ph[end-1] != '0' {
		if ph[end-1] == '?' {
			b[end-1] = ' '
			break
		}
		end--
	}
	return string(b[:end])
}

// scientific renders |v| as mantissa and exponent: the mantissa has as many
// integer digits as the format has integer placeholders (at least one).
//
// With several integer placeholders led by # ("##0.0E+0"), the exponent is
// a multiple of their count (engineering notation: 12345 is 12.3E+3).
func scientific(v *big.Rat, l layout) string {
	intN := max(1, len(l.intPH))
	if intN > 1 && l.intPH[0] == '#' && v.Sign() != 0 {
		_, e := significant(v, 1)
		exp := floorDiv(e, intN) * intN
		intN = e - exp + 1
		digits, e2 := significant(v, intN+len(l.fracPH))
		if e2 != e { // rounding carried into a new digit
			return scientific(new(big.Rat).Set(ratPow10(e2)), l)
		}
		return mantissaExp(digits, intN, exp, l)
	}
	digits, e := significant(v, intN+len(l.fracPH))
	exp := e - (intN - 1)
	if v.Sign() == 0 {
		exp = 0
	}
	return mantissaExp(digits, intN, exp, l)
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// mantissaExp writes digits as a mantissa of intN integer digits and the
// exponent exp.
func mantissaExp(digits string, intN, exp int, l layout) string {
	mant := strings.TrimLeft(digits[:intN], "0")
	if mant == "" {
		mant = "0"
	}
	frac := fillFrac(digits[intN:], l.fracPH)
	s := mant
	if len(l.fracPH) > 0 {
		s += "." + frac
	}
	sign := ""
	switch {
	case exp < 0:
		sign, exp = "-", -exp
	case l.exp == '+':
		sign = "+"
	}
	es := big.NewInt(int64(exp)).String()
	if len(es) < l.expDigits {
		es = strings.Repeat("0", l.expDigits-len(es)) + es
	}
	return s + "E" + sign + es
}

// significant returns the first n significant digits of |v| rounded half
// away from zero, and the decimal exponent of the first one (v = d.ddd ×
// 10^e); zero gives n zeros and 0.
func significant(v *big.Rat, n int) (string, int) {
	if v.Sign() == 0 {
		return strings.Repeat("0", n), 0
	}
	e := len(v.Num().String()) - len(v.Denom().String())
	// Adjust e so that 10^e <= v < 10^(e+1).
	for v.Cmp(ratPow10(e)) < 0 {
		e--
	}
	for v.Cmp(ratPow10(e+1)) >= 0 {
		e++
	}
	scaled := new(big.Rat).Quo(v, ratPow10(e-(n-1)))
	d := roundScaled(scaled, 0)
	if len(d) > n { // rounding carried into a new digit: 9.99 → 10.0
		d, e = d[:n], e+1
	}
	return d, e
}

// ratPow10 returns 10^e as a Rat, e of any sign.
func ratPow10(e int) *big.Rat {
	if e >= 0 {
		return new(big.Rat).SetInt(pow10(e))
	}
	return new(big.Rat).SetFrac(big.NewInt(1), pow10(-e))
}

// general renders a number as Excel's General format does in a wide
// column: up to 15 significant digits (the precision Excel shows), no
// trailing zeros, plain decimal notation from 1E-9 up to below 1E15 and
// scientific notation ("1.23457E+15", six significant digits) beyond.
func general(x *big.Rat) string {
	if x.Sign() == 0 {
		return "0"
	}
	sign := ""
	if x.Sign() < 0 {
		sign = "-"
	}
	v := new(big.Rat).Abs(x)
	digits, e := significant(v, 15)
	if e >= 15 || e < -9 {
		d, e := significant(v, 6)
		d = strings.TrimRight(d, "0")
		s := d[:1]
		if len(d) > 1 {
			s += "." + d[1:]
		}
		es := "+"
		if e < 0 {
			es, e = "-", -e
		}
		n := big.NewInt(int64(e)).String()
		if len(n) < 2 {
			n = "0" + n
		}
		return sign + s + "E" + es + n
	}
	var s string
	switch {
	case e < 0:
		s = "0." + strings.Repeat("0", -e-1) + digits
	case e+1 >= len(digits):
		s = digits + strings.Repeat("0", e+1-len(digits))
	default:
		s = digits[:e+1] + "." + digits[e+1:]
	}
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return sign + s
}
