package check

import (
	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/profile"
	"github.com/jixiao-dev/jixiao/extract/values"
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
		r, ok1 := percent(caption{"执行率"}, f.ExecutionRate)
		w, ok2 := fundsWeight(f, caption{"分值"})
		s, ok3 := fundsScore(f, caption{"得分"})
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
		c.emit(scoreCheck(&r, &w, &s, product))
	}
}

// scoreCheck judges the score s against the exact product.
func scoreCheck(r, w, s *figure, product values.Decimal) Finding {
	half := values.NewDecimal(5, s.num.Places()+1)
	f := Finding{Unit: UnitPoints, Expected: product, Actual: s.num, Tolerance: half, Spans: spans(*s, *w, *r)}
	m := newMessage()
	m.put("得分 ")
	m.written(s)
	m.put(" against 执行率 ")
	m.written(r)
	m.put(" × 分值 ")
	m.written(w)
	m.put(" = ", product.String())
	f.Status = scoreVerdict(m, s.num, product, half)
	f.Message = m.String()
	return f
}

// scoreVerdict ends the message of a score against the exact product,
// naming the roundings that give the score, and returns the status.
func scoreVerdict(m *message, score, product, half values.Decimal) string {
	if product.Cmp(score) == 0 {
		m.put(": equal")
		return Pass
	}
	var matches [len(roundings)]bool
	switch n := matchingRoundings(product, score, &matches); {
	case matches[0]:
		m.put(": equal when ", roundings[0].name, " (within ", half.String(), "分); also matches: ")
		if n == 1 {
			m.put("no other rounding")
		} else {
			roundingNames(m, matches[1:], roundings[1:], ", ")
		}
		return Pass
	case n == 0:
		m.put(": no common rounding (half up, truncated, up, to whole or half points) gives the score")
		return Warn
	}
	m.put(": not the product rounded half up to the score's decimals; matches when ")
	roundingNames(m, matches[:], roundings[:], ", or ")
	m.put(" (provinces round differently)")
	return Warn
}

// roundingNames appends the names of the roundings that match, joined by
// sep.
func roundingNames(m *message, matches []bool, rds []rounding, sep string) {
	first := true
	for i, ok := range matches {
		if !ok {
			continue
		}
		if !first {
			m.put(sep)
		}
		m.put(rds[i].name)
		first = false
	}
}

// matchingRoundings marks the roundings of product that give score, and
// returns how many do.
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
func fundsWeight(f *profile.Funds, name caption) (figure, bool) {
	return points(name, f.Weight, fundsSpan(f))
}

// fundsScore makes a figure of the funds line's score, at the span of the
// number.
func fundsScore(f *profile.Funds, name caption) (figure, bool) {
	return points(name, f.Score, fundsSpan(f))
}

// fundsSpan is where the funds line is written, for facts that give its
// weight and score no span of their own (facts built by hand, a number the
// profile could not place exactly): the span of the line's rate (or of its
// executed amount, or of its budget), all in the same row, stands in.
func fundsSpan(f *profile.Funds) document.Span {
	for _, v := range [...]*values.Value{f.ExecutionRate, f.Executed, f.FullYearBudget, f.InitialBudget} {
		if v != nil {
			return spanOf(v)
		}
	}
	return document.Span{}
}
