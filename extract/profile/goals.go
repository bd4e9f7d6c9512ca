package profile

// goalsHead reads the row that opens the goals block (年度总体目标). When it
// names the columns (预期目标, 实际完成情况) they are kept for the rows
// below; otherwise the row's own text cells are the first goal.
func (e *evalTable) goalsHead(r *row) bool {
	lab, k := r.first()
	if lab == nil || r.key(k, &tableRows) != rowGoals {
		return false
	}
	e.part = partGoals
	m := map[string]int{}
	for j := k + 1; j < len(r.src.Cells); j++ {
		if key := r.key(j, &goalColumns); key != "" {
			if _, seen := m[key]; !seen {
				m[key] = r.cells[j].col
			}
		}
	}
	if len(m) > 0 {
		e.goals = m
		return true
	}
	e.goals = nil
	e.goalTexts(r, k+1)
	return true
}

// goalRow reads one goal row of the goals block.
func (e *evalTable) goalRow(r *row) bool {
	if e.goals == nil {
		return e.goalTexts(r, 0)
	}
	var g Goal
	if col, ok := e.goals[rowExpected]; ok {
		g.Expected = e.p.ix.cellText(r.at(col))
	}
	if col, ok := e.goals[rowAchieved]; ok {
		g.Actual = e.p.ix.cellText(r.at(col))
	}
	if g.Expected == nil && g.Actual == nil {
		return false
	}
	e.out.Goals = append(e.out.Goals, g)
	return true
}

// goalTexts reads a goal from the text cells of r from cell index from on:
// the first is the expected goal, the second what was achieved.
func (e *evalTable) goalTexts(r *row, from int) bool {
	var texts []*Text
	cells := r.src.Cells
	for k := from; k < len(cells); k++ {
		if t := e.p.ix.cellText(&cells[k]); t != nil {
			texts = append(texts, t)
		}
	}
	if len(texts) == 0 {
		return false
	}
	g := Goal{Expected: texts[0]}
	if len(texts) > 1 {
		g.Actual = texts[1]
	}
	e.out.Goals = append(e.out.Goals, g)
	return true
}
