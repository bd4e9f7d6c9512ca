package profile

import "github.com/jixiao-dev/jixiao/schema"

// visitFacts calls fn with the raw text and span of every Text, Value and
// Measure of f.
func visitFacts(f *schema.Facts, fn func(raw string, s schema.Span)) {
	t := func(x *schema.Text) {
		if x != nil {
			fn(x.Text, x.Span)
		}
	}
	v := func(x *schema.Value) {
		if x != nil {
			fn(x.Raw, x.Span)
		}
	}
	for i := range f.Functions {
		t(&f.Functions[i])
	}
	if d := f.Departments; d != nil {
		for i := range d.Names {
			t(&d.Names[i])
		}
	}
	if b := f.Budget; b != nil {
		for _, x := range []*schema.Value{b.AnnualBudget, b.GeneralPublicIncome, b.GeneralPublicExpenditure, b.BasicExpenditure, b.Personnel, b.PublicOperating, b.ProjectExpenditure} {
			v(x)
		}
	}
	for i := range f.Projects {
		p := &f.Projects[i]
		t(&p.Name)
		v(p.Spent)
		v(p.Carryover)
		v(p.Budget)
	}
	if bd := f.BasicData; bd != nil {
		if s := bd.Staffing; s != nil {
			v(s.Authorized)
			v(s.Actual)
			v(s.ControlRate)
		}
		var rows func([]schema.ExpenseRow)
		rows = func(rs []schema.ExpenseRow) {
			for _, r := range rs {
				for _, x := range r.Values {
					v(x)
				}
				for _, x := range r.Texts {
					t(&x)
				}
				rows(r.Children)
			}
		}
		rows(bd.ExpenseControl)
		rows(bd.Buildings)
		t(bd.Frugality)
	}
	evals := f.ProjectEvaluations
	if f.SelfEvaluation != nil {
		evals = append([]schema.SelfEvaluation{*f.SelfEvaluation}, evals...)
	}
	for _, se := range evals {
		t(se.Unit)
		t(se.Project)
		t(se.Department)
		if fu := se.Funds; fu != nil {
			for _, x := range []*schema.Value{fu.InitialBudget, fu.FullYearBudget, fu.Executed, fu.ExecutionRate, fu.IncomeTotal, fu.ExpenditureTotal} {
				v(x)
			}
			for _, a := range append(append([]schema.Amount(nil), fu.ByIncome...), fu.ByExpenditure...) {
				v(a.Amount)
			}
			for _, l := range fu.BySource {
				for _, x := range []*schema.Value{l.InitialBudget, l.FullYearBudget, l.Executed, l.ExecutionRate} {
					v(x)
				}
			}
		}
		for _, g := range se.Goals {
			t(g.Expected)
			t(g.Actual)
		}
		for _, in := range se.Indicators {
			for _, m := range []*schema.Measure{in.Target, in.Actual} {
				if m == nil {
					continue
				}
				fn(m.Raw, m.Span)
				for i := range m.Values {
					v(&m.Values[i])
				}
			}
			t(in.DeviationReason)
		}
	}
	t(f.Problems)
	t(f.Improvements)
	t(f.Disclosure)
	if p := f.Preparer; p != nil {
		t(p.Name)
		t(p.Phone)
		v(p.Date)
	}
}

// visitPoints calls fn with every weight and score of f and its span (nil
// when the facts give none): funds lines, indicators with their level-1
// weights, and totals.
func visitPoints(f *schema.Facts, fn func(d schema.Decimal, s *schema.Span)) {
	evals := f.ProjectEvaluations
	if f.SelfEvaluation != nil {
		evals = append([]schema.SelfEvaluation{*f.SelfEvaluation}, evals...)
	}
	for _, se := range evals {
		if fu := se.Funds; fu != nil {
			fn(fu.Weight, fu.WeightSpan)
			fn(fu.Score, fu.ScoreSpan)
			for _, l := range fu.BySource {
				fn(l.Weight, l.WeightSpan)
				fn(l.Score, l.ScoreSpan)
			}
		}
		for _, in := range se.Indicators {
			fn(in.Level1Weight, in.Level1WeightSpan)
			fn(in.Weight, in.WeightSpan)
			fn(in.Score, in.ScoreSpan)
		}
		fn(se.TotalWeight, se.TotalWeightSpan)
		fn(se.TotalScore, se.TotalScoreSpan)
	}
}
