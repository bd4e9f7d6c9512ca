package values

import (
	"errors"
	"math/bits"
	"strconv"
)

// maxScale is the largest number of decimals a Decimal keeps.
const maxScale = 18

// pow10 holds 10^0 … 10^18, the powers that fit an int64.
var pow10 = [...]int64{
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
	1000000000, 10000000000, 100000000000, 1000000000000, 10000000000000,
	100000000000000, 1000000000000000, 10000000000000000,
	100000000000000000, 1000000000000000000,
}

// errDecimal is returned by ParseDecimal for text that is not a decimal or
// does not fit.
var errDecimal = errors.New("values: not a decimal that fits 18 digits")

// Decimal is an exact decimal number: an int64 coefficient and a scale (the
// number of decimals as written), so 205.30 is 20530 scaled by 2 and keeps
// both its value and the fact that two decimals were written.
//
// The zero Decimal is invalid: it stands for "no number" (a range has no
// single number, a date has none). Arithmetic is checked: an operation whose
// result does not fit 18 significant digits, or that has an invalid operand,
// gives the invalid Decimal, so an overflow can never pass as a wrong number.
type Decimal struct {
	coef  int64
	scale int8
	ok    bool
}

// NewDecimal returns coef × 10^-scale; scale must be within 0…18, or the
// result is invalid.
func NewDecimal(coef int64, scale int) Decimal {
	if scale < 0 || scale > maxScale {
		return Decimal{}
	}
	return Decimal{coef: coef, scale: int8(scale), ok: true}
}

// ParseDecimal reads an ASCII decimal: an optional sign, digits, and an
// optional point with digits ("-12.30", "0.5", "7"). It keeps the written
// scale. Text that is not such a decimal, or does not fit, gives an error
// that is always the same value, so a failed parse costs no allocation.
//
// The profile and checks stages parse every figure they use, so the digits
// are added without a check for overflow, which cannot happen with 18
// digits or fewer; a longer number (rare: 19 digits, or leading zeros) is
// read again with appendDigits, the lexer's checked loop.
func ParseDecimal(s string) (Decimal, error) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	var coef int64
	i := 0 // s[i]-'0' <= 9 tests for a digit: a byte below '0' wraps past 9
	for ; i < len(s) && s[i]-'0' <= 9; i++ {
		coef = coef*10 + int64(s[i]-'0')
	}
	whole, scale := i, 0
	if whole == 0 {
		return Decimal{}, errDecimal
	}
	if i < len(s) && s[i] == '.' {
		for i++; i < len(s) && s[i]-'0' <= 9; i++ {
			coef = coef*10 + int64(s[i]-'0')
		}
		if scale = i - whole - 1; scale == 0 {
			return Decimal{}, errDecimal
		}
	}
	if i != len(s) {
		return Decimal{}, errDecimal
	}
	if whole+scale > 18 { // coef may have wrapped around: add them again, checked
		d, ok := appendDigits(Decimal{ok: true}, s[:whole], false)
		if ok && scale > 0 {
			d, ok = appendDigits(d, s[whole+1:], true)
		}
		if !ok {
			return Decimal{}, errDecimal
		}
		coef = d.coef
	}
	if neg {
		coef = -coef
	}
	return Decimal{coef: coef, scale: int8(scale), ok: true}, nil
}

// appendDigit adds one digit to the right of a non-negative d, after the point
// when frac is set. It reports false on overflow.
func (d Decimal) appendDigit(digit int64, frac bool) (Decimal, bool) {
	if frac {
		if d.scale == maxScale {
			return Decimal{}, false
		}
		d.scale++
	}
	if 0 <= d.coef && d.coef < pow10[17] { // the usual number: no overflow possible
		d.coef = d.coef*10 + digit
		return d, true
	}
	c, ok := mul64(d.coef, 10)
	if !ok || c > maxInt64-digit {
		return Decimal{}, false
	}
	d.coef = c + digit
	return d, true
}

const maxInt64 = 1<<63 - 1

// Valid reports whether d holds a number.
func (d Decimal) Valid() bool { return d.ok }

// Places returns the number of decimals as written: 2 for 205.30, 0 for 8.
// The checks stage uses it for its tolerance.
func (d Decimal) Places() int { return int(d.scale) }

