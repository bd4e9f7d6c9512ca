package profile

import (
	"strings"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/values"
	"github.com/jixiao-dev/jixiao/schema"
)

// indicatorState carries the merged level cells down the indicator block.
type indicatorState struct {
	level1, level2 string
	weight         schema.Decimal
	weightSpan     *schema.Span // where weight is written, in the level-1 cell
}

// indicatorKey numbers the indicator columns indicator reads.
type indicatorKey int

const (
	indLevel1 indicatorKey = iota
	indLevel2
	indName
	indNature
	indTarget
	indUnit
	indActual
	indWeight
	indScore
	indReason
	nIndicatorKeys
)

// indicatorKeys are the keys of indicatorColumns by indicatorKey.
var indicatorKeys = [nIndicatorKeys]string{colLevel1, colLevel2, colName, colNature, colTarget, colUnit, colActual, colWeight, colScore, colReason}

// indicatorCols resolves the grid columns of the indicator columns once per
// head row, so that the rows below look them up by number: -1 for a
// column the head does not name.
func indicatorCols(cols map[string]int) [nIndicatorKeys]int {
	var out [nIndicatorKeys]int
	for k, key := range indicatorKeys {
		out[k] = -1
		if col, ok := cols[key]; ok {
			out[k] = col
		}
	}
	return out
}

// indicator reads one indicator row. A blank level cell inherits the level
// of the row above (a merged cell in the source); a row with only levels
// sets them for the rows below.
func (e *evalTable) indicator(r *row) bool {
	ix := e.p.ix
	cell := func(key indicatorKey) *document.Cell {
		if col := e.indCols[key]; col >= 0 {
			return r.at(col)
		}
		return nil
	}
	if c := cell(indLevel1); c != nil && !placeholder(c.Text) {
		e.prev.level1, e.prev.weight = levelWeight(norm(c.Text))
		e.prev.weightSpan = ix.bracketNumber(c.Span.Start, c.Span.End, e.prev.weight)
		e.prev.level2 = ""
	}
	if c := cell(indLevel2); c != nil && !placeholder(c.Text) {
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
	if c := cell(indName); c != nil && !placeholder(c.Text) {
		in.Name = flat(c.Text)
	}
	if c := cell(indNature); c != nil && !placeholder(c.Text) {
		in.Nature = flat(c.Text)
	}
	unit := cell(indUnit)
	if unit != nil && !placeholder(unit.Text) {
		in.Unit = flat(unit.Text)
	}
	in.Target = e.measure(cell(indTarget), unit, in.Nature)
	in.Actual = e.measure(cell(indActual), unit, "")
	in.Weight, in.WeightSpan = ix.points(cell(indWeight))
	in.Score, in.ScoreSpan = ix.points(cell(indScore))
	in.DeviationReason = ix.cellText(cell(indReason))
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
	op := natureOp(nature)
	// The values wholly in the cell, walked by index so that each is
	// copied from its converted form without being looked up (index.out).
	lo, end := ix.search(c.Span.Start), c.Span.End
	n := 0
	for k := lo; k < len(ix.vals) && ix.vals[k].Start < end; k++ {
		if ix.vals[k].End <= end {
			n++
		}
	}
	if n == 0 && unit != nil {
		if v, ok := withUnit(c, unit); ok {
			m.Values = ix.values.take(1)
			ix.convert.Convert(&v, &m.Values[0])
			m.Values[0] = withOp(m.Values[0], &v, op)
			return m
		}
	}
	m.Values = ix.values.take(n)[:0]
	for k := lo; k < len(ix.vals) && ix.vals[k].Start < end; k++ {
		if ix.vals[k].End <= end {
			m.Values = append(m.Values, withOp(ix.conv[k], &ix.vals[k], op))
		}
	}
	return m
}

// withOp returns s, the output form of v, with the comparator op when v
// writes none itself and is no date or period.
func withOp(s schema.Value, v *values.Value, op string) schema.Value {
	if v.Op == "" && op != "" && v.Kind != values.Date && v.Kind != values.Period {
		s.Op = op
	}
	return s
}

// withUnit reads a cell that is a bare number with the unit of another
// cell of its row ("500" under 度量单位 "亩").
func withUnit(c, unit *document.Cell) (values.Value, bool) {
	num := trimSpace(c.Text)
	u := trimSpace(unit.Text)
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
// ("经济效\n益指标" → "经济效益指标"), keeping every other character (but
// for invalid UTF-8, respelled as U+FFFD). A valid text with nothing norm
// would fold has no white space either, and comes back as it is.
func flat(s string) string {
	if !needsFold(s) && utf8.ValidString(s) {
		return s
	}
	return fold(s, false)
}

// totals reads the 总分 row: the numbers under the weight and score
// columns, or, when the row does not reach them, the first two numbers
// after the label in order.
func (e *evalTable) totals(r *row) {
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
