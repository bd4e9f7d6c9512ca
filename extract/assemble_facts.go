package extract

import (
	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/profile"
	"github.com/jixiao-dev/jixiao/schema"
)

// facts converts the profile stage's facts, field for field.
func (a *assembler) facts(f *profile.Facts) *schema.Facts {
	out := &schema.Facts{
		Functions:    a.texts(f.Functions),
		Budget:       a.budget(f.Budget),
		BasicData:    a.basicData(f.BasicData),
		Problems:     a.textPtr(f.Problems),
		Improvements: a.textPtr(f.Improvements),
		Disclosure:   a.textPtr(f.Disclosure),
	}
	if d := f.Departments; d != nil {
		out.Departments = &schema.Departments{Count: d.Count, CountSpan: a.spanPtr(d.CountSpan), Names: a.texts(d.Names)}
	}
	for _, p := range f.Projects {
		out.Projects = append(out.Projects, schema.Project{Name: a.text(p.Name), Span: a.span(p.Span),
			Budget: a.valuePtr(p.Budget), Spent: a.valuePtr(p.Spent), Carryover: a.valuePtr(p.Carryover)})
	}
	if f.SelfEvaluation != nil {
		se := a.selfEvaluation(f.SelfEvaluation)
		out.SelfEvaluation = &se
	}
	for i := range f.ProjectEvaluations {
		out.ProjectEvaluations = append(out.ProjectEvaluations, a.selfEvaluation(&f.ProjectEvaluations[i]))
	}
	if p := f.Preparer; p != nil {
		out.Preparer = &schema.Preparer{Name: a.textPtr(p.Name), Phone: a.textPtr(p.Phone), Date: a.valuePtr(p.Date)}
	}
	return out
}

func (a *assembler) text(t profile.Text) schema.Text {
	return schema.Text{Text: t.Text, Span: a.span(t.Span)}
}

func (a *assembler) textPtr(t *profile.Text) *schema.Text {
	if t == nil {
		return nil
	}
	out := a.text(*t)
	return &out
}

func (a *assembler) texts(ts []profile.Text) []schema.Text {
	var out []schema.Text
	for _, t := range ts {
		out = append(out, a.text(t))
	}
	return out
}

func (a *assembler) spanPtr(s *document.Span) *schema.Span {
	if s == nil {
		return nil
	}
	out := a.span(*s)
	return &out
}

// points converts a weight or a score into its number and span.
func (a *assembler) points(p profile.Points) (schema.Decimal, *schema.Span) {
	return a.decimal(p.Number), a.spanPtr(p.Span)
}

func (a *assembler) budget(b *profile.Budget) *schema.Budget {
	if b == nil {
		return nil
	}
	return &schema.Budget{
		AnnualBudget:             a.valuePtr(b.AnnualBudget),
		GeneralPublicIncome:      a.valuePtr(b.GeneralPublicIncome),
		GeneralPublicExpenditure: a.valuePtr(b.GeneralPublicExpenditure),
		BasicExpenditure:         a.valuePtr(b.BasicExpenditure),
		Personnel:                a.valuePtr(b.Personnel),
		PublicOperating:          a.valuePtr(b.PublicOperating),
		ProjectExpenditure:       a.valuePtr(b.ProjectExpenditure),
	}
}

func (a *assembler) basicData(b *profile.BasicData) *schema.BasicData {
	if b == nil {
		return nil
	}
	out := &schema.BasicData{
		ExpenseColumns: b.ExpenseColumns,
		ActualColumn:   b.ActualColumn,
		ExpenseControl: a.expenseRows(b.ExpenseControl),
		Buildings:      a.expenseRows(b.Buildings),
		Frugality:      a.textPtr(b.Frugality),
	}
	if s := b.Staffing; s != nil {
		out.Staffing = &schema.Staffing{Authorized: a.valuePtr(s.Authorized), Actual: a.valuePtr(s.Actual), ControlRate: a.valuePtr(s.ControlRate)}
	}
	return out
}

