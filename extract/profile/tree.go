package profile

import "jixiao/schema"

// expenseTree builds the tree of the expense-control rows. A row's depth
// comes from its label and its indentation:
//
//   - a row of topRows (三公经费, 项目支出, 公用经费, 政府采购金额 …) is a root,
//     and its key says which it is (a numbered or 其中 row with such a label
//     keeps the key but not the root);
//   - a numbered row ("1、出国经费") is a child of the last root;
//   - a "其中：" row is a child of the row above it, and opens a group: the
//     unnumbered rows after it ("公车运行维护" under "其中：公车购置") are its
//     siblings while they are indented at least as deep;
//   - any other row is a child of the last root when it is indented, else
//     a root.
type expenseTree struct {
	nodes []*enode
	roots []*enode
	// group is the depth of the open 其中 group and its indentation; -1 when
	// none is open.
	groupDepth, groupIndent int
	hasGroup                bool
}

type enode struct {
	row      schema.ExpenseRow
	depth    int
	children []*enode
}

// add places row r, whose label cell, folded, is label, written after
// indent spaces.
func (t *expenseTree) add(r schema.ExpenseRow, label string, indent int) {
	bare, numbered, sub := bareFolded(label)
	depth := 0
	hasRoot := len(t.roots) > 0
	r.Key = topRows.match(stripUnit(bare))
	switch {
	case r.Key != "" && !numbered && !sub:
		t.hasGroup = false
	case sub && len(t.nodes) > 0:
		above := t.nodes[len(t.nodes)-1]
		depth = above.depth + 1
		if t.hasGroup && above.depth == t.groupDepth {
			depth = t.groupDepth
		}
		t.hasGroup, t.groupDepth, t.groupIndent = true, depth, indent
	case numbered:
		t.hasGroup = false
		if hasRoot {
			depth = 1
		}
	case t.hasGroup && (indent >= t.groupIndent || indent == 0 && t.groupIndent == 0):
		depth = t.groupDepth
	default:
		t.hasGroup = false
		if hasRoot && indent > 0 {
			depth = 1
		}
	}
	n := &enode{row: r, depth: depth}
	t.attach(n)
}

// attach hangs n under the last node one level up, or makes it a root.
func (t *expenseTree) attach(n *enode) {
	for i := len(t.nodes) - 1; i >= 0 && n.depth > 0; i-- {
		if t.nodes[i].depth == n.depth-1 {
			t.nodes[i].children = append(t.nodes[i].children, n)
			t.nodes = append(t.nodes, n)
			return
		}
		if t.nodes[i].depth < n.depth-1 {
			break
		}
	}
	n.depth = 0
	t.roots = append(t.roots, n)
	t.nodes = append(t.nodes, n)
}

// rows returns the tree in the output's form.
func (t *expenseTree) rows() []schema.ExpenseRow {
	return convert(t.roots)
}

func convert(ns []*enode) []schema.ExpenseRow {
	if len(ns) == 0 {
		return nil
	}
	out := make([]schema.ExpenseRow, len(ns))
	for i, n := range ns {
		out[i] = n.row
		out[i].Children = convert(n.children)
	}
	return out
}
