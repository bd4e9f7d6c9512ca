package review

import (
	"sort"
	"strconv"
	"strings"

	"github.com/jixiao-dev/jixiao/schema"
)

// selfEvaluation adds the tables of a self-evaluation: funds, their
// breakdowns and source lines, goals and indicators; prefix names the
// project of a further project table.
func (b *builder) selfEvaluation(se *schema.SelfEvaluation, prefix string, add func(factTable)) {
	who := factTable{Title: prefix + "自评表 self-evaluation", Head: []string{"项目", "内容"}}
	for _, r := range []struct {
		name string
		t    *schema.Text
	}{{"单位", se.Unit}, {"项目名称", se.Project}, {"主管部门", se.Department}} {
		if r.t != nil {
			who.Rows = append(who.Rows, []factCell{label(r.name), b.textCell(r.t)})
		}
	}
	add(who)
	if fu := se.Funds; fu != nil {
		add(b.fundsTable(prefix, fu))
		add(b.breakdownTable(prefix+"按收入性质分 by income", fu.IncomeTotal, fu.ByIncome))
		add(b.breakdownTable(prefix+"按支出性质分 by expenditure", fu.ExpenditureTotal, fu.ByExpenditure))
		add(b.sourcesTable(prefix, fu.BySource))
	}
	add(b.goalsTable(prefix, se.Goals))
	add(b.indicatorsTable(prefix, se))
}

func (b *builder) fundsTable(prefix string, fu *schema.Funds) factTable {
	t := factTable{Title: prefix + "资金 funds", Head: []string{"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"}}
	row := []factCell{b.valueCell(fu.InitialBudget), b.valueCell(fu.FullYearBudget), b.valueCell(fu.Executed),
		b.decimalCell(fu.Weight, fu.WeightSpan), b.valueCell(fu.ExecutionRate), b.decimalCell(fu.Score, fu.ScoreSpan)}
	for _, c := range row {
		if c.Text != "" {
			t.Rows = append(t.Rows, row)
			break
		}
	}
	return t
}

func (b *builder) breakdownTable(title string, total *schema.Value, lines []schema.Amount) factTable {
	t := factTable{Title: title, Head: []string{"项目", "金额"}}
	if total != nil {
		t.Rows = append(t.Rows, []factCell{label("合计"), b.valueCell(total)})
	}
	for _, a := range lines {
		t.Rows = append(t.Rows, []factCell{b.spanLabel(a.Label, a.Span, 0), b.valueCell(a.Amount)})
	}
	return t
}

func (b *builder) sourcesTable(prefix string, lines []schema.FundLine) factTable {
	t := factTable{Title: prefix + "资金来源 sources", Head: []string{"来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"}}
	for _, l := range lines {
		t.Rows = append(t.Rows, []factCell{b.spanLabel(l.Label, l.Span, 0), b.valueCell(l.InitialBudget), b.valueCell(l.FullYearBudget),
			b.valueCell(l.Executed), b.decimalCell(l.Weight, l.WeightSpan), b.valueCell(l.ExecutionRate), b.decimalCell(l.Score, l.ScoreSpan)})
	}
	return t
}

func (b *builder) goalsTable(prefix string, goals []schema.Goal) factTable {
	t := factTable{Title: prefix + "年度总体目标 goals", Head: []string{"预期目标", "实际完成情况"}}
	for _, g := range goals {
		t.Rows = append(t.Rows, []factCell{b.textCell(g.Expected), b.textCell(g.Actual)})
	}
	return t
}