func (a *assembler) expenseRows(rows []profile.ExpenseRow) []schema.ExpenseRow {
	if rows == nil {
		return nil
	}
	out := make([]schema.ExpenseRow, 0, len(rows))
	for _, r := range rows {
		er := schema.ExpenseRow{Label: r.Label, Key: r.Key, Marker: r.Marker, Ordinal: r.Ordinal, Span: a.span(r.Span),
			Values: make(map[string]*schema.Value, len(r.Values)), Children: a.expenseRows(r.Children)}
		for k, v := range r.Values {
			er.Values[k] = a.valuePtr(v)
		}
		if r.Texts != nil {
			er.Texts = make(map[string]schema.Text, len(r.Texts))
			for k, t := range r.Texts {
				er.Texts[k] = a.text(t)
			}
		}
		out = append(out, er)
	}
	return out
}

func (a *assembler) selfEvaluation(se *profile.SelfEvaluation) schema.SelfEvaluation {
	out := schema.SelfEvaluation{
		Span:       a.span(se.Span),
		Unit:       a.textPtr(se.Unit),
		Project:    a.textPtr(se.Project),
		Department: a.textPtr(se.Department),
		Funds:      a.funds(se.Funds),
	}
	out.TotalWeight, out.TotalWeightSpan = a.points(se.TotalWeight)
	out.TotalScore, out.TotalScoreSpan = a.points(se.TotalScore)
	for _, g := range se.Goals {
		out.Goals = append(out.Goals, schema.Goal{Expected: a.textPtr(g.Expected), Actual: a.textPtr(g.Actual)})
	}
	for i := range se.Indicators {
		out.Indicators = append(out.Indicators, a.indicator(&se.Indicators[i]))
	}
	return out
}

func (a *assembler) funds(f *profile.Funds) *schema.Funds {
	if f == nil {
		return nil
	}
	out := &schema.Funds{
		InitialBudget:    a.valuePtr(f.InitialBudget),
		FullYearBudget:   a.valuePtr(f.FullYearBudget),
		Executed:         a.valuePtr(f.Executed),
		ExecutionRate:    a.valuePtr(f.ExecutionRate),
		IncomeTotal:      a.valuePtr(f.IncomeTotal),
		ByIncome:         a.amounts(f.ByIncome),
		ExpenditureTotal: a.valuePtr(f.ExpenditureTotal),
		ByExpenditure:    a.amounts(f.ByExpenditure),
	}
	out.Weight, out.WeightSpan = a.points(f.Weight)
	out.Score, out.ScoreSpan = a.points(f.Score)
	for _, l := range f.BySource {
		fl := schema.FundLine{Label: l.Label, Span: a.span(l.Span), InitialBudget: a.valuePtr(l.InitialBudget),
			FullYearBudget: a.valuePtr(l.FullYearBudget), Executed: a.valuePtr(l.Executed), ExecutionRate: a.valuePtr(l.ExecutionRate)}
		fl.Weight, fl.WeightSpan = a.points(l.Weight)
		fl.Score, fl.ScoreSpan = a.points(l.Score)
		out.BySource = append(out.BySource, fl)
	}
	return out
}

func (a *assembler) amounts(as []profile.Amount) []schema.Amount {
	var out []schema.Amount
	for _, am := range as {
		out = append(out, schema.Amount{Label: am.Label, Span: a.span(am.Span), Amount: a.valuePtr(am.Amount)})
	}
	return out
}

func (a *assembler) indicator(in *profile.Indicator) schema.Indicator {
	out := schema.Indicator{
		Span:            a.span(in.Span),
		Level1:          in.Level1,
		Level2:          in.Level2,
		Name:            in.Name,
		Nature:          in.Nature,
		Unit:            in.Unit,
		Target:          a.measure(in.Target),
		Actual:          a.measure(in.Actual),
		DeviationReason: a.textPtr(in.DeviationReason),
	}
	out.Level1Weight, out.Level1WeightSpan = a.points(in.Level1Weight)
	out.Weight, out.WeightSpan = a.points(in.Weight)
	out.Score, out.ScoreSpan = a.points(in.Score)
	return out
}

func (a *assembler) measure(m *profile.Measure) *schema.Measure {
	if m == nil {
		return nil
	}
	out := &schema.Measure{Raw: m.Raw, Span: a.span(m.Span), Values: make([]schema.Value, len(m.Values))}
	for i, v := range m.Values {
		out.Values[i] = *a.valuePtr(v)
		out.Values[i].Op = m.Value(i).Op
	}
	return out
}
