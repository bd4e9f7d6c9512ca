package check

import (
	"slices"
	"strconv"

	"github.com/jixiao-dev/jixiao/extract/profile"
	"github.com/jixiao-dev/jixiao/extract/values"
)

// childrenLEParent checks, column by column, the rows under a row of the
// basic-data table's expense-control block. Numbered items that form a
// complete breakdown (see completeItems) add up to their row; other rows
// under it ("其中" rows, the unmarked rows of a 其中 group, numbered items
// with a gap or a blank) add up to no more than it. Blank cells are left out
// of an at-most sum; a column where the row or all its children are blank
// is not checked.
func (c *checker) childrenLEParent() {
	bd := c.facts.BasicData
	if bd == nil {
		return
	}
	cols := bd.ExpenseColumns
	for i := range bd.ExpenseControl {
		c.childrenOf(&bd.ExpenseControl[i], cols)
	}
}

// childrenOf checks row and, recursively, the rows under it.
func (c *checker) childrenOf(row *profile.ExpenseRow, cols []string) {
	if len(row.Children) == 0 {
		return
	}
	if len(cols) == 0 {
		cols = keys(row.Values)
	}
	numbered := numberedRun(row.Children)
	for _, col := range cols {
		parent, ok := amount(caption{row.Label, " ", col}, row.Values[col])
		if !ok {
			continue
		}
		parts, blank, ok := childFigures(row.Children, col)
		if !ok {
			continue
		}
		rel := covers
		if numbered && blank < 0 {
			rel = equals
		}
		var note []string
		switch {
		case rel == equals && len(row.Children) == 1:
			note = []string{"; the one row under it is numbered 1 and states an amount: a complete breakdown"}
		case rel == equals:
			note = []string{"; the items are numbered 1 to ", strconv.Itoa(len(row.Children)), " without a gap and each states an amount: a complete breakdown"}
		case numbered:
			note = []string{"; item ", row.Children[blank].Marker, row.Children[blank].Label, " is blank, so the items may not be the whole and are only checked not to exceed it"}
		}
		if f, good := sumCheck(parent, parts, rel, UnitYuan, note...); good {
			c.emit(f)
		}
	}
	for i := range row.Children {
		c.childrenOf(&row.Children[i], cols)
	}
}

// numberedRun reports whether rows are numbered items 1, 2, … n in order,
// every one of them: no "其中" or unmarked row among them, no gap, no
// repeat. Such rows are a breakdown of the row above them; whether it is
// complete in a column depends on whether each states an amount there.
func numberedRun(rows []profile.ExpenseRow) bool {
	for i := range rows {
		if rows[i].Ordinal != i+1 {
			return false
		}
	}
	return len(rows) > 0
}

// childFigures returns the amounts of the rows in column col, leaving out
// the blank ones, and the index of the first blank row (-1 when none is).
// It reports false when a row holds a figure that cannot be compared (an
// approximate amount): the sum is then unknown.
func childFigures(rows []profile.ExpenseRow, col string) ([]figure, int, bool) {
	var parts []figure
	blank := -1
	for i := range rows {
		v := rows[i].Values[col]
		if v == nil {
			if blank < 0 {
				blank = i
			}
			continue
		}
		p, ok := amount(caption{rows[i].Label}, v)
		if !ok {
			return nil, blank, false
		}
		parts = append(parts, p)
	}
	return parts, blank, true
}

// keys returns the keys of m, sorted.
func keys(m map[string]*values.Value) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
