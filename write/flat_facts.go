package write

import (
	"sort"

	"github.com/jixiao-dev/jixiao/schema"
)

// fundRows are the funds rows of one self-evaluation table: the total
// line, the source lines of a project table, then the breakdowns by income
// and by expenditure with their totals.
func fundRows(id string, ev int, se *schema.SelfEvaluation) [][]string {
	if se == nil || se.Funds == nil {
		return nil
	}
	f := se.Funds
	project := textOf(se.Project)
	line := func(kind, label string, initial, full, executed, amount *schema.Value, weight schema.Decimal, rate *schema.Value, score schema.Decimal, span schema.Span) []string {
		return withSpan([]string{
			id, itoa(ev), project, kind, label,
			yuanOf(initial), yuanOf(full), yuanOf(executed), yuanOf(amount),
			string(weight), numberOf(rate), string(score),
		}, span)
	}
	rows := [][]string{line("total", "", f.InitialBudget, f.FullYearBudget, f.Executed, nil,
		f.Weight, f.ExecutionRate, f.Score, firstSpan(f.InitialBudget, f.FullYearBudget, f.Executed))}
	for _, s := range f.BySource {
		rows = append(rows, line("source", s.Label, s.InitialBudget, s.FullYearBudget, s.Executed, nil,
			s.Weight, s.ExecutionRate, s.Score, s.Span))
	}
	breakdown := func(kind string, total *schema.Value, parts []schema.Amount) {
		if total != nil {
			rows = append(rows, line(kind+"_total", "", nil, nil, nil, total, "", nil, "", total.Span))
		}
		for _, a := range parts {
			rows = append(rows, line(kind, a.Label, nil, nil, nil, a.Amount, "", nil, "", a.Span))
		}
	}
	breakdown("income", f.IncomeTotal, f.ByIncome)
	breakdown("expenditure", f.ExpenditureTotal, f.ByExpenditure)
	return rows
}

// indicatorRows are the indicators rows of one self-evaluation table.
func indicatorRows(id string, ev int, se *schema.SelfEvaluation) [][]string {
	if se == nil {
		return nil
	}
	project := textOf(se.Project)
	rows := make([][]string, 0, len(se.Indicators))
	for i, ind := range se.Indicators {
		row := []string{
			id, itoa(ev), project, itoa(i), ind.Level1, string(ind.Level1Weight),
			ind.Level2, ind.Name, ind.Nature, ind.Unit,
		}
		row = append(row, measureCols(ind.Target)...)
		row = append(row, measureCols(ind.Actual)...)
		row = append(row, string(ind.Weight), string(ind.Score), textOf(ind.DeviationReason))
		rows = append(rows, withSpan(row, ind.Span))
	}
	return rows
}

// measureCols are the five columns of a target or actual: raw, then the
// kind, number, unit and op of its first value.
func measureCols(m *schema.Measure) []string {
	if m == nil {
		return []string{"", "", "", "", ""}
	}
	if len(m.Values) == 0 {
		return []string{m.Raw, "", "", "", ""}
	}
	v := m.Values[0]
	return []string{m.Raw, v.Kind, string(v.Number), v.Unit, v.Op}
}

// expenseRows are the expense_control rows of the basic-data table: one
// per cell of each row, depth first; the expense-control block's columns in
// table order, the building block's (whose order the facts do not keep) in
// sorted order.
func expenseRows(id string, bd *schema.BasicData) [][]string {
	var rows [][]string
	block := func(name string, cols []string, tree []schema.ExpenseRow) {
		n := 0
		var walk func(depth int, prefix string, tree []schema.ExpenseRow)
		walk = func(depth int, prefix string, tree []schema.ExpenseRow) {
			for _, r := range tree {
				path := prefix + r.Label
				for _, col := range rowColumns(cols, r) {
					rows = append(rows, expenseCell(id, name, n, depth, path, r, col))
				}
				n++
				walk(depth+1, path+"/", r.Children)
			}
		}
		walk(0, "", tree)
	}
	block("expense_control", bd.ExpenseColumns, bd.ExpenseControl)
	block("buildings", nil, bd.Buildings)
	return rows
}

// rowColumns returns the column labels of a row: those of cols first, in
// order, then any other label the row has, sorted.
func rowColumns(cols []string, r schema.ExpenseRow) []string {
	seen := make(map[string]bool, len(cols))
	out := make([]string, 0, len(cols))
	for _, c := range cols {
		seen[c] = true
		_, v := r.Values[c]
		_, t := r.Texts[c]
		if v || t {
			out = append(out, c)
		}
	}
	var extra []string
	for c := range r.Values {
		if !seen[c] {
			seen[c] = true
			extra = append(extra, c)
		}
	}
	for c := range r.Texts {
		if !seen[c] {
			seen[c] = true
			extra = append(extra, c)
		}
	}
	sort.Strings(extra)
	return append(out, extra...)
}

// expenseCell is the row of one cell of an expense row; its span is the
// value's, the text's, or the row's for a blank cell.
func expenseCell(id, block string, n, depth int, path string, r schema.ExpenseRow, col string) []string {
	row := []string{id, block, itoa(n), itoa(depth), path, r.Label, col}
	span := r.Span
	if v := r.Values[col]; v != nil {
		row = append(row, v.Kind, v.Raw, string(v.Yuan), string(v.Number), v.Unit)
		span = v.Span
	} else {
		row = append(row, "", "", "", "", "")
	}
	if t, ok := r.Texts[col]; ok {
		row = append(row, t.Text)
		if r.Values[col] == nil {
			span = t.Span
		}
	} else {
		row = append(row, "")
	}
	return withSpan(row, span)
}

// yuanOf returns an amount's value in 元, or "".
func yuanOf(v *schema.Value) string {
	if v == nil {
		return ""
	}
	return string(v.Yuan)
}

// numberOf returns a value's number as written, or "".
func numberOf(v *schema.Value) string {
	if v == nil {
		return ""
	}
	return string(v.Number)
}

// textOf returns a text's string, or "".
func textOf(t *schema.Text) string {
	if t == nil {
		return ""
	}
	return t.Text
}

// firstSpan returns the span of the first value that is present.
func firstSpan(vals ...*schema.Value) schema.Span {
	for _, v := range vals {
		if v != nil {
			return v.Span
		}
	}
	return schema.Span{}
}