// indicatorsTable lists the indicators with weight, score, target and
// actual, then the 总分 row. A level-1 or level-2 label is written on the
// first row of its group only, as in the source.
func (b *builder) indicatorsTable(prefix string, se *schema.SelfEvaluation) factTable {
	t := factTable{Title: prefix + "绩效指标 indicators", Head: []string{"一级指标", "二级指标", "三级指标", "分值", "得分", "年度指标值", "实际完成值"}}
	var l1, l2 string
	for i := range se.Indicators {
		in := &se.Indicators[i]
		c1, c2 := factCell{Class: "lbl"}, factCell{Class: "lbl"}
		if in.Level1 != l1 {
			c1.Text = in.Level1
			if in.Level1Weight != "" {
				c1.Text += "（" + string(in.Level1Weight) + "分）"
			}
			if in.Level1WeightSpan != nil && b.fits(*in.Level1WeightSpan, func() string { return "fact level1 weight" }) {
				c1.S = attr(*in.Level1WeightSpan)
			}
			l2 = ""
		}
		if in.Level2 != l2 {
			c2.Text = in.Level2
		}
		l1, l2 = in.Level1, in.Level2
		t.Rows = append(t.Rows, []factCell{c1, c2, b.spanLabel(in.Name, in.Span, 0),
			b.decimalCell(in.Weight, in.WeightSpan), b.decimalCell(in.Score, in.ScoreSpan),
			b.measureCell(in.Target), b.measureCell(in.Actual)})
	}
	if se.TotalWeight != "" || se.TotalScore != "" {
		t.Rows = append(t.Rows, []factCell{label("总分"), {}, {},
			b.decimalCell(se.TotalWeight, se.TotalWeightSpan), b.decimalCell(se.TotalScore, se.TotalScoreSpan), {}, {}})
	}
	return t
}

// measureCell is a target or actual as written, linked to its cell.
func (b *builder) measureCell(m *schema.Measure) factCell {
	if m == nil {
		return factCell{}
	}
	return b.textCell(&schema.Text{Text: m.Raw, Span: m.Span})
}

// expenseTable lists the rows of a basic-data block as a tree, one column
// per label of columns (or, when columns is nil, per label found in the
// rows, in the order of their first value in the text).
func (b *builder) expenseTable(title string, rows []schema.ExpenseRow, columns []string) factTable {
	if columns == nil {
		columns = rowColumns(rows)
	}
	t := factTable{Title: title, Head: append([]string{"项目"}, columns...)}
	var walk func(rs []schema.ExpenseRow, depth int)
	walk = func(rs []schema.ExpenseRow, depth int) {
		for i := range rs {
			r := &rs[i]
			row := []factCell{b.spanLabel(strings.TrimSpace(r.Marker+r.Label), r.Span, depth)}
			for _, col := range columns {
				c := b.valueCell(r.Values[col])
				if c.Text == "" {
					if tx, ok := r.Texts[col]; ok {
						c = b.textCell(&tx)
					}
				}
				row = append(row, c)
			}
			t.Rows = append(t.Rows, row)
			walk(r.Children, depth+1)
		}
	}
	walk(rows, 0)
	return t
}

// rowColumns are the column labels used by rows and their children, ordered
// by where their first value stands in the text, then by label.
func rowColumns(rows []schema.ExpenseRow) []string {
	first := map[string]int{}
	note := func(col string, pos int) {
		if p, ok := first[col]; !ok || pos < p {
			first[col] = pos
		}
	}
	var walk func(rs []schema.ExpenseRow)
	walk = func(rs []schema.ExpenseRow) {
		for _, r := range rs {
			for col, v := range r.Values {
				pos := int(^uint(0) >> 1)
				if v != nil {
					pos = v.Span.Start
				}
				note(col, pos)
			}
			for col, tx := range r.Texts {
				note(col, tx.Span.Start)
			}
			walk(r.Children)
		}
	}
	walk(rows)
	cols := make([]string, 0, len(first))
	for c := range first {
		cols = append(cols, c)
	}
	sort.Slice(cols, func(i, j int) bool {
		if first[cols[i]] != first[cols[j]] {
			return first[cols[i]] < first[cols[j]]
		}
		return cols[i] < cols[j]
	})
	return cols
}

func itoa(n int) string { return strconv.Itoa(n) }
