package check

import (
	"strconv"
	"strings"

	"github.com/jixiao-dev/jixiao/schema"
)

// ruleCase is one hand-built set of facts for one rule; the checks it
// must give are in ruleWants under "rule/name".
type ruleCase struct {
	name  string
	rule  string
	facts *schema.Facts
}

// budget makes the narrative's figures: expenditure, project, basic,
// personnel, operating (万元, lines 1–5), income on line 6 when not "".
func budget(spent, project, basic, personnel, operating, income string) *schema.Facts {
	b := &schema.Budget{}
	set := func(p **schema.Value, raw string, n int) {
		if raw != "" {
			*p = wan(raw, n)
		}
	}
	set(&b.GeneralPublicExpenditure, spent, 1)
	set(&b.ProjectExpenditure, project, 2)
	set(&b.BasicExpenditure, basic, 3)
	set(&b.Personnel, personnel, 4)
	set(&b.PublicOperating, operating, 5)
	set(&b.GeneralPublicIncome, income, 6)
	return &schema.Facts{Budget: b}
}

// funds makes a self-evaluation table (line 10) with a funds line: budget,
// executed, rate on lines 11–13; weight and score are written in the rate's
// row.
func funds(full, executed, rate, weight, score string) *schema.Facts {
	f := &schema.Funds{Weight: schema.Decimal(weight), Score: schema.Decimal(score)}
	if full != "" {
		f.FullYearBudget = wan(full, 11)
	}
	if executed != "" {
		f.Executed = wan(executed, 12)
	}
	if rate != "" {
		f.ExecutionRate = pct("", rate, 13)
	}
	return &schema.Facts{SelfEvaluation: &schema.SelfEvaluation{Span: at(10), Funds: f}}
}

// breakdown makes a funds line with a budget on line 11, lines by income
// on lines 20… and their total on line 19 when not "".
func breakdown(full, total string, lines ...string) *schema.Facts {
	f := &schema.Funds{FullYearBudget: wan(full, 11)}
	if total != "" {
		f.IncomeTotal = wan(total, 19)
	}
	for i, l := range lines {
		a := schema.Amount{Label: "来源" + string(rune('A'+i)), Span: at(20 + i)}
		if l != "" {
			a.Amount = wan(l, 20+i)
		}
		f.ByIncome = append(f.ByIncome, a)
	}
	return &schema.Facts{SelfEvaluation: &schema.SelfEvaluation{Span: at(10), Funds: f}}
}

// indicators makes a self-evaluation table (line 10) with a funds line
// weighted 10 and scored 9 (rate on line 13) and the given rows.
func indicators(totalWeight, totalScore string, rows ...schema.Indicator) *schema.Facts {
	f := funds("100.00", "90.00", "90.00", "10", "9")
	se := f.SelfEvaluation
	se.Indicators = rows
	se.TotalWeight, se.TotalScore = schema.Decimal(totalWeight), schema.Decimal(totalScore)
	return f
}

// numbered writes markers before the children of the first expense row of
// f: "1、" gives ordinal 1, "其中：" none, "" leaves the child unmarked.
func numbered(f *schema.Facts, markers ...string) *schema.Facts {
	row := &f.BasicData.ExpenseControl[0]
	for i, m := range markers {
		ch := &row.Children[i]
		ch.Marker = m
		if n := strings.TrimSuffix(m, "、"); n != m {
			ch.Ordinal, _ = strconv.Atoi(n)
		}
	}
	return f
}

// spanned gives the weights and scores of f's table their own spans: the
// funds line's on lines 14 and 15, each indicator's on the two lines after
// its row, the level-1 weight on line 49 and the totals on lines 90 and 91.
func spanned(f *schema.Facts) *schema.Facts {
	se := f.SelfEvaluation
	sp := func(n int) *schema.Span { s := at(n); return &s }
	se.Funds.WeightSpan, se.Funds.ScoreSpan = sp(14), sp(15)
	for i := range se.Indicators {
		in := &se.Indicators[i]
		in.WeightSpan, in.ScoreSpan, in.Level1WeightSpan = sp(in.Span.Line+1), sp(in.Span.Line+2), sp(49)
	}
	se.TotalWeightSpan, se.TotalScoreSpan = sp(90), sp(91)
	return f
}

// expense makes a basic-data table with one column and a row 公用经费
// (line 30) over the given children (lines 31…); "" is a blank cell. The
// column is the table's column of actual spending when its label says
// 决算, as the profile stage names it.
func expense(col, parent string, children ...string) *schema.Facts {
	row := schema.ExpenseRow{Label: "公用经费", Key: "public_operating", Span: at(30), Values: map[string]*schema.Value{col: nil}}
	if parent != "" {
		row.Values[col] = wan(parent, 30)
	}
	for i, c := range children {
		ch := schema.ExpenseRow{Label: "子项" + string(rune('A'+i)), Span: at(31 + i), Values: map[string]*schema.Value{col: nil}}
		if c != "" {
			ch.Values[col] = wan(c, 31+i)
		}
		row.Children = append(row.Children, ch)
	}
	bd := &schema.BasicData{ExpenseColumns: []string{col}, ExpenseControl: []schema.ExpenseRow{row}}
	if strings.Contains(col, "决算") {
		bd.ActualColumn = col
	}
	return &schema.Facts{BasicData: bd}
}
