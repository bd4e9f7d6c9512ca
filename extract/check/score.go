package check

import (
	"strings"

	"jixiao/extract/values"
	"jixiao/schema"
)

// rounding is one way a province may round 执行率 × 分值 to a score.
type rounding struct {
	name   string
	places int // -1: the score's own written decimals
	mode   roundMode
	halves bool // to half points: round 2x, then halve
}

// roundings are the ways tried, the usual one first.
var roundings = []rounding{
	{"rounded half up to the score's decimals", -1, halfUp, false},
	{"truncated to the score's decimals", -1, down, false},
	{"rounded up to the score's decimals", -1, up, false},
	{"rounded half up to whole points", 0, halfUp, false},
	{"truncated to whole points", 0, down, false},
	{"rounded up to whole points", 0, up, false},
	{"rounded half up to half points", 0, halfUp, true},
	{"rounded half up to 1 decimal", 1, halfUp, false},
	{"rounded half up to 2 decimals", 2, halfUp, false},
}

// budgetScore checks the funds line's 得分 against 执行率 × 分值 (a rate
// above 100% counts as 100%). The product rounded half up to the score's
// decimals passes; any other match is a warn naming the rounding, since
// provinces round differently; no match at all is a warn too.
func (c *checker) budgetScore() {
	for _, se := range c.evaluations() {
		f := se.Funds
		if f == nil {
			continue
		}
		r, ok1 := percent("执行率", f.ExecutionRate)
		w, ok2 := fundsWeight(f, "分值")
		s, ok3 := fundsScore(f, "得分")
		if !ok1 || !ok2 || !ok3 {
			continue
		}
		rate := r.num
		if rate.Cmp(hundred) > 0 {
			rate = hundred
		}
		product := rate.Mul(w.num).Shift(-2)
		if !product.Valid() {
			continue
		}
		c.emit(scoreCheck(r, w, s, product))
	}
}

// scoreCheck judges the score s against the exact product.
func scoreCheck(r, w, s figure, product values.Decimal) schema.Check {
	half := values.NewDecimal(5, s.num.Places()+1)
	k := schema.Check{Expected: dec(product), Actual: dec(s.num), Tolerance: dec(half), Unit: UnitPoints,
		Spans: figureSpans(s, w, r)}
	head := "得分 " + s.text + " against 执行率 " + r.text + " × 分值 " + w.text + " = " + product.String()
	if product.Cmp(s.num) == 0 {
		k.Status, k.Message = Pass, head+": equal"
		return k
	}
	matches := matchingRoundings(product, s.num)
	if len(matches) > 0 && matches[0] == roundings[0].name {
		k.Status = Pass
		k.Message = head + ": equal when " + matches[0] + " (within " + half.String() + "分); also matches: " + orNone(matches[1:])
		return k
	}
	k.Status = Warn
	if len(matches) == 0 {
		k.Message = head + ": no common rounding (half up, truncated, up, to whole or half points) gives the score"
	} else {
		k.Message = head + ": not the product rounded half up to the score's decimals; matches when " + strings.Join(matches, ", or ") + " (provinces round differently)"
	}
	return k
}

// matchingRoundings names the roundings of product that give score. The
// product of two decimals is a decimal, so it is rounded as one
// (roundDecimal), with no rational arithmetic.
func matchingRoundings(product, score values.Decimal) []string {
	var out []string
	for _, rd := range roundings {
		places := rd.places
		if places < 0 {
			places = score.Places()
		}
		var got values.Decimal
		var ok bool
		if rd.halves {
			twice := product.Mul(values.NewDecimal(2, 0))
			if !twice.Valid() {
				// Kept from when this went through math/big: a doubled
				// product too large for a Decimal was read as 0.
				twice = values.NewDecimal(0, 0)
			}
			got, ok = roundDecimal(twice, 0, rd.mode)
			got = got.Mul(values.NewDecimal(5, 1))
		} else {
			got, ok = roundDecimal(product, places, rd.mode)
		}
		if ok && got.Cmp(score) == 0 {
			out = append(out, rd.name)
		}
	}
	return out
}

// orNone joins names, or says "none".
func orNone(names []string) string {
	if len(names) == 0 {
		return "no other rounding"
	}
	return strings.Join(names, ", ")
}

// fundsWeight makes a figure of the funds line's weight, at the span of the
// number.
func fundsWeight(f *schema.Funds, label string) (figure, bool) {
	return points(label, f.Weight, spanOr(f.WeightSpan, fundsSpan(f)))
}

// fundsScore makes a figure of the funds line's score, at the span of the
// number.
func fundsScore(f *schema.Funds, label string) (figure, bool) {
	return points(label, f.Score, spanOr(f.ScoreSpan, fundsSpan(f)))
}

// fundsSpan is where the funds line is written, for facts that give its
// weight and score no span of their own (facts built by hand, a number the
// profile could not place exactly): the span of the line's rate (or of its
// executed amount, or of its budget), all in the same row, stands in.
func fundsSpan(f *schema.Funds) schema.Span {
	for _, v := range []*schema.Value{f.ExecutionRate, f.Executed, f.FullYearBudget, f.InitialBudget} {
		if v != nil {
			return v.Span
		}
	}
	return schema.Span{}
}
