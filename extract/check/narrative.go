package check

// basicExpenditure checks the narrative's 基本支出 = 人员经费 + 公用经费.
func (c *checker) basicExpenditure() {
	b := c.facts.Budget
	if b == nil {
		return
	}
	total, ok1 := amount(caption{"基本支出"}, b.BasicExpenditure)
	p, ok2 := amount(caption{"人员经费"}, b.Personnel)
	o, ok3 := amount(caption{"公用经费"}, b.PublicOperating)
	if ok1 && ok2 && ok3 {
		c.emitSum(total, []figure{p, o}, equals)
	}
}

// generalExpenditure checks the narrative's 一般公共预算财政拨款支出 =
// 项目支出 + 基本支出, and = 一般公共预算财政拨款收入 when both are stated.
// Income and spending differ legitimately by what is carried over to the
// next year, so a gap between them is a warn, not a fail.
func (c *checker) generalExpenditure() {
	b := c.facts.Budget
	if b == nil {
		return
	}
	spent, ok := amount(caption{"一般公共预算财政拨款支出"}, b.GeneralPublicExpenditure)
	if !ok {
		return
	}
	p, ok1 := amount(caption{"项目支出"}, b.ProjectExpenditure)
	e, ok2 := amount(caption{"基本支出"}, b.BasicExpenditure)
	if ok1 && ok2 {
		c.emitSum(spent, []figure{p, e}, equals)
	}
	if in, ok := amount(caption{"一般公共预算财政拨款收入"}, b.GeneralPublicIncome); ok {
		if f, ok := sumCheck(spent, []figure{in}, equals, UnitYuan); ok {
			if f.Status == Fail {
				f.Status = Warn
				f.Message += "; what is received but not spent is carried over (结转结余), so a gap is a warn: check that the report explains it"
			}
			c.emit(f)
		}
	}
}
