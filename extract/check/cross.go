package check

import (
	"strings"

	"jixiao/schema"
)

// The labels by which the cross rules find rows of the basic-data table
// (the profile gives them without numbering and "其中："), and the words of a
// column of actual spending.
var (
	publicOperatingRows = []string{"公用经费", "日常公用经费", "公用经费支出"}
	projectRows         = []string{"项目支出", "项目支出合计", "项目经费"}
	actualColumnWords   = []string{"决算", "执行数", "实际支出"}
)

// publicOperating checks that the basic-data table's 公用经费, in its latest
// column of actual spending, equals the narrative's 公用经费.
func (c *checker) publicOperating() {
	b := c.facts.Budget
	if b == nil {
		return
	}
	annex, ok1 := c.basicFigure(publicOperatingRows)
	told, ok2 := amount("正文 公用经费", b.PublicOperating)
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
	annex, ok := c.basicFigure(projectRows)
	if !ok {
		return
	}
	parts := make([]figure, 0, len(c.facts.Projects))
	for _, p := range c.facts.Projects {
		f, ok := amount(p.Name.Text, p.Spent)
		if !ok {
			return
		}
		parts = append(parts, f)
	}
	c.emitSum(annex, parts, equals)
}

// basicFigure returns the amount of the first expense-control row with one
// of the labels, in the latest column of actual spending.
func (c *checker) basicFigure(labels []string) (figure, bool) {
	bd := c.facts.BasicData
	if bd == nil {
		return figure{}, false
	}
	col, ok := latestActual(bd.ExpenseColumns)
	if !ok {
		return figure{}, false
	}
	row := findRow(bd.ExpenseControl, labels)
	if row == nil {
		return figure{}, false
	}
	return amount("基础数据表 "+row.Label+" "+col, row.Values[col])
}

// latestActual picks the column of actual spending (决算数) with the latest
// year; the last one when years tie or are not written.
func latestActual(cols []string) (string, bool) {
	best, bestYear, found := "", -1, false
	for _, col := range cols {
		if !containsAny(col, actualColumnWords) {
			continue
		}
		if y := leadingYear(col); y >= bestYear {
			best, bestYear, found = col, y, true
		}
	}
	return best, found
}

// leadingYear reads the four-digit year a column label starts with
// ("2023年决算数"); 0 when there is none.
func leadingYear(s string) int {
	y := 0
	for i := 0; i < len(s) && i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0
		}
		y = y*10 + int(s[i]-'0')
	}
	if len(s) < 4 {
		return 0
	}
	return y
}

// findRow finds the first row, roots first, whose label is one of labels.
func findRow(rows []schema.ExpenseRow, labels []string) *schema.ExpenseRow {
	for i := range rows {
		if oneOf(rows[i].Label, labels) {
			return &rows[i]
		}
	}
	for i := range rows {
		if r := findRow(rows[i].Children, labels); r != nil {
			return r
		}
	}
	return nil
}

// oneOf reports whether label, without spaces, colons and a unit in
// brackets, is one of labels.
func oneOf(label string, labels []string) bool {
	l := strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u3000' || r == '\t' {
			return -1
		}
		return r
	}, label)
	l = strings.TrimRight(l, ":：")
	if i := strings.IndexAny(l, "(（"); i > 0 {
		l = l[:i]
	}
	for _, x := range labels {
		if l == x {
			return true
		}
	}
	return false
}

// containsAny reports whether s contains one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
