package check

import (
	"math/big"

	"github.com/jixiao-dev/jixiao/extract/values"
)

// Quotients (rates) are the one place where a decimal result may not end:
// they are computed as exact rationals with math/big and rounded only for
// display and for the comparison with a written figure. No float64.

// roundMode is how a rational is brought to a number of decimals.
type roundMode int

const (
	halfUp roundMode = iota // half away from zero: 9.215 → 9.22 (Chinese statements)
	down                    // truncated toward zero: 9.9 → 9
	up                      // away from zero: 9.1 → 10
)

// rat returns d as an exact rational.
func rat(d values.Decimal) *big.Rat {
	r, ok := new(big.Rat).SetString(d.String())
	if !ok {
		return new(big.Rat)
	}
	return r
}

// roundRat returns r rounded to places decimals by mode; false when the
// result does not fit a Decimal.
func roundRat(r *big.Rat, places int, mode roundMode) (values.Decimal, bool) {
	if places < 0 || places > 18 {
		return values.Decimal{}, false
	}
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)
	num := new(big.Int).Mul(r.Num(), scale)
	den := r.Denom()
	q, m := new(big.Int).QuoRem(num, den, new(big.Int))
	if m.Sign() != 0 {
		away := false
		switch mode {
		case halfUp:
			twice := new(big.Int).Mul(new(big.Int).Abs(m), big.NewInt(2))
			away = twice.Cmp(den) >= 0
		case up:
			away = true
		}
		if away {
			q.Add(q, big.NewInt(int64(r.Sign())))
		}
	}
	if !q.IsInt64() {
		return values.Decimal{}, false
	}
	return values.NewDecimal(q.Int64(), places), true
}

// roundDecimal returns d rounded to places decimals by mode, as
// roundRat(rat(d), places, mode) does; false when d is invalid or the
// result does not fit a Decimal. Decimal.Round rounds half away from zero,
// so it gives either d truncated or d truncated and moved one unit away
// from zero: comparing the result with d tells which, and one unit more or
// less gives the other modes. That comparison is exact while d's
// coefficient has at most 17 digits (aligning the two cannot overflow);
// a longer one goes through math/big.
func roundDecimal(d values.Decimal, places int, mode roundMode) (values.Decimal, bool) {
	if !d.Valid() {
		return values.Decimal{}, false
	}
	if coef := d.Shift(d.Places()); coef.Cmp(maxShort) > 0 || coef.Cmp(maxShort.Neg()) < 0 {
		return roundRat(rat(d), places, mode)
	}
	r := d.Round(places)
	if !r.Valid() {
		return values.Decimal{}, false
	}
	unit := values.NewDecimal(int64(d.Sign()), places)
	switch away := r.Cmp(d) * d.Sign(); {
	case mode == down && away > 0:
		r = r.Sub(unit)
	case mode == up && away < 0:
		r = r.Add(unit)
	}
	return r, r.Valid()
}

// maxShort is the largest coefficient of 17 digits.
var maxShort = values.NewDecimal(pow10[17]-1, 0)
