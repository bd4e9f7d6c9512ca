package check

import "github.com/jixiao-dev/jixiao/extract/profile"

// publicOperating checks that the basic-data table's 公用经费, in its latest
// column of actual spending, equals the narrative's 公用经费.
func (c *checker) publicOperating() {
	b := c.facts.Budget
	if b == nil {
		return
	}
	annex, ok1 := c.basicFigure(keyPublicOperating)
	told, ok2 := amount(caption{"正文 公用经费"}, b.PublicOperating)
	if ok1 && ok2 {
		c.emitSum(annex, []figure{told}, equals)
	}
}

// projectTotal checks that the basic-data table's 项目支出, in its latest
// column of actual spending, equals the sum of the narrative's project items'
// 实际支出. An item without a spent amount leaves the sum unknown.
func (c *checker) projectTotal() {
	if len(c.facts.Projects) == 0 {
		return
	}
	annex, ok := c.basicFigure(keyProjectExpenditure)
	if !ok {
		return
	}
	var parts []figure
	for i := range c.facts.Projects {
		p := &c.facts.Projects[i]
		f, ok := amount(caption{p.Name.Text}, p.Spent)
		if !ok {
			return
		}
		parts = append(parts, f)
	}
	c.emitSum(annex, parts, equals)
}

// Keys of the expense-control rows the cross rules compare (set by the
// profile stage: profile.ExpenseRow.Key).
const (
	keyPublicOperating    = "public_operating"
	keyProjectExpenditure = "project_expenditure"
)

// basicFigure returns the amount of the first expense-control row with the
// key, roots first, in the column of actual spending the profile named.
func (c *checker) basicFigure(key string) (figure, bool) {
	bd := c.facts.BasicData
	if bd == nil || bd.ActualColumn == "" {
		return figure{}, false
	}
	row := findRow(bd.ExpenseControl, key)
	if row == nil {
		return figure{}, false
	}
	col := bd.ActualColumn
	return amount(caption{"基础数据表 ", row.Label, " ", col}, row.Values[col])
}

// findRow finds the first row, roots first, with the key.
func findRow(rows []profile.ExpenseRow, key string) *profile.ExpenseRow {
	for i := range rows {
		if rows[i].Key == key {
			return &rows[i]
		}
	}
	for i := range rows {
		if r := findRow(rows[i].Children, key); r != nil {
			return r
		}
	}
	return nil
}
