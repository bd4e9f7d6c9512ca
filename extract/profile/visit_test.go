package profile

import (
	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/values"
)

// visitFacts calls fn with the raw text and span of every Text, Value and
// Measure of f.
func visitFacts(f *Facts, fn func(raw string, s document.Span)) {
	t := func(x *Text) {
		if x != nil {
			fn(x.Text, x.Span)
		}
	}
	v := func(x *values.Value) {
		if x != nil {
			fn(x.Raw, document.Span{Start: x.Start, End: x.End})
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
		for _, x := range []*values.Value{b.AnnualBudget, b.GeneralPublicIncome, b.GeneralPublicExpenditure, b.BasicExpenditure, b.Personnel, b.PublicOperating, b.ProjectExpenditure} {
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
		var rows func([]ExpenseRow)
		rows = func(rs []ExpenseRow) {
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
		evals = append([]SelfEvaluation{*f.SelfEvaluation}, evals...)
	}
	for _, se := range evals {
		t(se.Unit)
		t(se.Project)
		t(se.Department)
		if fu := se.Funds; fu != nil {
			for _, x := range []*values.Value{fu.InitialBudget, fu.FullYearBudget, fu.Executed, fu.ExecutionRate, fu.IncomeTotal, fu.ExpenditureTotal} {
				v(x)
			}
			for _, a := range append(append([]Amount(nil), fu.ByIncome...), fu.ByExpenditure...) {
				v(a.Amount)
			}
			for _, l := range fu.BySource {
				for _, x := range []*values.Value{l.InitialBudget, l.FullYearBudget, l.Executed, l.ExecutionRate} {
					v(x)
				}
			}
		}
		for _, g := range se.Goals {
			t(g.Expected)
			t(g.Actual)
		}
		for _, in := range se.Indicators {
			for _, m := range []*Measure{in.Target, in.Actual} {
				if m == nil {
					continue
				}
				fn(m.Raw, m.Span)
				for i := range m.Values {
					v(m.Values[i])
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

// visitPoints calls fn with every weight and score of f: funds lines,
// indicators with their level-1 weights, and totals.
func visitPoints(f *Facts, fn func(p Points)) {
	evals := f.ProjectEvaluations
	if f.SelfEvaluation != nil {
		evals = append([]SelfEvaluation{*f.SelfEvaluation}, evals...)
	}
	for _, se := range evals {
		if fu := se.Funds; fu != nil {
			fn(fu.Weight)
			fn(fu.Score)
			for _, l := range fu.BySource {
				fn(l.Weight)
				fn(l.Score)
			}
		}
		for _, in := range se.Indicators {
			fn(in.Level1Weight)
			fn(in.Weight)
			fn(in.Score)
		}
		fn(se.TotalWeight)
		fn(se.TotalScore)
	}
}
