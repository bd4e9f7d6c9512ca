package check

import "strconv"

// decimal is values.Decimal again, with the same arithmetic and the same
// texts, plus what this package needs and values does not export: appending
// a decimal's text to a buffer. A check's figures (expected, actual,
// tolerance and the numbers of its message) are all written into one buffer
// per Check call, which String's one string per figure would defeat.
// FuzzDecimal holds every operation to values.Decimal's.
//
// Like values.Decimal, it is an int64 coefficient and a scale (the number
// of decimals as written); the zero decimal is invalid ("no number"), and an
// operation that overflows or has an invalid operand gives it.
type decimal struct {
	coef  int64
	scale int8
	ok    bool
}

// maxScale is the largest number of decimals a decimal keeps.
const maxScale = 18

// newDecimal returns coef × 10^-scale; scale must be within 0…18, or the
// result is invalid.
func newDecimal(coef int64, scale int) decimal {
	if scale < 0 || scale > maxScale {
		return decimal{}
	}
	return decimal{coef: coef, scale: int8(scale), ok: true}
}

// parseDecimal reads an ASCII decimal as values.ParseDecimal does: an
// optional sign, digits, and an optional point with digits ("-12.30", "0.5",
// "7"), keeping the written scale; false for anything else and for a number
// that does not fit.
func parseDecimal(s string) (decimal, bool) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	var coef int64
	scale, digits, point := 0, 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if point {
				if scale == maxScale {
					return decimal{}, false
				}
				scale++
			}
			d := int64(c - '0')
			if coef >= pow10[17] && coef > (maxInt64-d)/10 {
				return decimal{}, false
			}
			coef = coef*10 + d
			digits++
		case c == '.' && !point && digits > 0:
			point = true
		default:
			return decimal{}, false
		}
	}
	if digits == 0 || s[len(s)-1] == '.' {
		return decimal{}, false
	}
	if neg {
		coef = -coef
	}
	return decimal{coef: coef, scale: int8(scale), ok: true}, true
}

// Valid reports whether d holds a number.
func (d decimal) Valid() bool { return d.ok }

// Places returns the number of decimals as written: 2 for 205.30.
func (d decimal) Places() int { return int(d.scale) }

// Sign returns -1, 0 or +1; 0 also for the invalid decimal.
func (d decimal) Sign() int {
	switch {
	case d.coef < 0:
		return -1
	case d.coef > 0:
		return 1
	}
	return 0
}

// IsZero reports whether d is a valid zero.
func (d decimal) IsZero() bool { return d.ok && d.coef == 0 }

// Neg returns -d.
func (d decimal) Neg() decimal {
	if !d.ok || d.coef == minInt64 {
		return decimal{}
	}
	d.coef = -d.coef
	return d
}

// rescale returns d with the larger scale s, the coefficient multiplied to
// match; false on overflow.
func (d decimal) rescale(s int) (decimal, bool) {
	if s < int(d.scale) || s > maxScale {
		return decimal{}, false
	}
	if s == int(d.scale) {
		return d, true
	}
	c, ok := mul64(d.coef, pow10[s-int(d.scale)])
	if !ok {
		return decimal{}, false
	}
	return decimal{coef: c, scale: int8(s), ok: true}, true
}

// align brings d and e to the larger of their scales.
func align(d, e decimal) (decimal, decimal, bool) {
	if !d.ok || !e.ok {
		return decimal{}, decimal{}, false
	}
	if d.scale == e.scale {
		return d, e, true
	}
	s := max(int(d.scale), int(e.scale))
	d, ok1 := d.rescale(s)
	e, ok2 := e.rescale(s)
	return d, e, ok1 && ok2
}

// Add returns d + e, with the larger of the two scales; invalid on overflow.
func (d decimal) Add(e decimal) decimal {
	d, e, ok := align(d, e)
	if !ok {
		return decimal{}
	}
	c := d.coef + e.coef
	if (e.coef > 0 && c < d.coef) || (e.coef < 0 && c > d.coef) {
		return decimal{}
	}
	d.coef = c
	return d
}

