package check

import (
	"strconv"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/profile"
	"github.com/jixiao-dev/jixiao/extract/values"
)

// ruleCase is one hand-built set of facts for one rule; the checks it
// must give are in ruleWants under "rule/name".
type ruleCase struct {
	name  string
	rule  string
	facts *profile.Facts
}

// budget makes the narrative's figures: expenditure, project, basic,
// personnel, operating (万元, lines 1–5), income on line 6 when not "".
func budget(spent, project, basic, personnel, operating, income string) *profile.Facts {
	b := &profile.Budget{}
	set := func(p **values.Value, raw string, n int) {
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
	return &profile.Facts{Budget: b}
}

// funds makes a self-evaluation table (line 10) with a funds line: budget,
// executed, rate on lines 11–13; weight and score are written in the rate's
// row.
func funds(full, executed, rate, weight, score string) *profile.Facts {
	f := &profile.Funds{Weight: pts(weight), Score: pts(score)}
	if full != "" {
		f.FullYearBudget = wan(full, 11)
	}
	if executed != "" {
		f.Executed = wan(executed, 12)
	}
	if rate != "" {
		f.ExecutionRate = pct("", rate, 13)
	}
	return &profile.Facts{SelfEvaluation: &profile.SelfEvaluation{Span: at(10), Funds: f}}
}

// breakdown makes a funds line with a budget on line 11, lines by income
// on lines 20… and their total on line 19 when not "".
func breakdown(full, total string, lines ...string) *profile.Facts {
	f := &profile.Funds{FullYearBudget: wan(full, 11)}
	if total != "" {
		f.IncomeTotal = wan(total, 19)
	}
	for i, l := range lines {
		a := profile.Amount{Label: "来源" + string(rune('A'+i)), Span: at(20 + i)}
		if l != "" {
			a.Amount = wan(l, 20+i)
		}
		f.ByIncome = append(f.ByIncome, a)
	}
	return &profile.Facts{SelfEvaluation: &profile.SelfEvaluation{Span: at(10), Funds: f}}
}

// indicators makes a self-evaluation table (line 10) with a funds line
// weighted 10 and scored 9 (rate on line 13) and the given rows.
func indicators(totalWeight, totalScore string, rows ...profile.Indicator) *profile.Facts {
	f := funds("100.00", "90.00", "90.00", "10", "9")
	se := f.SelfEvaluation
	se.Indicators = rows
	se.TotalWeight, se.TotalScore = pts(totalWeight), pts(totalScore)
	return f
}

// numbered writes markers before the children of the first expense row of
// f: "1、" gives ordinal 1, "其中：" none, "" leaves the child unmarked.
func numbered(f *profile.Facts, markers ...string) *profile.Facts {
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
func spanned(f *profile.Facts) *profile.Facts {
	se := f.SelfEvaluation
	sp := func(n int) *document.Span { s := at(n); return &s }
	se.Funds.Weight.Span, se.Funds.Score.Span = sp(14), sp(15)
	for i := range se.Indicators {
		in := &se.Indicators[i]
		line := lineOf(in.Span.Start)
		in.Weight.Span, in.Score.Span, in.Level1Weight.Span = sp(line+1), sp(line+2), sp(49)
	}
	se.TotalWeight.Span, se.TotalScore.Span = sp(90), sp(91)
	return f
}

// expense makes a basic-data table with one column and a row 公用经费
// (line 30) over the given children (lines 31…); "" is a blank cell. The
// column is the table's column of actual spending when its label says
// 决算, as the profile stage names it.
func expense(col, parent string, children ...string) *profile.Facts {
	row := profile.ExpenseRow{Label: "公用经费", Key: "public_operating", Span: at(30), Values: map[string]*values.Value{col: nil}}
	if parent != "" {
		row.Values[col] = wan(parent, 30)
	}
	for i, c := range children {
		ch := profile.ExpenseRow{Label: "子项" + string(rune('A'+i)), Span: at(31 + i), Values: map[string]*values.Value{col: nil}}
		if c != "" {
			ch.Values[col] = wan(c, 31+i)
		}
		row.Children = append(row.Children, ch)
	}
	bd := &profile.BasicData{ExpenseColumns: []string{col}, ExpenseControl: []profile.ExpenseRow{row}}
	if strings.Contains(col, "决算") {
		bd.ActualColumn = col
	}
	return &profile.Facts{BasicData: bd}
}
