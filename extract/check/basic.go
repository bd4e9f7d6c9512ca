package check

import (
	"sort"

	"jixiao/schema"
)

// childrenLEParent checks, column by column, that the rows under a row of
// the basic-data table's expense-control block (numbered items, 其中 rows)
// add up to no more than it. Blank cells are left out of the sum; a column
// where the row or all its children are blank is not checked.
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
func (c *checker) childrenOf(row *schema.ExpenseRow, cols []string) {
	if len(row.Children) == 0 {
		return
	}
	if len(cols) == 0 {
		cols = keys(row.Values)
	}
	for _, col := range cols {
		parent, ok := amount(row.Label+" "+col, row.Values[col])
		if !ok {
			continue
		}
		var parts []figure
		for _, ch := range row.Children {
			v := ch.Values[col]
			if v == nil {
				continue
			}
			p, good := amount(ch.Label, v)
			if !good {
				parts = nil
				break
			}
			parts = append(parts, p)
		}
		if k, good := sumCheck(parent, parts, covers, UnitYuan); good {
			c.emit(k)
		}
	}
	for i := range row.Children {
		c.childrenOf(&row.Children[i], cols)
	}
}

// keys returns the keys of m, sorted.
func keys(m map[string]*schema.Value) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