// Sub returns d - e, with the larger of the two scales; invalid on overflow.
func (d decimal) Sub(e decimal) decimal {
	return d.Add(e.Neg())
}

// Mul returns d × e with the sum of the scales; invalid on overflow or when
// the scale would exceed 18.
func (d decimal) Mul(e decimal) decimal {
	if !d.ok || !e.ok || int(d.scale)+int(e.scale) > maxScale {
		return decimal{}
	}
	c, ok := mul64(d.coef, e.coef)
	if !ok {
		return decimal{}
	}
	return decimal{coef: c, scale: d.scale + e.scale, ok: true}
}

// Shift returns d × 10^n exactly: a positive n first uses up decimals, a
// negative n adds them.
func (d decimal) Shift(n int) decimal {
	if !d.ok {
		return decimal{}
	}
	s := int(d.scale) - n
	if s >= 0 {
		if s > maxScale {
			return decimal{}
		}
		d.scale = int8(s)
		return d
	}
	if -s > maxScale {
		return decimal{}
	}
	c, ok := mul64(d.coef, pow10[-s])
	if !ok {
		return decimal{}
	}
	return decimal{coef: c, ok: true}
}

// Cmp compares the values of d and e (1.50 equals 1.5) and returns -1, 0 or
// +1; an invalid decimal sorts before every valid one. Where aligning the
// two overflows, it compares their integer parts, as values.Decimal does.
func (d decimal) Cmp(e decimal) int {
	switch {
	case !d.ok && !e.ok:
		return 0
	case !d.ok:
		return -1
	case !e.ok:
		return 1
	}
	a, b, ok := align(d, e)
	if !ok {
		a, b = decimal{coef: d.coef / pow10[d.scale]}, decimal{coef: e.coef / pow10[e.scale]}
	}
	switch {
	case a.coef < b.coef:
		return -1
	case a.coef > b.coef:
		return 1
	}
	return 0
}

// Round returns d rounded to places decimals, half away from zero; a d with
// fewer decimals gets its scale raised to places.
func (d decimal) Round(places int) decimal {
	if !d.ok || places < 0 || places > maxScale {
		return decimal{}
	}
	if places >= int(d.scale) {
		r, ok := d.rescale(places)
		if !ok {
			return decimal{}
		}
		return r
	}
	p := pow10[int(d.scale)-places]
	q, r := d.coef/p, d.coef%p
	if abs64(r)*2 >= uint64(p) {
		if d.coef < 0 {
			q--
		} else {
			q++
		}
	}
	return decimal{coef: q, scale: int8(places), ok: true}
}

// fraction returns d as an exact fraction; invalid for the invalid decimal.
func (d decimal) fraction() fraction {
	if !d.ok {
		return fraction{}
	}
	return newFraction(d.coef, pow10[d.scale])
}

// appendTo appends the canonical text of values.Decimal.String: no trailing
// zeros after the point, no point without decimals ("205.3" for 205.30, "0"
// for -0.00); nothing for the invalid decimal.
func (d decimal) appendTo(b []byte) []byte {
	if !d.ok {
		return b
	}
	c, s := d.coef, int(d.scale)
	for s > 0 && c%10 == 0 {
		c /= 10
		s--
	}
	return appendScaled(b, c, s)
}

// appendWritten appends the text of values.Decimal.Written: the decimals as
// written ("205.30"); nothing for the invalid decimal.
func (d decimal) appendWritten(b []byte) []byte {
	if !d.ok {
		return b
	}
	return appendScaled(b, d.coef, int(d.scale))
}

// appendScaled appends c × 10^-s with exactly s decimals.
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

// String returns the canonical text (tests and math/big's rate path).
func (d decimal) String() string {
	var buf [48]byte
	return string(d.appendTo(buf[:0]))
}

// Written returns the text with the decimals as written.
func (d decimal) Written() string {
	var buf [48]byte
	return string(d.appendWritten(buf[:0]))
}
