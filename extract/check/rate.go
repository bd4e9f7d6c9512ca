package check

import (
	"math/big"

	"github.com/jixiao-dev/jixiao/extract/values"
)

// Quotients (rates) are the one place where a decimal result may not end:
// they are computed as exact rationals with math/big and rounded only for
// display and for the comparison with a written figure. No float64.

// rateFigures are the numbers of an execution-rate check: the rate
// 100·E/B to the written rate's decimals (want) and to three more (shown),
// the tolerance and the written rate's distance from the exact quotient,
// both rounded up to three more decimals, and whether that distance is
// within the tolerance (compared exactly, before any rounding).
type rateFigures struct {
	want, shown, tol, off values.Decimal
	within                bool
}

// rateFiguresOf computes the figures of budget b, executed e and written
// rate r, to places decimals: the rate is exact = 100·E/B; the rounding of E
// and B moves it by at most 100·(hE·B + E·hB) / (B·(B−hB)), the rate's own
// rounding by its half-unit hR. It needs B > hB ≥ 0, which the caller makes
// sure of; false when one of want, shown and the tolerance does not fit a
// Decimal (a distance that does not fit is left invalid: it prints empty).
func rateFiguresOf(b, e, r figure, places int) (rateFigures, bool) {
	B, E, hB, hE := rat(b.num), rat(e.num), rat(b.half), rat(e.half)
	pct := big.NewRat(100, 1)
	exact := new(big.Rat).Mul(pct, new(big.Rat).Quo(E, B))
	spread := new(big.Rat).Add(new(big.Rat).Mul(hE, B), new(big.Rat).Mul(E, hB))
	spread.Mul(spread, pct)
	spread.Quo(spread, new(big.Rat).Mul(B, new(big.Rat).Sub(B, hB)))
	tol := new(big.Rat).Add(spread, rat(r.half))
	var n rateFigures
	var ok1, ok2, ok3 bool
	n.want, ok1 = roundRat(exact, places, halfUp)
	n.shown, ok2 = roundRat(exact, places+3, halfUp)
	n.tol, ok3 = roundRat(tol, places+3, up)
	off := new(big.Rat).Abs(new(big.Rat).Sub(rat(r.num), exact))
	n.off, _ = roundRat(off, places+3, up)
	n.within = off.Cmp(tol) <= 0
	return n, ok1 && ok2 && ok3
}

// roundMode is how a rational is brought to a number of decimals.
type roundMode int

const (
	halfUp roundMode = iota // half away from zero: 9.215 → 9.22 (Chinese statements)
	down                    // truncated toward zero: 9.9 → 9
	up                      // away from zero: 9.1 → 10
)

// rat returns d as an exact rational.
func rat(d values.Decimal) *big.Rat {
	return big.NewRat(d.Coef(), pow10(d.Places()))
}

// pow10 returns 10^n for n in 0 … 18.
func pow10(n int) int64 {
	p := int64(1)
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

// roundDecimal returns d rounded to places decimals by mode, exactly, as
// roundRat would round d; false when d is invalid or the result does not
// fit a Decimal.
func roundDecimal(d values.Decimal, places int, mode roundMode) (values.Decimal, bool) {
	if !d.Valid() || places < 0 || places > 18 {
		return values.Decimal{}, false
	}
	if places >= d.Places() {
		r := d.Round(places) // more decimals: exact
		return r, r.Valid()
	}
	p := pow10(d.Places() - places)
	q, rem := d.Coef()/p, d.Coef()%p
	if rem < 0 {
		rem = -rem
	}
	if rem != 0 && (mode == up || mode == halfUp && rem >= p-rem) {
		q += int64(d.Sign()) // away from zero
	}
	return values.NewDecimal(q, places), true
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
