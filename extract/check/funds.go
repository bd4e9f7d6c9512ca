package check

import (
	"math/big"
	"strconv"

	"jixiao/extract/values"
	"jixiao/schema"
)

// executionRate checks 执行率 = 全年执行数 / 全年预算数 on the funds line of
// every self-evaluation table, and on each of its source lines that states
// a rate.
func (c *checker) executionRate() {
	for _, se := range c.evaluations() {
		f := se.Funds
		if f == nil {
			continue
		}
		c.rateCheck("", f.FullYearBudget, f.Executed, f.ExecutionRate)
		for _, l := range f.BySource {
			c.rateCheck(l.Label+" ", l.FullYearBudget, l.Executed, l.ExecutionRate)
		}
	}
}

// rateCheck emits one execution-rate check; prefix names the line.
func (c *checker) rateCheck(prefix string, budget, executed, rate *schema.Value) {
	b, ok1 := amount(prefix+"全年预算数", budget)
	e, ok2 := amount(prefix+"全年执行数", executed)
	r, ok3 := percent(prefix+"执行率", rate)
	if !ok1 || !ok2 || !ok3 || b.num.Sign() <= 0 || b.half.Cmp(b.num) >= 0 {
		return
	}
	// exact = 100·E/B; the rounding of E and B moves it by at most
	// 100·(hE·B + E·hB) / (B·(B−hB)), the rate's own rounding by its half-unit.
	B, E, hB, hE := rat(b.num), rat(e.num), rat(b.half), rat(e.half)
	pct := big.NewRat(100, 1)
	exact := new(big.Rat).Mul(pct, new(big.Rat).Quo(E, B))
	spread := new(big.Rat).Add(new(big.Rat).Mul(hE, B), new(big.Rat).Mul(E, hB))
	spread.Mul(spread, pct)
	spread.Quo(spread, new(big.Rat).Mul(B, new(big.Rat).Sub(B, hB)))
	tol := new(big.Rat).Add(spread, rat(r.half))
	places := r.num.Places()
	want, ok4 := roundRat(exact, places, halfUp)
	shown, ok5 := roundRat(exact, places+3, halfUp)
	tolShown, ok6 := roundRat(tol, places+3, up)
	if !ok4 || !ok5 || !ok6 {
		return
	}
	off := new(big.Rat).Sub(rat(r.num), exact)
	head := r.label + " " + r.text + " against " + e.label + " " + e.text + " / " + b.label + " " + b.text + " = " +
		shown.String() + "% (to " + strconv.Itoa(places) + " decimals " + want.Written() + "%)"
	k := schema.Check{Expected: dec(want), Actual: dec(r.num), Tolerance: dec(tolShown), Unit: UnitPercent,
		Spans: figureSpans(r, e, b)}
	offShown, _ := roundRat(new(big.Rat).Abs(off), places+3, up)
	switch {
	case want.Cmp(r.num) == 0:
		k.Status, k.Message = Pass, head+": equal"
	case new(big.Rat).Abs(off).Cmp(tol) <= 0:
		k.Status, k.Message = Pass, head+": off by "+offShown.String()+"百分点, within the rounding tolerance of "+tolShown.String()+
			"百分点 (half a unit of the rate's last decimal and the rounding of both amounts); passes on rounding"
	default:
		k.Status, k.Message = Fail, head+": off by "+offShown.String()+"百分点, more than the rounding tolerance of "+tolShown.String()+
			"百分点 (half a unit of the rate's last decimal and the rounding of both amounts)"
	}
	c.emit(k)
}

// incomeBreakdown checks that the lines by income type add up to the year's
// budget and to the 按收入性质分 total.
func (c *checker) incomeBreakdown() {
	for _, se := range c.evaluations() {
		if f := se.Funds; f != nil {
			c.breakdown(f.ByIncome, f.FullYearBudget, f.IncomeTotal, "按收入性质分")
		}
	}
}

// expenditureBreakdown checks that the lines by expenditure type add up to
// the year's budget and to the 按支出性质分 total.
func (c *checker) expenditureBreakdown() {
	for _, se := range c.evaluations() {
		if f := se.Funds; f != nil {
			c.breakdown(f.ByExpenditure, f.FullYearBudget, f.ExpenditureTotal, "按支出性质分")
		}
	}
}

// breakdown compares the sum of lines with the budget and with the
// breakdown's own total. A line whose amount cannot be compared (an
// approximate figure) leaves the sum unknown: no check.
func (c *checker) breakdown(lines []schema.Amount, budget, total *schema.Value, totalLabel string) {
	var parts []figure
	for _, l := range lines {
		if l.Amount == nil {
			continue
		}
		p, ok := amount(l.Label, l.Amount)
		if !ok {
			return
		}
		parts = append(parts, p)
	}
	if b, ok := amount("年度资金总额 全年预算数", budget); ok {
		c.emitSum(b, parts, equals)
	}
	if t, ok := amount(totalLabel, total); ok {
		c.emitSum(t, parts, equals)
	}
}

// sourceBreakdown checks, column by column, that the source lines of a
// project table (当年财政拨款, 上年结转资金, 其他资金) add up to its total line.
func (c *checker) sourceBreakdown() {
	columns := []struct {
		label string
		total func(*schema.Funds) *schema.Value
		line  func(*schema.FundLine) *schema.Value
	}{
		{"年初预算数", func(f *schema.Funds) *schema.Value { return f.InitialBudget }, func(l *schema.FundLine) *schema.Value { return l.InitialBudget }},
		{"全年预算数", func(f *schema.Funds) *schema.Value { return f.FullYearBudget }, func(l *schema.FundLine) *schema.Value { return l.FullYearBudget }},
		{"全年执行数", func(f *schema.Funds) *schema.Value { return f.Executed }, func(l *schema.FundLine) *schema.Value { return l.Executed }},
	}
	for _, se := range c.evaluations() {
		f := se.Funds
		if f == nil || len(f.BySource) == 0 {
			continue
		}
		for _, col := range columns {
			var parts []figure
			ok := true
			for i := range f.BySource {
				if v := col.line(&f.BySource[i]); v != nil {
					p, good := amount(f.BySource[i].Label+" "+col.label, v)
					ok = ok && good
					parts = append(parts, p)
				}
			}
			if t, good := amount("年度资金总额 "+col.label, col.total(f)); good && ok {
				c.emitSum(t, parts, equals)
			}
		}
	}
}

// emitSum emits the check of an amount total against its parts, when there
// are parts.
func (c *checker) emitSum(total figure, parts []figure, rel relation) {
	if k, ok := c.sumCheck(total, parts, rel, UnitYuan); ok {
		c.emit(k)
	}
}

// hundred is 100 as a Decimal.
var hundred = values.NewDecimal(100, 0)
