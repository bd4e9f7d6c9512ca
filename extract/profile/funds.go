package profile

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/values"
)

// fundRow reads a row of the funds block: a label and the figures under the
// fund columns. The total line (年度资金总额, or the first line) fills Funds;
// the lines under it (其中：当年财政拨款, 上年结转资金, 其他资金) go to
// BySource.
func (e *evalTable) fundRow(r *row) bool {
	if e.funds == nil {
		return false
	}
	first := -1
	for _, col := range e.funds {
		if first < 0 || col < first {
			first = col
		}
	}
	var lab *document.Cell
	labK := -1
	for k := range r.src.Cells {
		if r.cells[k].col < first && !placeholder(r.src.Cells[k].Text) {
			lab, labK = &r.src.Cells[k], k
		}
	}
	line := e.fundLine(r)
	if lab == nil && line.InitialBudget == nil && line.FullYearBudget == nil && line.Executed == nil {
		return false
	}
	if lab != nil {
		line.Label, _, _ = bareLabel(lab.Text)
	}
	line.Span = document.Span{Start: r.src.Span.Start, End: r.src.Span.End}
	f := e.fundsOut()
	total := lab == nil || r.key(labK, &tableRows) == rowFundsTotal
	if (total || !f.set) && !f.main {
		f.main = true
		e.out.Funds.InitialBudget, e.out.Funds.FullYearBudget, e.out.Funds.Executed = line.InitialBudget, line.FullYearBudget, line.Executed
		e.out.Funds.Weight, e.out.Funds.ExecutionRate, e.out.Funds.Score = line.Weight, line.ExecutionRate, line.Score
		f.set = true
		return true
	}
	e.out.Funds.BySource = append(e.out.Funds.BySource, line)
	return true
}

// fundsState remembers whether the total line was read.
type fundsState struct{ set, main bool }

// fundsOut creates the funds being filled when needed and returns the
// state of their total line.
func (e *evalTable) fundsOut() *fundsState {
	if e.out.Funds == nil {
		e.out.Funds = &Funds{}
	}
	return &e.fundsSt
}

// fundLine reads the figures of a row under the fund columns.
func (e *evalTable) fundLine(r *row) FundLine {
	ix := e.p.ix
	cell := func(key string) *document.Cell {
		col, ok := e.funds[key]
		if !ok {
			return nil
		}
		return r.at(col)
	}
	var l FundLine
	l.InitialBudget = ix.cellValue(cell(colInitial), values.Amount)
	l.FullYearBudget = ix.cellValue(cell(colFullYear), values.Amount)
	l.Executed = ix.cellValue(cell(colExecuted), values.Amount)
	l.ExecutionRate = ix.cellValue(cell(colRate), values.Percent)
	l.Weight = ix.points(cell(colWeight))
	l.Score = ix.points(cell(colScore))
	return l
}

// splitRow reads the breakdowns by income and by expenditure: the row
// holding 按收入性质分 and 按支出性质分 gives their columns and totals, the
// rows below give "label：amount" items in those columns.
func (e *evalTable) splitRow(r *row) bool {
	cells := r.src.Cells
	head := false
	for k := range cells {
		key := r.key(k, &tableRows)
		if key != rowIncome && key != rowExpenditure {
			continue
		}
		if e.split == nil {
			e.split = map[string]int{}
		}
		e.split[key] = r.cells[k].col
		head = true
		v := e.p.ix.cellValue(&cells[k], values.Amount)
		e.fundsOut()
		if key == rowIncome {
			e.out.Funds.IncomeTotal = v
		} else {
			e.out.Funds.ExpenditureTotal = v
		}
	}
	if head {
		e.part = partBreakdown
		return true
	}
	if e.part != partBreakdown || e.split == nil {
		return false
	}
	inc, hasInc := e.split[rowIncome]
	exp, hasExp := e.split[rowExpenditure]
	placed := false
	for k := range cells {
		if placeholder(cells[k].Text) {
			continue
		}
		col := r.cells[k].col
		a := e.amount(&cells[k])
		switch {
		case hasExp && col >= exp && (!hasInc || exp > inc):
			e.out.Funds.ByExpenditure = append(e.out.Funds.ByExpenditure, a)
		case hasInc && col >= inc:
			e.out.Funds.ByIncome = append(e.out.Funds.ByIncome, a)
		case hasExp && !hasInc && col >= exp:
			e.out.Funds.ByExpenditure = append(e.out.Funds.ByExpenditure, a)
		default:
			continue
		}
		placed = true
	}
	return placed
}

// amount reads a breakdown cell "其中：一般公共预算：205.30": the label is
// the text before the amount without "其中" and colons.
func (e *evalTable) amount(c *document.Cell) Amount {
	a := Amount{Span: document.Span{Start: c.Span.Start, End: c.Span.End}}
	end := c.Span.End
	if v := e.p.ix.first(c.Span.Start, c.Span.End, values.Amount); v != nil {
		a.Amount = v
		end = v.Start
	}
	head := e.p.ix.text[c.Span.Start:end]
	lab, _, _ := bareLabel(head)
	a.Label = strings.TrimSuffix(lab, "：")
	return a
}
