package check

import (
	"github.com/jixiao-dev/jixiao/extract/values"
	"github.com/jixiao-dev/jixiao/schema"
)

// rounding is one way a province may round 执行率 × 分值 to a score.
type rounding struct {
	name   string
	places int // -1: the score's own written decimals
	mode   roundMode
	halves bool // to half points: round 2x, then halve
}

// roundings are the ways tried, the usual one first.
var roundings = [...]rounding{
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
		r, ok1 := percent(label{"执行率"}, f.ExecutionRate)
		w, ok2 := fundsWeight(f, label{"分值"})
		s, ok3 := fundsScore(f, label{"得分"})
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
		c.emit(c.scoreCheck(&r, &w, &s, product))
	}
}

// scoreCheck judges the score s against the exact product.
func (c *checker) scoreCheck(r, w, s *figure, product values.Decimal) draft {
	half := values.NewDecimal(5, s.num.Places()+1)
	d := draft{unit: UnitPoints, expected: c.number(product), actual: c.number(s.num), tolerance: c.number(half)}
	spans := c.spanMark()
	c.spanFigures(*s, *w, *r)
	d.spans = c.spansFrom(spans)
	start := c.mark()
	c.put("得分 ")
	c.written(s)
	c.put(" against 执行率 ")
	c.written(r)
	c.put(" × 分值 ")
	c.written(w)
	c.put(" = ")
	c.text = product.Append(c.text)
	d.status = c.scoreVerdict(s.num, product, half)
	d.message = c.since(start)
	return d
}

// scoreVerdict ends the message of a score against the exact product,
// naming the roundings that give the score, and returns the status.
func (c *checker) scoreVerdict(score, product, half values.Decimal) string {
	if product.Cmp(score) == 0 {
		c.put(": equal")
		return Pass
	}
	var matches [len(roundings)]bool
	switch n := matchingRoundings(product, score, &matches); {
	case matches[0]:
		c.put(": equal when ", roundings[0].name, " (within ")
		c.text = half.Append(c.text)
		c.put("分); also matches: ")
		if n == 1 {
			c.put("no other rounding")
		} else {
			c.roundingNames(matches[1:], roundings[1:], ", ")
		}
		return Pass
	case n == 0:
		c.put(": no common rounding (half up, truncated, up, to whole or half points) gives the score")
		return Warn
	}
	c.put(": not the product rounded half up to the score's decimals; matches when ")
	c.roundingNames(matches[:], roundings[:], ", or ")
	c.put(" (provinces round differently)")
	return Warn
}

// roundingNames appends the names of the roundings that match, joined by
// sep.
func (c *checker) roundingNames(matches []bool, rds []rounding, sep string) {
	first := true
	for i, m := range matches {
		if !m {
			continue
		}
		if !first {
			c.put(sep)
		}
		c.put(rds[i].name)
		first = false
	}
}

// matchingRoundings marks the roundings of product that give score, and
// returns how many do. The product of two decimals is a decimal, so it is
// rounded as one (roundDecimal), with no rational arithmetic.
func matchingRoundings(product, score values.Decimal, matches *[len(roundings)]bool) int {
	n := 0
	for i, rd := range roundings {
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
				// product too large for a decimal was read as 0.
				twice = values.NewDecimal(0, 0)
			}
			got, ok = roundDecimal(twice, 0, rd.mode)
			got = got.Mul(values.NewDecimal(5, 1))
		} else {
			got, ok = roundDecimal(product, places, rd.mode)
		}
		if ok && got.Cmp(score) == 0 {
			matches[i] = true
			n++
		}
	}
	return n
}

// fundsWeight makes a figure of the funds line's weight, at the span of the
// number.
func fundsWeight(f *schema.Funds, name label) (figure, bool) {
	return points(name, f.Weight, spanOr(f.WeightSpan, fundsSpan(f)))
}

// fundsScore makes a figure of the funds line's score, at the span of the
// number.
func fundsScore(f *schema.Funds, name label) (figure, bool) {
	return points(name, f.Score, spanOr(f.ScoreSpan, fundsSpan(f)))
}

// fundsSpan is where the funds line is written, for facts that give its
// weight and score no span of their own (facts built by hand, a number the
// profile could not place exactly): the span of the line's rate (or of its
// executed amount, or of its budget), all in the same row, stands in.
func fundsSpan(f *schema.Funds) schema.Span {
	for _, v := range [...]*schema.Value{f.ExecutionRate, f.Executed, f.FullYearBudget, f.InitialBudget} {
		if v != nil {
			return v.Span
		}
	}
	return schema.Span{}
}
