package check

import (
	"math/big"

	"jixiao/extract/values"
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
