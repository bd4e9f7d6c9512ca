package check

import (
	"fmt"
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
			total, ok := points(fmt.Sprintf("%s (%s分)", first.Level1, first.Level1Weight), first.Level1Weight, first.Span)
			if !ok {
				continue
			}
			parts, ok := weights(g)
			if !ok {
				continue
			}
			total.text = ""
			if k, ok := sumCheck(total, parts, equals, UnitPoints); ok {
				c.emit(k)
			}
		}
	}
}

// level1Groups splits indicators into runs of one level-1 indicator.
func level1Groups(ins []schema.Indicator) [][]schema.Indicator {
	var out [][]schema.Indicator
	for i, in := range ins {
		if i == 0 || in.Level1 != ins[i-1].Level1 || in.Level1Weight != ins[i-1].Level1Weight {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], in)
	}
	return out
}

// weights returns the weights of the rows as figures; false when a row has
// none.
func weights(ins []schema.Indicator) ([]figure, bool) {
	return column(ins, func(in schema.Indicator) schema.Decimal { return in.Weight })
}

// scores returns the scores of the rows as figures; false when a row has
// none.
func scores(ins []schema.Indicator) ([]figure, bool) {
	return column(ins, func(in schema.Indicator) schema.Decimal { return in.Score })
}

// column reads one points column of the rows.
func column(ins []schema.Indicator, get func(schema.Indicator) schema.Decimal) ([]figure, bool) {
	out := make([]figure, 0, len(ins))
	for _, in := range ins {
		f, ok := points("", get(in), in.Span)
		if !ok {
			return nil, false
		}
		out = append(out, f)
	}
	return out, true
}

// totalWeight checks the 总分 row's weight against the funds line's weight
// plus the indicators' weights.
func (c *checker) totalWeight() {
	for _, se := range c.evaluations() {
		parts, ok := weights(se.Indicators)
		c.total(se, se.TotalWeight, "分值", func(f *schema.Funds) schema.Decimal { return f.Weight }, parts, ok)
	}
}

// totalScore checks the 总分 row's score against the funds line's score plus
// the indicators' scores.
func (c *checker) totalScore() {
	for _, se := range c.evaluations() {
		parts, ok := scores(se.Indicators)
		c.total(se, se.TotalScore, "得分", func(f *schema.Funds) schema.Decimal { return f.Score }, parts, ok)
	}
}

// total emits one 总分 check; what names the column.
func (c *checker) total(se *schema.SelfEvaluation, written schema.Decimal, what string, fund func(*schema.Funds) schema.Decimal, parts []figure, ok bool) {
	if !ok || len(parts) == 0 {
		return
	}
	total, ok := points("总分 "+what, written, totalSpan(se))
	if !ok {
		return
	}
	if se.Funds != nil {
		if f, ok := points("资金", fund(se.Funds), fundsSpan(se.Funds)); ok {
			parts = append([]figure{f}, parts...)
		}
	}
	if k, ok := sumCheck(total, parts, equals, UnitPoints); ok {
		c.emit(k)
	}
}

// totalSpan is where the 总分 row is written. The facts give it no span of
// its own, so the table's span stands in.
func totalSpan(se *schema.SelfEvaluation) schema.Span {
	return se.Span
}

// scoreLEWeight checks that no score exceeds its weight: each row over its
// weight is a fail; the rows that pass give one pass per table.
func (c *checker) scoreLEWeight() {
	for _, se := range c.evaluations() {
		var passed []schema.Span
		check := func(name string, w, s figure) {
			if s.num.Cmp(w.num) <= 0 {
				passed = append(passed, s.span)
				return
			}
			c.emit(schema.Check{Status: Fail, Expected: dec(w.num), Actual: dec(s.num), Tolerance: "0", Unit: UnitPoints,
				Spans:   []schema.Span{s.span},
				Message: fmt.Sprintf("%s: 得分 %s is above its 分值 %s", name, s.text, w.text)})
		}
		if f := se.Funds; f != nil {
			w, ok1 := points("分值", f.Weight, fundsSpan(f))
			s, ok2 := points("得分", f.Score, fundsSpan(f))
			if ok1 && ok2 {
				check("资金执行", w, s)
			}
		}
		for _, in := range se.Indicators {
			w, ok1 := points("分值", in.Weight, in.Span)
			s, ok2 := points("得分", in.Score, in.Span)
			if ok1 && ok2 {
				check(indicatorName(in), w, s)
			}
		}
		if len(passed) > 0 {
			c.emit(schema.Check{Status: Pass, Unit: UnitPoints, Spans: passed,
				Message: fmt.Sprintf("%d rows: every 得分 is at most its 分值", len(passed))})
		}
	}
}

// deviationReason checks that every indicator scored below its weight
// explains why (偏差原因分析); a placeholder ("无", "/") is no reason.
func (c *checker) deviationReason() {
	for _, se := range c.evaluations() {
		for _, in := range se.Indicators {
			w, ok1 := points("分值", in.Weight, in.Span)
			s, ok2 := points("得分", in.Score, in.Span)
			if !ok1 || !ok2 || s.num.Cmp(w.num) >= 0 {
				continue
			}
			k := schema.Check{Expected: dec(w.num), Actual: dec(s.num), Unit: UnitPoints, Spans: []schema.Span{in.Span}}
			head := fmt.Sprintf("%s: 得分 %s below 分值 %s", indicatorName(in), s.text, w.text)
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
