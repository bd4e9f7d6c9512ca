package check

import (
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
	places := r.num.Places()
	n, ok := rateFiguresExact(b, e, r, places)
	if !ok {
		n, ok = rateFiguresBig(b, e, r, places)
	}
	if !ok {
		return
	}
	head := r.label + " " + r.text + " against " + e.label + " " + e.text + " / " + b.label + " " + b.text + " = " +
		n.shown.String() + "% (to " + strconv.Itoa(places) + " decimals " + n.want.Written() + "%)"
	k := schema.Check{Expected: dec(n.want), Actual: dec(r.num), Tolerance: dec(n.tol), Unit: UnitPercent,
		Spans: figureSpans(r, e, b)}
	switch {
	case n.want.Cmp(r.num) == 0:
		k.Status, k.Message = Pass, head+": equal"
	case n.within:
		k.Status, k.Message = Pass, head+": off by "+n.off.String()+"百分点, within the rounding tolerance of "+n.tol.String()+
			"百分点 (half a unit of the rate's last decimal and the rounding of both amounts); passes on rounding"
	default:
		k.Status, k.Message = Fail, head+": off by "+n.off.String()+"百分点, more than the rounding tolerance of "+n.tol.String()+
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
