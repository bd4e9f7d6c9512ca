package check

import (
	"cmp"
	"math/bits"

	"github.com/jixiao-dev/jixiao/extract/values"
)

// A rate is a quotient of two amounts, so it may not end as a decimal. The
// figures of the seed's rates are small (millions of 元 written to a few
// decimals), and their quotients fit a fraction of two int64s with room to
// spare; math/big cost a hundred allocations a rate. fraction does the same
// exact arithmetic in int64s, every product overflow-checked, and says when
// a result does not fit: the caller then redoes the whole computation with
// math/big (ratio.go), so an overflow can never give a wrong figure. No
// float64.

// fraction is the exact rational num/den, in lowest terms with den > 0. A
// den of 0 is the invalid fraction: a value that did not fit; every
// operation on it gives it again.
type fraction struct {
	num, den int64
}

// pow10 holds 10^0 … 10^18, the powers that fit an int64.
var pow10 = [...]int64{
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
	1000000000, 10000000000, 100000000000, 1000000000000, 10000000000000,
	100000000000000, 1000000000000000, 10000000000000000,
	100000000000000000, 1000000000000000000,
}

// valid reports whether f holds a value.
func (f fraction) valid() bool { return f.den > 0 }

// newFraction returns num/den in lowest terms; invalid when den is 0 or a
// sign cannot be moved without overflow.
func newFraction(num, den int64) fraction {
	if den == 0 || num == minInt64 || den == minInt64 {
		return fraction{}
	}
	if den < 0 {
		num, den = -num, -den
	}
	if g := gcd(abs64(num), uint64(den)); g > 1 {
		num /= int64(g)
		den /= int64(g)
	}
	return fraction{num, den}
}

// fractionOf returns d as an exact fraction, its coefficient over a power
// of ten; invalid for the invalid decimal.
func fractionOf(d values.Decimal) fraction {
	if !d.Valid() {
		return fraction{}
	}
	return newFraction(d.Coef(), pow10[d.Places()])
}

// tenPower returns coef × 10^exp; invalid when it does not fit.
func tenPower(coef int64, exp int) fraction {
	switch {
	case exp < -18 || exp > 18:
		return fraction{}
	case exp < 0:
		return newFraction(coef, pow10[-exp])
	}
	n, ok := mul64(coef, pow10[exp])
	if !ok {
		return fraction{}
	}
	return fraction{n, 1}
}

// add returns f + g.
func (f fraction) add(g fraction) fraction {
	if !f.valid() || !g.valid() {
		return fraction{}
	}
	a, ok1 := mul64(f.num, g.den)
	b, ok2 := mul64(g.num, f.den)
	d, ok3 := mul64(f.den, g.den)
	s := a + b
	if !ok1 || !ok2 || !ok3 || (b > 0 && s < a) || (b < 0 && s > a) {
		return fraction{}
	}
	return newFraction(s, d)
}

// sub returns f − g.
func (f fraction) sub(g fraction) fraction {
	return f.add(g.neg())
}

// neg returns −f.
func (f fraction) neg() fraction {
	if !f.valid() || f.num == minInt64 {
		return fraction{}
	}
	return fraction{-f.num, f.den}
}

// abs returns |f|.
func (f fraction) abs() fraction {
	if f.num < 0 {
		return f.neg()
	}
	return f
}

// mul returns f × g.
func (f fraction) mul(g fraction) fraction {
	if !f.valid() || !g.valid() {
		return fraction{}
	}
	n, ok1 := mul64(f.num, g.num)
	d, ok2 := mul64(f.den, g.den)
	if !ok1 || !ok2 {
		return fraction{}
	}
	return newFraction(n, d)
}

// quo returns f / g; invalid when g is 0.
func (f fraction) quo(g fraction) fraction {
	if !f.valid() || !g.valid() || g.num == 0 {
		return fraction{}
	}
	n, ok1 := mul64(f.num, g.den)
	d, ok2 := mul64(f.den, g.num)
	if !ok1 || !ok2 {
		return fraction{}
	}
	return newFraction(n, d)
}

// cmp compares two valid fractions and returns -1, 0 or +1. The cross
// products are taken in 128 bits, so it never overflows.
func (f fraction) cmp(g fraction) int {
	fs, gs := cmp.Compare(f.num, 0), cmp.Compare(g.num, 0)
	if fs != gs {
		return cmp.Compare(fs, gs)
	}
	ah, al := bits.Mul64(abs64(f.num), uint64(g.den))
	bh, bl := bits.Mul64(abs64(g.num), uint64(f.den))
	c := cmp.Compare(ah, bh)
	if c == 0 {
		c = cmp.Compare(al, bl)
	}
	if fs < 0 {
		return -c
	}
	return c
}

// round returns f rounded to places decimals by mode, as roundRat does;
// false when f is invalid or the result does not fit a Decimal. The
// quotient num·10^places / den is taken in 128 bits.
func (f fraction) round(places int, mode roundMode) (values.Decimal, bool) {
	if !f.valid() || places < 0 || places > 18 {
		return values.Decimal{}, false
	}
	hi, lo := bits.Mul64(abs64(f.num), uint64(pow10[places]))
	den := uint64(f.den)
	if hi >= den {
		return values.Decimal{}, false // the quotient needs more than 64 bits
	}
	q, rem := bits.Div64(hi, lo, den)
	if rem != 0 && (mode == up || (mode == halfUp && rem >= den-rem)) {
		q++ // away from zero: rem ≥ den−rem is 2·rem ≥ den without overflow
	}
	if q > maxInt64 {
		return values.Decimal{}, false
	}
	if f.num < 0 {
		return values.NewDecimal(-int64(q), places), true
	}
	return values.NewDecimal(int64(q), places), true
}
