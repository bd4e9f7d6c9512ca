package check

import (
	"strconv"
	"strings"

	"jixiao/schema"
)

// level1Weight checks that the weights of each level-1 group (the rows
// sharing one 一级指标 cell) add up to the "(N分)" written in it. A group
// with a row without a weight is not checked: a blank is not a zero.
func (c *checker) level1Weight() {
	for _, se := range c.evaluations() {
		for _, g := range level1Groups(se.Indicators) {
			first := g[0]
			total, ok := points(first.Level1+" ("+string(first.Level1Weight)+"分)", first.Level1Weight, spanOr(first.Level1WeightSpan, first.Span))
			if !ok {
				continue
			}
			parts, ok := weights(g)
			if !ok {
				continue
			}
			total.text = ""
			if k, ok := c.sumCheck(total, parts, equals, UnitPoints); ok {
				c.emit(k)
			}
		}
	}
}

// level1Groups splits indicators into runs of one level-1 indicator. The
// runs are slices of ins, not copies.
func level1Groups(ins []schema.Indicator) [][]schema.Indicator {
	var out [][]schema.Indicator
	start := 0
	for i := 1; i <= len(ins); i++ {
		if i == len(ins) || ins[i].Level1 != ins[i-1].Level1 || ins[i].Level1Weight != ins[i-1].Level1Weight {
			out = append(out, ins[start:i:i])
			start = i
		}
	}
	return out
}

// weights returns the weights of the rows as figures; false when a row has
// none.
func weights(ins []schema.Indicator) ([]figure, bool) {
	return column(ins, weightOf)
}

// scores returns the scores of the rows as figures; false when a row has
// none.
func scores(ins []schema.Indicator) ([]figure, bool) {
	return column(ins, scoreOf)
}

// column reads one points column of the rows. The result has room for one
// more figure, which total puts in front.
func column(ins []schema.Indicator, get func(*schema.Indicator, string) (figure, bool)) ([]figure, bool) {
	out := make([]figure, 0, len(ins)+1)
	for i := range ins {
		f, ok := get(&ins[i], "")
		if !ok {
			return nil, false
		}
		out = append(out, f)
	}
	return out, true
}

// weightOf makes a figure of an indicator's weight, at the span of the
// number (the row's span when the facts give none).
func weightOf(in *schema.Indicator, label string) (figure, bool) {
	return points(label, in.Weight, spanOr(in.WeightSpan, in.Span))
}

// scoreOf makes a figure of an indicator's score, at the span of the
// number (the row's span when the facts give none).
func scoreOf(in *schema.Indicator, label string) (figure, bool) {
	return points(label, in.Score, spanOr(in.ScoreSpan, in.Span))
}

// spanOr returns *sp, or fallback when sp is nil: facts built by hand, or a
// number the profile could not place exactly, are still shown where their
// row is.
func spanOr(sp *schema.Span, fallback schema.Span) schema.Span {
	if sp != nil {
		return *sp
	}
	return fallback
}

// totalWeight checks the 总分 row's weight against the funds line's weight
// plus the indicators' weights.
func (c *checker) totalWeight() {
	for _, se := range c.evaluations() {
		parts, ok := weights(se.Indicators)
		c.total(se.TotalWeight, spanOr(se.TotalWeightSpan, se.Span), "分值", se.Funds, fundsWeight, parts, ok)
	}
}

// totalScore checks the 总分 row's score against the funds line's score plus
// the indicators' scores.
func (c *checker) totalScore() {
	for _, se := range c.evaluations() {
		parts, ok := scores(se.Indicators)
		c.total(se.TotalScore, spanOr(se.TotalScoreSpan, se.Span), "得分", se.Funds, fundsScore, parts, ok)
	}
}

// total emits one 总分 check of the total written at span; what names the
// column, fund reads the funds line's figure of that column.
func (c *checker) total(written schema.Decimal, span schema.Span, what string, funds *schema.Funds, fund func(*schema.Funds, string) (figure, bool), parts []figure, ok bool) {
	if !ok || len(parts) == 0 {
		return
	}
	total, ok := points("总分 "+what, written, span)
	if !ok {
		return
	}
	if funds != nil {
		if f, ok := fund(funds, "资金"); ok {
			// The funds line comes first; column left room for it.
			parts = append(parts, figure{})
			copy(parts[1:], parts)
			parts[0] = f
		}
	}
	if k, ok := c.sumCheck(total, parts, equals, UnitPoints); ok {
		c.emit(k)
	}
}

// scoreLEWeight checks that no score exceeds its weight: each row over its
// weight is a fail; the rows that pass give one pass per table.
func (c *checker) scoreLEWeight() {
	for _, se := range c.evaluations() {
		var passed []schema.Span
		rows := 0
		check := func(name string, w, s figure) {
			if s.num.Cmp(w.num) <= 0 {
				passed = append(passed, s.span, w.span)
				rows++
				return
			}
			c.emit(schema.Check{Status: Fail, Expected: dec(w.num), Actual: dec(s.num), Tolerance: "0", Unit: UnitPoints,
				Spans:   []schema.Span{s.span, w.span},
				Message: name + ": 得分 " + s.text + " is above its 分值 " + w.text})
		}
		if f := se.Funds; f != nil {
			w, ok1 := fundsWeight(f, "分值")
			s, ok2 := fundsScore(f, "得分")
			if ok1 && ok2 {
				check("资金执行", w, s)
			}
		}
		for i := range se.Indicators {
			in := &se.Indicators[i]
			w, ok1 := weightOf(in, "分值")
			s, ok2 := scoreOf(in, "得分")
			if ok1 && ok2 {
				check(indicatorName(*in), w, s)
			}
		}
		if rows > 0 {
			c.emit(schema.Check{Status: Pass, Unit: UnitPoints, Spans: passed,
				Message: strconv.Itoa(rows) + " rows: every 得分 is at most its 分值"})
		}
	}
}

// deviationReason checks that every indicator scored below its weight
// explains why (偏差原因分析); a placeholder ("无", "/") is no reason.
func (c *checker) deviationReason() {
	for _, se := range c.evaluations() {
		for i := range se.Indicators {
			in := &se.Indicators[i]
			w, ok1 := weightOf(in, "分值")
			s, ok2 := scoreOf(in, "得分")
			if !ok1 || !ok2 || s.num.Cmp(w.num) >= 0 {
				continue
			}
			k := schema.Check{Expected: dec(w.num), Actual: dec(s.num), Unit: UnitPoints, Spans: []schema.Span{s.span, w.span}}
			head := indicatorName(*in) + ": 得分 " + s.text + " below 分值 " + w.text
			if r := in.DeviationReason; r != nil && !placeholder(r.Text) {
				k.Status, k.Message = Pass, head+", and a deviation reason is given"
				k.Spans = append(k.Spans, r.Span)
			} else {
				k.Status, k.Message = Warn, head+", but no deviation reason (偏差原因) is given"
			}
			c.emit(k)
		}
	}
}

// indicatorName names an indicator row for messages.
func indicatorName(in schema.Indicator) string {
	name := strings.TrimSpace(in.Name)
	if name == "" || placeholder(name) {
		return strings.TrimSpace(in.Level1 + " " + in.Level2)
	}
	return name
}

// placeholder reports whether s says nothing: blank, 无, 暂无, a dash or a
// slash.
func placeholder(s string) bool {
	switch strings.Trim(strings.TrimSpace(s), "。.") {
	case "", "无", "暂无", "没有", "/", "／", "—", "——", "-", "--", "不适用":
		return true
	}
	return false
}