// Sign returns -1, 0 or +1; 0 also for the invalid Decimal.
func (d Decimal) Sign() int {
	switch {
	case d.coef < 0:
		return -1
	case d.coef > 0:
		return 1
	}
	return 0
}

// IsZero reports whether d is a valid zero.
func (d Decimal) IsZero() bool { return d.ok && d.coef == 0 }

// Neg returns -d.
func (d Decimal) Neg() Decimal {
	if !d.ok || d.coef == -maxInt64-1 {
		return Decimal{}
	}
	d.coef = -d.coef
	return d
}

// Coef returns the coefficient, the number without its point: 20530 for
// 205.30, so that d is Coef × 10^-Places. It is 0 for the invalid Decimal.
// The checks stage makes exact fractions of decimals with it.
func (d Decimal) Coef() int64 { return d.coef }

// String returns the canonical decimal text: no exponent, no leading "+",
// no trailing zeros after the point and no point without decimals ("205.3"
// for 205.30, "2053000" for 2053000.00, "0" for -0.00). Equal numbers print
// equal; how many decimals were written is Places. The invalid Decimal
// prints as "".
func (d Decimal) String() string {
	var buf [48]byte
	return string(d.Append(buf[:0]))
}

// Append appends String's text to b and returns the extended buffer (the
// invalid Decimal appends nothing), so that a caller that writes many
// numbers into one buffer, as the checks stage does with the figures of
// its messages, makes no string per number.
func (d Decimal) Append(b []byte) []byte {
	if !d.ok {
		return b
	}
	return d.appendTo(b)
}

// appendTo is Append for a valid d: the trailing zeros of the decimals go,
// then the rest is written as it stands.
func (d Decimal) appendTo(b []byte) []byte {
	c, s := d.coef, int(d.scale)
	for s > 0 && c%10 == 0 {
		c /= 10
		s--
	}
	return appendScaled(b, c, s)
}

// Written returns the decimal text with the scale as written ("205.30");
// the invalid Decimal gives "".
func (d Decimal) Written() string {
	var buf [48]byte
	return string(d.AppendWritten(buf[:0]))
}

// AppendWritten appends Written's text to b and returns the extended buffer;
// the invalid Decimal appends nothing.
func (d Decimal) AppendWritten(b []byte) []byte {
	if !d.ok {
		return b
	}
	return appendScaled(b, d.coef, int(d.scale))
}

// appendScaled appends c × 10^-s with exactly s decimals, and a "0" before
// the point when there is no integer part ("0.05" for 5 scaled by 2).
func appendScaled(b []byte, c int64, s int) []byte {
	if c < 0 {
		b = append(b, '-')
	}
	var digits [20]byte
	ds := strconv.AppendUint(digits[:0], abs64(c), 10)
	switch {
	case s == 0:
		return append(b, ds...)
	case len(ds) <= s:
		b = append(b, '0', '.')
		for i := len(ds); i < s; i++ {
			b = append(b, '0')
		}
		return append(b, ds...)
	}
	b = append(b, ds[:len(ds)-s]...)
	b = append(b, '.')
	return append(b, ds[len(ds)-s:]...)
}

// mul64 multiplies with an overflow check.
func mul64(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	neg := (a < 0) != (b < 0)
	ua, ub := abs64(a), abs64(b)
	hi, lo := bits.Mul64(ua, ub)
	if hi != 0 || lo > maxInt64 {
		return 0, false
	}
	if neg {
		return -int64(lo), true
	}
	return int64(lo), true
}

// abs64 returns |a| as a uint64 (exact even for the smallest int64).
func abs64(a int64) uint64 {
	if a < 0 {
		return uint64(-(a + 1)) + 1
	}
	return uint64(a)
}

// Reduce returns d without the zeros at the end of its decimals (205.30
// becomes 205.3, 5.00 becomes 5): the number String writes. The invalid
// Decimal stays invalid.
func (d Decimal) Reduce() Decimal {
	for d.ok && d.scale > 0 && d.coef%10 == 0 {
		d.coef /= 10
		d.scale--
	}
	return d
}
