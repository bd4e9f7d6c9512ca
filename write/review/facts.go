package review

import (
	"github.com/jixiao-dev/jixiao/schema"
)

// factTable is one table of the facts panel.
type factTable struct {
	Title string
	Head  []string
	Rows  [][]factCell
}

// factCell is one cell of a facts table: text, and the span a click
// highlights ("" when the cell has none).
type factCell struct {
	Text  string
	S     string
	Hint  string // a title: the value in 元, the full text of a cut one
	Class string // "lbl" for a label, "num" for a figure
	Depth int    // the nesting depth of a row label
}

// factTextRunes is how much of a text fact a cell shows.
const factTextRunes = 40

// facts lays out the report's facts as tables; a report without facts has
// none.
func (b *builder) facts() []factTable {
	f := b.rep.Facts
	if f == nil {
		return nil
	}
	var out []factTable
	add := func(t factTable) {
		if len(t.Rows) > 0 {
			out = append(out, t)
		}
	}
	add(b.budgetTable(f.Budget))
	add(b.projectsTable(f.Projects))
	if bd := f.BasicData; bd != nil {
		add(b.staffingTable(bd.Staffing))
		add(b.expenseTable("经费控制情况 expense control", bd.ExpenseControl, bd.ExpenseColumns))
		add(b.expenseTable("楼堂馆所 buildings", bd.Buildings, nil))
	}
	if se := f.SelfEvaluation; se != nil {
		b.selfEvaluation(se, "", add)
	}
	for i := range f.ProjectEvaluations {
		pe := &f.ProjectEvaluations[i]
		name := "项目"
		if pe.Project != nil {
			name = pe.Project.Text
		}
		b.selfEvaluation(pe, name+" · ", add)
	}
	add(b.narrativeTable(f))
	add(b.preparerTable(f.Preparer))
	return out
}

// label is a row label without a span.
func label(s string) factCell { return factCell{Text: s, Class: "lbl"} }

// valueCell is a value's raw text linked to its span, with its 元 value as
// a hint; a missing value is an empty cell.
func (b *builder) valueCell(v *schema.Value) factCell {
	if v == nil || !b.fits(v.Span, func() string { return "fact " + v.Raw }) {
		return factCell{}
	}
	c := factCell{Text: v.Raw, S: attr(v.Span), Class: "num"}
	if v.Yuan != "" {
		c.Hint = string(v.Yuan) + " 元"
	}
	return c
}

// decimalCell is a weight or score linked to where it is written.
func (b *builder) decimalCell(d schema.Decimal, s *schema.Span) factCell {
	if d == "" {
		return factCell{}
	}
	c := factCell{Text: string(d), Class: "num"}
	if s != nil && b.fits(*s, func() string { return "fact " + string(d) }) {
		c.S = attr(*s)
	}
	return c
}

// textCell is a text fact, cut to factTextRunes with the whole text as a
// hint.
func (b *builder) textCell(t *schema.Text) factCell {
	if t == nil || !b.fits(t.Span, func() string { return "fact " + t.Text }) {
		return factCell{}
	}
	c := factCell{Text: cut(t.Text, factTextRunes), S: attr(t.Span)}
	if c.Text != t.Text {
		c.Hint = t.Text
	}
	return c
}

// spanLabel is a row label linked to the row's span.
func (b *builder) spanLabel(text string, s schema.Span, depth int) factCell {
	c := factCell{Text: text, Class: "lbl", Depth: depth}
	if b.fits(s, func() string { return "fact " + text }) {
		c.S = attr(s)
	}
	return c
}

// cut shortens s to max runes, with an ellipsis.
func cut(s string, max int) string {
	n := 0
	for i := range s {
		if n == max {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

func (b *builder) budgetTable(bg *schema.Budget) factTable {
	t := factTable{Title: "预算 budget", Head: []string{"项目", "金额", "元"}}
	if bg == nil {
		return t
	}
	for _, r := range []struct {
		name string
		v    *schema.Value
	}{
		{"年度预算资金", bg.AnnualBudget},
		{"一般公共预算财政拨款收入", bg.GeneralPublicIncome},
		{"一般公共预算财政拨款支出", bg.GeneralPublicExpenditure},
		{"基本支出", bg.BasicExpenditure},
		{"人员经费", bg.Personnel},
		{"公用经费", bg.PublicOperating},
		{"项目支出", bg.ProjectExpenditure},
	} {
		if r.v != nil {
			vc := b.valueCell(r.v)
			t.Rows = append(t.Rows, []factCell{label(r.name), vc, {Text: string(r.v.Yuan), S: vc.S, Class: "num"}})
		}
	}
	return t
}

func (b *builder) projectsTable(ps []schema.Project) factTable {
	t := factTable{Title: "项目支出 projects", Head: []string{"项目", "预算", "实际支出", "结余结转"}}
	for i := range ps {
		p := &ps[i]
		name := b.textCell(&p.Name)
		name.Class = "lbl"
		t.Rows = append(t.Rows, []factCell{name, b.valueCell(p.Budget), b.valueCell(p.Spent), b.valueCell(p.Carryover)})
	}
	return t
}

func (b *builder) staffingTable(s *schema.Staffing) factTable {
	t := factTable{Title: "人员 staffing", Head: []string{"编制数", "实际在职人数", "控制率"}}
	if s != nil && (s.Authorized != nil || s.Actual != nil || s.ControlRate != nil) {
		t.Rows = append(t.Rows, []factCell{b.valueCell(s.Authorized), b.valueCell(s.Actual), b.valueCell(s.ControlRate)})
	}
	return t
}

func (b *builder) narrativeTable(f *schema.Facts) factTable {
	t := factTable{Title: "正文 narrative", Head: []string{"项目", "内容"}}
	for i := range f.Functions {
		t.Rows = append(t.Rows, []factCell{label("主要职能"), b.textCell(&f.Functions[i])})
	}
	if d := f.Departments; d != nil {
		if d.Count != nil {
			c := factCell{Text: itoa(*d.Count), Class: "num"}
			if b.fitsPtr(d.CountSpan, func() string { return "fact departments count" }) && d.CountSpan != nil {
				c.S = attr(*d.CountSpan)
			}
			t.Rows = append(t.Rows, []factCell{label("内设机构数"), c})
		}
		for i := range d.Names {
			t.Rows = append(t.Rows, []factCell{label("内设机构"), b.textCell(&d.Names[i])})
		}
	}
	for _, r := range []struct {
		name string
		t    *schema.Text
	}{{"存在的问题", f.Problems}, {"改进措施", f.Improvements}, {"结果应用和公开", f.Disclosure}} {
		if r.t != nil {
			t.Rows = append(t.Rows, []factCell{label(r.name), b.textCell(r.t)})
		}
	}
	return t
}

func (b *builder) preparerTable(p *schema.Preparer) factTable {
	t := factTable{Title: "填报 preparer", Head: []string{"项目", "内容"}}
	if p == nil {
		return t
	}
	if p.Name != nil {
		t.Rows = append(t.Rows, []factCell{label("填表人"), b.textCell(p.Name)})
	}
	if p.Phone != nil {
		t.Rows = append(t.Rows, []factCell{label("联系电话"), b.textCell(p.Phone)})
	}
	if p.Date != nil {
		t.Rows = append(t.Rows, []factCell{label("填报日期"), b.valueCell(p.Date)})
	}
	return t
}
