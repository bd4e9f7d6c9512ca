package profile

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
	// nodes are the rows in the order they were added; a node's children
	// and the roots are chained through enode.next.
	nodes []enode
	// firstRoot and lastRoot are the ends of the chain of roots, -1 when
	// there is none; roots counts them.
	firstRoot, lastRoot, roots int
	// group is the depth of the open 其中 group and its indentation; -1 when
	// none is open.
	groupDepth, groupIndent int
	hasGroup                bool
}

// enode is a row of the tree. Its children are a chain of nodes from
// first to last through next (-1 ends a chain), kids long: the tree is
// built without a slice per node.
type enode struct {
	row               ExpenseRow
	depth             int
	first, last, next int
	kids              int
}

// newExpenseTree returns an empty tree with room for n rows.
func newExpenseTree(n int) expenseTree {
	return expenseTree{nodes: make([]enode, 0, n), firstRoot: -1, lastRoot: -1}
}

// add places row r, whose label cell, folded, is label, written after
// indent spaces.
func (t *expenseTree) add(r ExpenseRow, label string, indent int) {
	bare, numbered, sub := bareFolded(label)
	depth := 0
	hasRoot := t.roots > 0
	r.Key = topRows.match(stripUnit(bare))
	switch {
	case r.Key != "" && !numbered && !sub:
		t.hasGroup = false
	case sub && len(t.nodes) > 0:
		above := &t.nodes[len(t.nodes)-1]
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
	t.attach(enode{row: r, depth: depth, first: -1, last: -1, next: -1})
}

// attach hangs n under the last node one level up, or makes it a root.
func (t *expenseTree) attach(n enode) {
	k := len(t.nodes)
	for i := k - 1; i >= 0 && n.depth > 0; i-- {
		if t.nodes[i].depth == n.depth-1 {
			t.nodes = append(t.nodes, n)
			t.chain(&t.nodes[i].first, &t.nodes[i].last, k)
			t.nodes[i].kids++
			return
		}
		if t.nodes[i].depth < n.depth-1 {
			break
		}
	}
	n.depth = 0
	t.nodes = append(t.nodes, n)
	t.chain(&t.firstRoot, &t.lastRoot, k)
	t.roots++
}

// chain appends node k to the chain from *first to *last.
func (t *expenseTree) chain(first, last *int, k int) {
	if *last < 0 {
		*first = k
	} else {
		t.nodes[*last].next = k
	}
	*last = k
}

// rows returns the tree in the output's form. The rows of every level are
// laid in one array: each chain of siblings is a slice of it.
func (t *expenseTree) rows() []ExpenseRow {
	if t.roots == 0 {
		return nil
	}
	out, _ := t.convert(t.firstRoot, t.roots, make([]ExpenseRow, len(t.nodes)))
	return out
}

// convert lays the chain of n siblings from node k at the start of free,
// their descendants after them, and returns the siblings and the rest of
// free.
func (t *expenseTree) convert(k, n int, free []ExpenseRow) (out, rest []ExpenseRow) {
	out, rest = free[:n:n], free[n:]
	for i := 0; i < n; i++ {
		node := &t.nodes[k]
		out[i] = node.row
		if node.kids > 0 {
			out[i].Children, rest = t.convert(node.first, node.kids, rest)
		}
		k = node.next
	}
	return out, rest
}
