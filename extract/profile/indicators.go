package profile

import (
	"strings"

	"jixiao/extract/document"
	"jixiao/extract/values"
	"jixiao/schema"
)

// indicatorState carries the merged level cells down the indicator block.
type indicatorState struct {
	level1, level2 string
	weight         schema.Decimal
	weightSpan     *schema.Span // where weight is written, in the level-1 cell
}

// indicator reads one indicator row. A blank level cell inherits the level
// of the row above (a merged cell in the source); a row with only levels
// sets them for the rows below.
func (e *evalTable) indicator(r row) bool {
	ix := e.p.ix
	cell := func(key string) *document.Cell {
		col, ok := e.inds[key]
		if !ok {
			return nil
		}
		return r.at(col)
	}
	if c := cell(colLevel1); c != nil && !placeholder(c.Text) {
		e.prev.level1, e.prev.weight = levelWeight(norm(c.Text))
		e.prev.weightSpan = ix.bracketNumber(c.Span.Start, c.Span.End, e.prev.weight)
		e.prev.level2 = ""
	}
	if c := cell(colLevel2); c != nil && !placeholder(c.Text) {
		e.prev.level2 = norm(c.Text)
	}
	in := schema.Indicator{
		Span:         ix.span(r.src.Span.Start, r.src.Span.End),
		Level1:       e.prev.level1,
		Level1Weight: e.prev.weight,
		Level2:       e.prev.level2,
	}
	if sp := e.prev.weightSpan; sp != nil {
		in.Level1WeightSpan = ix.spans.new(*sp)
	}
	if c := cell(colName); c != nil && !placeholder(c.Text) {
		in.Name = flat(c.Text)
	}
	if c := cell(colNature); c != nil && !placeholder(c.Text) {
		in.Nature = flat(c.Text)
	}
	unit := cell(colUnit)
	if unit != nil && !placeholder(unit.Text) {
		in.Unit = flat(unit.Text)
	}
	in.Target = e.measure(cell(colTarget), unit, in.Nature)
	in.Actual = e.measure(cell(colActual), unit, "")
	in.Weight, in.WeightSpan = ix.points(cell(colWeight))
	in.Score, in.ScoreSpan = ix.points(cell(colScore))
	in.DeviationReason = ix.cellText(cell(colReason))
	if in.Name == "" && in.Target == nil && in.Actual == nil && in.Weight == "" && in.Score == "" {
		return e.prev.level1 != "" || e.prev.level2 != ""
	}
	if e.out.Indicators == nil {
		// Room for every row left, instead of growing the slice row by row.
		e.out.Indicators = make([]schema.Indicator, 0, e.left+1)
	}
	e.out.Indicators = append(e.out.Indicators, in)
	return true
}

// measure reads a target or achieved cell: its text and the values in it.
// A bare number in a table with a 度量单位 column takes the unit written in
// that column (unit_source "cell"), and a target takes the comparator of
// the 指标性质 column when it writes none itself.
func (e *evalTable) measure(c, unit *document.Cell, nature string) *schema.Measure {
	if c == nil || document.IsBlank(c.Text) {
		return nil
	}
	ix := e.p.ix
	m := ix.measures.new(schema.Measure{Raw: c.Text, Span: ix.span(c.Span.Start, c.Span.End)})
	vs := ix.within(c.Span.Start, c.Span.End)
	if len(vs) == 0 && unit != nil {
		if v, ok := withUnit(c, unit); ok {
			vs = []values.Value{v}
		}
	}
	op := natureOp(nature)
	m.Values = make([]schema.Value, 0, len(vs))
	for _, v := range vs {
		s := *ix.out(v)
		if v.Op == "" && op != "" && v.Kind != values.Date && v.Kind != values.Period {
			s.Op = op
		}
		m.Values = append(m.Values, s)
	}
	return m
}

// withUnit reads a cell that is a bare number with the unit of another
// cell of its row ("500" under 度量单位 "亩").
func withUnit(c, unit *document.Cell) (values.Value, bool) {
	num := strings.TrimFunc(c.Text, document.IsSpace)
	u := strings.TrimFunc(unit.Text, document.IsSpace)
	if _, err := values.ParseDecimal(num); err != nil || u == "" || placeholder(u) {
		return values.Value{}, false
	}
	for _, v := range values.Parse(num+u, values.Options{}) {
		if v.Start != 0 || v.End != len(num)+len(u) {
			continue
		}
		v.Raw, v.Start, v.End = c.Text, c.Span.Start, c.Span.End
		v.UnitSource, v.UnitStart, v.UnitEnd = "cell", unit.Span.Start, unit.Span.End
		return v, true
	}
	return values.Value{}, false
}

// natureOp maps a 指标性质 cell to a comparator.
func natureOp(s string) string {
	switch s {
	case "≥", ">=", "＞＝", "大于等于", "不低于":
		return ">="
	case "≤", "<=", "＜＝", "小于等于", "不高于", "不超过":
		return "<="
	case ">", "＞", "大于":
		return ">"
	case "<", "＜", "小于":
		return "<"
	}
	return ""
}

// levelWeight splits a first-level indicator and its weight: "产出指标（40分）"
// → 产出指标, 40.
func levelWeight(s string) (string, schema.Decimal) {
	if !strings.HasSuffix(s, "）") {
		return s, ""
	}
	i := strings.LastIndex(s, "（")
	if i < 0 {
		return s, ""
	}
	inner := strings.TrimSuffix(s[i+len("（"):], "）")
	inner = strings.TrimPrefix(inner, "分值")
	inner = strings.TrimPrefix(inner, "：")
	d := decimal(inner)
	if d == "" {
		return s, ""
	}
	return s[:i], d
}

// flat removes the white space of a cell written over several lines
// ("经济效\n益指标" → "经济效益指标"), keeping every other character.
func flat(s string) string {
	return strings.Map(func(r rune) rune {
		if document.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// totals reads the 总分 row: the numbers under the weight and score
// columns, or, when the row does not reach them, the first two numbers
// after the label in order.
func (e *evalTable) totals(r row) {
	ix := e.p.ix
	var w, s schema.Decimal
	var ws, ss *schema.Span
	if col, ok := e.inds[colWeight]; ok {
		w, ws = ix.points(r.at(col))
	}
	if col, ok := e.inds[colScore]; ok {
		s, ss = ix.points(r.at(col))
	}
	if w == "" || s == "" {
		var nums []*document.Cell
		for k := range r.src.Cells {
			if decimal(r.src.Cells[k].Text) != "" {
				nums = append(nums, &r.src.Cells[k])
			}
		}
		if len(nums) >= 2 {
			w, ws = ix.points(nums[0])
			s, ss = ix.points(nums[1])
		} else if len(nums) == 1 && w == "" && s == "" {
			s, ss = ix.points(nums[0])
		}
	}
	e.out.TotalWeight, e.out.TotalScore = w, s
	e.out.TotalWeightSpan, e.out.TotalScoreSpan = ws, ss
}
