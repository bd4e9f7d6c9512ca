package profile

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
	"github.com/jixiao-dev/jixiao/extract/values"
)

// indicatorState carries the merged level cells down the indicator block.
type indicatorState struct {
	level1, level2 string
	weight         Points // written in the level-1 cell: "产出指标（40分）"
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
		var w values.Decimal
		e.prev.level1, w = levelWeight(norm(c.Text))
		e.prev.weight = Points{Number: w, Span: ix.bracketNumber(c.Span.Start, c.Span.End, w)}
		e.prev.level2 = ""
	}
	if c := cell(indLevel2); c != nil && !placeholder(c.Text) {
		e.prev.level2 = norm(c.Text)
	}
	in := Indicator{
		Span:         document.Span{Start: r.src.Span.Start, End: r.src.Span.End},
		Level1:       e.prev.level1,
		Level1Weight: e.prev.weight,
		Level2:       e.prev.level2,
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
	in.Weight = ix.points(cell(indWeight))
	in.Score = ix.points(cell(indScore))
	in.DeviationReason = ix.cellText(cell(indReason))
	if in.Name == "" && in.Target == nil && in.Actual == nil && !in.Weight.Number.Valid() && !in.Score.Number.Valid() {
		return e.prev.level1 != "" || e.prev.level2 != ""
	}
	e.out.Indicators = append(e.out.Indicators, in)
	return true
}

// measure reads a target or achieved cell: its text and the values in it.
// A bare number in a table with a 度量单位 column takes the unit written in
// that column (unit_source "cell"), and a target takes the comparator of
// the 指标性质 column when it writes none itself.
func (e *evalTable) measure(c, unit *document.Cell, nature string) *Measure {
	if c == nil || cjk.AllSpace(c.Text) {
		return nil
	}
	m := &Measure{Raw: c.Text, Span: document.Span{Start: c.Span.Start, End: c.Span.End}, Op: natureOp(nature)}
	m.Values = e.p.ix.within(c.Span.Start, c.Span.End)
	if len(m.Values) == 0 && unit != nil {
		if v, ok := withUnit(c, unit); ok {
			m.Values = []*values.Value{&v}
		}
	}
	if m.Values == nil {
		m.Values = []*values.Value{}
	}
	return m
}

// withUnit reads a cell that is a bare number with the unit of another
// cell of its row ("500" under 度量单位 "亩").
func withUnit(c, unit *document.Cell) (values.Value, bool) {
	num := cjk.TrimSpace(c.Text)
	u := cjk.TrimSpace(unit.Text)
	if _, err := values.ParseDecimal(num); err != nil || u == "" || placeholder(u) {
		return values.Value{}, false
	}
	for _, v := range values.Parse(num+u, values.Options{}) {
		if v.Start != 0 || v.End != len(num)+len(u) {
			continue
		}
		v.Raw, v.Start, v.End = c.Text, c.Span.Start, c.Span.End
		v.UnitSource, v.UnitStart, v.UnitEnd = values.Cell, unit.Span.Start, unit.Span.End
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
func levelWeight(s string) (string, values.Decimal) {
	if !strings.HasSuffix(s, "）") {
		return s, values.Decimal{}
	}
	i := strings.LastIndex(s, "（")
	if i < 0 {
		return s, values.Decimal{}
	}
	inner := strings.TrimSuffix(s[i+len("（"):], "）")
	inner = strings.TrimPrefix(inner, "分值")
	inner = strings.TrimPrefix(inner, "：")
	d := decimal(inner)
	if !d.Valid() {
		return s, values.Decimal{}
	}
	return s[:i], d
}

// totals reads the 总分 row: the numbers under the weight and score
// columns, or, when the row does not reach them, the first two numbers
// after the label in order.
func (e *evalTable) totals(r *row) {
	ix := e.p.ix
	var w, s Points
	if col, ok := e.inds[colWeight]; ok {
		w = ix.points(r.at(col))
	}
	if col, ok := e.inds[colScore]; ok {
		s = ix.points(r.at(col))
	}
	if !w.Number.Valid() || !s.Number.Valid() {
		var nums []*document.Cell
		for k := range r.src.Cells {
			if decimal(r.src.Cells[k].Text).Valid() {
				nums = append(nums, &r.src.Cells[k])
			}
		}
		if len(nums) >= 2 {
			w, s = ix.points(nums[0]), ix.points(nums[1])
		} else if len(nums) == 1 && !w.Number.Valid() && !s.Number.Valid() {
			s = ix.points(nums[0])
		}
	}
	e.out.TotalWeight, e.out.TotalScore = w, s
}
