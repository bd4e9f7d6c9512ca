package check

import (
	"github.com/jixiao-dev/jixiao/extract/profile"
	"github.com/jixiao-dev/jixiao/extract/values"
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
		c.rateCheck("", "", f.FullYearBudget, f.Executed, f.ExecutionRate)
		for _, l := range f.BySource {
			c.rateCheck(l.Label, " ", l.FullYearBudget, l.Executed, l.ExecutionRate)
		}
	}
}

// rateCheck emits one execution-rate check; line and sep name the line
// ("当年财政拨款" and " "; both empty for the funds line).
func (c *checker) rateCheck(line, sep string, budget, executed, rate *values.Value) {
	b, ok1 := amount(caption{line, sep, "全年预算数"}, budget)
	e, ok2 := amount(caption{line, sep, "全年执行数"}, executed)
	r, ok3 := percent(caption{line, sep, "执行率"}, rate)
	if !ok1 || !ok2 || !ok3 || b.num.Sign() <= 0 || b.half.Cmp(b.num) >= 0 {
		return
	}
	places := r.num.Places()
	n, ok := rateFiguresOf(b, e, r, places)
	if !ok {
		return
	}
	f := Finding{Unit: UnitPercent, Expected: n.want, Actual: r.num, Tolerance: n.tol, Spans: spans(r, e, b)}
	m := newMessage()
	m.plain(&r)
	m.put(" against ")
	m.plain(&e)
	m.put(" / ")
	m.plain(&b)
	m.put(" = ", n.shown.String(), "% (to ")
	m.putInt(places)
	m.put(" decimals ", n.want.Written(), "%)")
	switch {
	case n.want.Cmp(r.num) == 0:
		f.Status = Pass
		m.put(": equal")
	case n.within:
		f.Status = Pass
		rateOff(m, n, "; passes on rounding", ", within")
	default:
		f.Status = Fail
		rateOff(m, n, "", ", more than")
	}
	f.Message = m.String()
	c.emit(f)
}

// rateOff ends a rate's message with its distance from the exact rate and
// the tolerance; within says how the two compare.
func rateOff(m *message, n rateFigures, verdict, within string) {
	m.put(": off by ", n.off.String(), "百分点", within, " the rounding tolerance of ", n.tol.String(),
		"百分点 (half a unit of the rate's last decimal and the rounding of both amounts)", verdict)
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
func (c *checker) breakdown(lines []profile.Amount, budget, total *values.Value, totalLabel string) {
	var parts []figure
	for _, l := range lines {
		if l.Amount == nil {
			continue
		}
		p, ok := amount(caption{l.Label}, l.Amount)
		if !ok {
			return
		}
		parts = append(parts, p)
	}
	if b, ok := amount(caption{"年度资金总额 全年预算数"}, budget); ok {
		c.emitSum(b, parts, equals)
	}
	if t, ok := amount(caption{totalLabel}, total); ok {
		c.emitSum(t, parts, equals)
	}
}

// sourceColumns are the columns of a project table's funds, each read off
// the total line and off a source line.
var sourceColumns = []struct {
	label string
	total func(*profile.Funds) *values.Value
	line  func(*profile.FundLine) *values.Value
}{
	{"年初预算数", func(f *profile.Funds) *values.Value { return f.InitialBudget }, func(l *profile.FundLine) *values.Value { return l.InitialBudget }},
	{"全年预算数", func(f *profile.Funds) *values.Value { return f.FullYearBudget }, func(l *profile.FundLine) *values.Value { return l.FullYearBudget }},
	{"全年执行数", func(f *profile.Funds) *values.Value { return f.Executed }, func(l *profile.FundLine) *values.Value { return l.Executed }},
}

// sourceBreakdown checks, column by column, that the source lines of a
// project table (当年财政拨款, 上年结转资金, 其他资金) add up to its total line.
func (c *checker) sourceBreakdown() {
	for _, se := range c.evaluations() {
		f := se.Funds
		if f == nil || len(f.BySource) == 0 {
			continue
		}
		for _, col := range sourceColumns {
			var parts []figure
			ok := true
			for i := range f.BySource {
				if v := col.line(&f.BySource[i]); v != nil {
					p, good := amount(caption{f.BySource[i].Label, " ", col.label}, v)
					ok = ok && good
					parts = append(parts, p)
				}
			}
			if t, good := amount(caption{"年度资金总额 ", col.label}, col.total(f)); good && ok {
				c.emitSum(t, parts, equals)
			}
		}
	}
}

// hundred is 100 as a decimal.
var hundred = values.NewDecimal(100, 0)
