package check

import (
	"github.com/jixiao-dev/jixiao/extract/values"
	"github.com/jixiao-dev/jixiao/schema"
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
func (c *checker) rateCheck(line, sep string, budget, executed, rate *schema.Value) {
	b, ok1 := amount(label{line, sep, "全年预算数"}, budget)
	e, ok2 := amount(label{line, sep, "全年执行数"}, executed)
	r, ok3 := percent(label{line, sep, "执行率"}, rate)
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
	d := draft{unit: UnitPercent, expected: c.number(n.want), actual: c.number(r.num), tolerance: c.number(n.tol)}
	spans := c.spanMark()
	c.spanFigures(r, e, b)
	d.spans = c.spansFrom(spans)
	start := c.mark()
	c.plain(&r)
	c.put(" against ")
	c.plain(&e)
	c.put(" / ")
	c.plain(&b)
	c.put(" = ")
	c.text = n.shown.Append(c.text)
	c.put("% (to ")
	c.putInt(places)
	c.put(" decimals ")
	c.text = n.want.AppendWritten(c.text)
	c.put("%)")
	switch {
	case n.want.Cmp(r.num) == 0:
		d.status = Pass
		c.put(": equal")
	case n.within:
		d.status = Pass
		c.rateOff(n, "; passes on rounding", ", within")
	default:
		d.status = Fail
		c.rateOff(n, "", ", more than")
	}
	d.message = c.since(start)
	c.emit(d)
}

// rateOff ends a rate's message with its distance from the exact rate and
// the tolerance; within says how the two compare.
func (c *checker) rateOff(n rateFigures, verdict, within string) {
	c.put(": off by ")
	c.text = n.off.Append(c.text)
	c.put("百分点", within, " the rounding tolerance of ")
	c.text = n.tol.Append(c.text)
	c.put("百分点 (half a unit of the rate's last decimal and the rounding of both amounts)", verdict)
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
	c.parts = c.parts[:0]
	for _, l := range lines {
		if l.Amount == nil {
			continue
		}
		p, ok := amount(label{l.Label}, l.Amount)
		if !ok {
			return
		}
		c.parts = append(c.parts, p)
	}
	if b, ok := amount(label{"年度资金总额 全年预算数"}, budget); ok {
		c.emitSum(b, c.parts, equals)
	}
	if t, ok := amount(label{totalLabel}, total); ok {
		c.emitSum(t, c.parts, equals)
	}
}

// sourceColumns are the columns of a project table's funds, each read off
// the total line and off a source line.
var sourceColumns = []struct {
	label string
	total func(*schema.Funds) *schema.Value
	line  func(*schema.FundLine) *schema.Value
}{
	{"年初预算数", func(f *schema.Funds) *schema.Value { return f.InitialBudget }, func(l *schema.FundLine) *schema.Value { return l.InitialBudget }},
	{"全年预算数", func(f *schema.Funds) *schema.Value { return f.FullYearBudget }, func(l *schema.FundLine) *schema.Value { return l.FullYearBudget }},
	{"全年执行数", func(f *schema.Funds) *schema.Value { return f.Executed }, func(l *schema.FundLine) *schema.Value { return l.Executed }},
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
			c.parts = c.parts[:0]
			ok := true
			for i := range f.BySource {
				if v := col.line(&f.BySource[i]); v != nil {
					p, good := amount(label{f.BySource[i].Label, " ", col.label}, v)
					ok = ok && good
					c.parts = append(c.parts, p)
				}
			}
			if t, good := amount(label{"年度资金总额 ", col.label}, col.total(f)); good && ok {
				c.emitSum(t, c.parts, equals)
			}
		}
	}
}

// emitSum emits the check of an amount total against its parts, when there
// are parts.
func (c *checker) emitSum(total figure, parts []figure, rel relation) {
	if d, ok := c.sumCheck(total, parts, rel, UnitYuan); ok {
		c.emit(d)
	}
}

// hundred is 100 as a decimal.
var hundred = values.NewDecimal(100, 0)
