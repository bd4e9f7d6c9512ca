package profile

import (
	"fmt"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// part is the block of a self-evaluation table the walk is in.
type part int

const (
	partHead part = iota
	partFunds
	partBreakdown
	partGoals
	partIndicators
	partDone
)

// evalTable walks one self-evaluation table. Rows are recognized by their
// labels (tableRows, fundColumns, indicatorColumns); the grid columns a
// header row gives are used for the rows below it.
type evalTable struct {
	p       *profiler
	tab     int // index of the table among the document's tables
	out     *SelfEvaluation
	part    part
	funds   map[string]int      // fund column key → grid column
	inds    map[string]int      // indicator column key → grid column
	indCols [nIndicatorKeys]int // inds by indicatorKey
	split   map[string]int      // rowIncome/rowExpenditure → grid column
	goals   map[string]int      // rowExpected/rowAchieved → grid column
	prev    indicatorState
	fundsSt fundsState
	// left is the number of rows after the current one: the most
	// indicators there can still be.
	left int
	// project is set when the table names a project (项目名称).
	project bool
}

// isEvalTable reports whether t looks like a self-evaluation table: a row
// of fund columns or of indicator columns.
func isEvalTable(rows []row) bool {
	for i := range rows {
		if r := &rows[i]; isFundsHead(r) || isIndicatorHead(r) {
			return true
		}
	}
	return false
}

// The labels a head row must name: one of the budget columns for the
// funds block, the target column for the indicator block.
var (
	fundsHeadLabels     = fundColumns.mask(colInitial, colFullYear, colExecuted)
	indicatorHeadLabels = indicatorColumns.mask(colTarget)
)

// isFundsHead reports whether r heads the funds block: three fund columns
// or more, one of them a budget or the executed amount.
func isFundsHead(r *row) bool {
	m := r.found(&fundColumns)
	return popcount(m) >= 3 && m&fundsHeadLabels != 0
}

// isIndicatorHead reports whether r heads the indicator block: four
// indicator columns or more, the target among them.
func isIndicatorHead(r *row) bool {
	m := r.found(&indicatorColumns)
	return popcount(m) >= 4 && m&indicatorHeadLabels != 0
}

// selfEvaluation reads table number tab (t) as a self-evaluation table.
func (p *profiler) selfEvaluation(tab int, t *document.Table, rows []row) (*SelfEvaluation, bool) {
	e := &evalTable{p: p, tab: tab, out: &SelfEvaluation{Span: document.Span{Start: t.Span.Start, End: t.Span.End}}}
	for i := range rows {
		e.left = len(rows) - i - 1
		e.row(&rows[i])
	}
	return e.out, e.project
}

// row dispatches one row to the block it belongs to.
func (e *evalTable) row(r *row) {
	if r.blank() {
		return
	}
	if isIndicatorHead(r) {
		e.inds, e.part, e.prev = r.columns(&indicatorColumns), partIndicators, indicatorState{}
		e.indCols = indicatorCols(e.inds)
		return
	}
	if e.part < partIndicators && isFundsHead(r) {
		e.funds, e.part = r.columns(&fundColumns), partFunds
		return
	}
	if e.pairs(r) {
		return
	}
	lab, k := r.first()
	key := r.key(k, &tableRows)
	switch {
	case (key == rowTotal || key == rowFundsTotal && e.part == partIndicators) && e.part >= partFunds:
		e.totals(r)
		e.part = partDone
		return
	case e.part < partIndicators && e.goalsHead(r):
		return
	case e.part == partFunds || e.part == partBreakdown:
		if e.splitRow(r) || e.fundRow(r) {
			return
		}
	case e.part == partGoals:
		if e.goalRow(r) {
			return
		}
	case e.part == partIndicators:
		if e.indicator(r) {
			return
		}
	}
	e.p.warn(r.src.Span, "profile.row_unplaced", fmt.Sprintf("table %d row %d: %q is not a row of the self-evaluation table the profile knows", e.tab, r.index, short(lab.Text)))
}

// pairs reads label–value pairs of the head rows: 部门（单位）名称 | X,
// 项目名称 | X, 主管部门 | X | 实施单位 | Y. It reports whether the row was
// such a row.
func (e *evalTable) pairs(r *row) bool {
	if e.part >= partFunds {
		return false
	}
	cells := r.src.Cells
	found := false
	for k := 0; k < len(cells); k++ {
		key := r.key(k, &tableRows)
		var dst **Text
		switch key {
		case rowUnit, rowImplementer:
			dst = &e.out.Unit
		case rowProject:
			dst = &e.out.Project
			e.project = true
		case rowDepartment:
			dst = &e.out.Department
		default:
			continue
		}
		found = true
		if k+1 < len(cells) && r.key(k+1, &tableRows) == "" {
			if t := e.p.ix.cellText(&cells[k+1]); t != nil && (*dst == nil || key != rowDepartment) {
				if key == rowUnit && *dst != nil {
					continue
				}
				*dst = t
			}
			k++
		}
	}
	return found
}

// short cuts a cell text for a message.
func short(s string) string {
	r := []rune(norm(s))
	if len(r) > 20 {
		return string(r[:20]) + "…"
	}
	return string(r)
}
