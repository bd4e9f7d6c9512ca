package check

import (
	"math/big"

	"github.com/jixiao-dev/jixiao/extract/values"
)

// rateFigures are the numbers of an execution-rate check: the rate
// 100·E/B to the written rate's decimals (want) and to three more (shown),
// the tolerance and the written rate's distance from the exact quotient,
// both rounded up to three more decimals, and whether that distance is
// within the tolerance (compared exactly, before any rounding).
type rateFigures struct {
	want, shown, tol, off values.Decimal
	within                bool
}

// The rate is exact = 100·E/B; the rounding of E and B moves it by at most
// 100·(hE·B + E·hB) / (B·(B−hB)), the rate's own rounding by its half-unit
// hR. rateFiguresExact and rateFiguresBig compute the same formula, the
// first in int64 fractions, the second in math/big when the first does not
// fit. Both need B > hB ≥ 0, which rateCheck makes sure of.

// rateFiguresExact computes the rate's figures of budget b, executed e and
// written rate r with fractions; false when any step does not fit an int64
// (or a result does not fit a Decimal): the caller then uses math/big.
func rateFiguresExact(b, e, r figure, places int) (rateFigures, bool) {
	B, E, hB, hE := fractionOf(b.num), fractionOf(e.num), tenPower(5, b.halfExp), tenPower(5, e.halfExp)
	pct := fraction{100, 1}
	exact := pct.mul(E.quo(B))
	spread := hE.mul(B).add(E.mul(hB)).mul(pct).quo(B.mul(B.sub(hB)))
	tol := spread.add(tenPower(5, r.halfExp))
	off := fractionOf(r.num).sub(exact).abs()
	if !tol.valid() || !off.valid() {
		return rateFigures{}, false
	}
	var n rateFigures
	var ok [4]bool
	n.want, ok[0] = exact.round(places, halfUp)
	n.shown, ok[1] = exact.round(places+3, halfUp)
	n.tol, ok[2] = tol.round(places+3, up)
	n.off, ok[3] = off.round(places+3, up)
	n.within = off.cmp(tol) <= 0
	return n, ok == [4]bool{true, true, true, true}
}

// rateFiguresBig computes the rate's figures with math/big; false when one
// of want, shown and the tolerance does not fit a Decimal. A distance that
// does not fit is left invalid (it prints empty).
func rateFiguresBig(b, e, r figure, places int) (rateFigures, bool) {
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
