package check

import (
	"strings"

	"github.com/jixiao-dev/jixiao/schema"
)

// level1Weight checks that the weights of each level-1 group (the rows
// sharing one 一级指标 cell) add up to the "(N分)" written in it. A group
// with a row without a weight is not checked: a blank is not a zero.
func (c *checker) level1Weight() {
	for _, se := range c.evaluations() {
		ins := se.Indicators
		for start, end := 0, 0; start < len(ins); start = end {
			end = level1End(ins, start)
			first := &ins[start]
			total, ok := points(label{first.Level1, " (", string(first.Level1Weight), "分)"}, first.Level1Weight, spanOr(first.Level1WeightSpan, first.Span))
			if !ok || !c.column(ins[start:end], weightOf) {
				continue
			}
			total.text = ""
			if d, ok := c.sumCheck(total, c.parts, equals, UnitPoints); ok {
				c.emit(d)
			}
		}
	}
}

// level1End returns the end of the run of indicators of one level-1
// indicator (one 一级指标 cell, one "(N分)") that starts at start.
func level1End(ins []schema.Indicator, start int) int {
	i := start + 1
	for i < len(ins) && ins[i].Level1 == ins[i-1].Level1 && ins[i].Level1Weight == ins[i-1].Level1Weight {
		i++
	}
	return i
}

// column sets the checker's parts to one points column of the rows, read
// by get; false when a row has no figure there.
func (c *checker) column(ins []schema.Indicator, get func(*schema.Indicator, label) (figure, bool)) bool {
	c.parts = c.parts[:0]
	for i := range ins {
		f, ok := get(&ins[i], label{})
		if !ok {
			return false
		}
		c.parts = append(c.parts, f)
	}
	return true
}

// weightOf makes a figure of an indicator's weight, at the span of the
// number (the row's span when the facts give none).
func weightOf(in *schema.Indicator, name label) (figure, bool) {
	return points(name, in.Weight, spanOr(in.WeightSpan, in.Span))
}

// scoreOf makes a figure of an indicator's score, at the span of the
// number (the row's span when the facts give none).
func scoreOf(in *schema.Indicator, name label) (figure, bool) {
	return points(name, in.Score, spanOr(in.ScoreSpan, in.Span))
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
		ok := c.column(se.Indicators, weightOf)
		c.total(se.TotalWeight, spanOr(se.TotalWeightSpan, se.Span), "分值", se.Funds, fundsWeight, ok)
	}
}

// totalScore checks the 总分 row's score against the funds line's score plus
// the indicators' scores.
func (c *checker) totalScore() {
	for _, se := range c.evaluations() {
		ok := c.column(se.Indicators, scoreOf)
		c.total(se.TotalScore, spanOr(se.TotalScoreSpan, se.Span), "得分", se.Funds, fundsScore, ok)
	}
}

// total emits one 总分 check of the total written at span against the
// checker's parts (read by column, ok when it read them all); what names
// the column, fund reads the funds line's figure of that column.
func (c *checker) total(written schema.Decimal, span schema.Span, what string, funds *schema.Funds, fund func(*schema.Funds, label) (figure, bool), ok bool) {
	if !ok || len(c.parts) == 0 {
		return
	}
	total, ok := points(label{"总分 ", what}, written, span)
	if !ok {
		return
	}
	if funds != nil {
		if f, ok := fund(funds, label{"资金"}); ok {
			// The funds line comes first.
			c.parts = append(c.parts, figure{})
			copy(c.parts[1:], c.parts)
			c.parts[0] = f
		}
	}
	if d, ok := c.sumCheck(total, c.parts, equals, UnitPoints); ok {
		c.emit(d)
	}
}

// scoreLEWeight checks that no score exceeds its weight: each row over its
// weight is a fail; the rows that pass give one pass per table, whose spans
// are held apart until it is emitted after the fails.
func (c *checker) scoreLEWeight() {
	for _, se := range c.evaluations() {
		c.held = c.held[:0]
		rows := 0
		check := func(in *schema.Indicator, w, s figure) {
			if s.num.Cmp(w.num) <= 0 {
				c.held = append(c.held, s.span, w.span)
				rows++
				return
			}
			d := draft{status: Fail, unit: UnitPoints, expected: c.number(w.num), actual: c.number(s.num)}
			start := c.mark()
			c.put("0")
			d.tolerance = c.since(start)
			d.spans = c.pointSpans(s, w)
			start = c.mark()
			if in == nil {
				c.put("资金执行")
			} else {
				c.indicatorName(in)
			}
			c.put(": 得分 ", s.text, " is above its 分值 ", w.text)
			d.message = c.since(start)
			c.emit(d)
		}
		if f := se.Funds; f != nil {
			w, ok1 := fundsWeight(f, label{"分值"})
			s, ok2 := fundsScore(f, label{"得分"})
			if ok1 && ok2 {
				check(nil, w, s)
			}
		}
		for i := range se.Indicators {
			in := &se.Indicators[i]
			w, ok1 := weightOf(in, label{"分值"})
			s, ok2 := scoreOf(in, label{"得分"})
			if ok1 && ok2 {
				check(in, w, s)
			}
		}
		if rows > 0 {
			d := draft{status: Pass, unit: UnitPoints}
			spans := c.spanMark()
			c.spans = append(c.spans, c.held...)
			d.spans = c.spansFrom(spans)
			start := c.mark()
			c.putInt(rows)
			c.put(" rows: every 得分 is at most its 分值")
			d.message = c.since(start)
			c.emit(d)
		}
	}
}

// pointSpans adds the spans of a score and its weight to the check being
// made.
func (c *checker) pointSpans(s, w figure) piece {
	spans := c.spanMark()
	c.span(s.span)
	c.span(w.span)
	return c.spansFrom(spans)
}

// deviationReason checks that every indicator scored below its weight
// explains why (偏差原因分析); a placeholder ("无", "/") is no reason.
func (c *checker) deviationReason() {
	for _, se := range c.evaluations() {
		for i := range se.Indicators {
			in := &se.Indicators[i]
			w, ok1 := weightOf(in, label{"分值"})
			s, ok2 := scoreOf(in, label{"得分"})
			if !ok1 || !ok2 || s.num.Cmp(w.num) >= 0 {
				continue
			}
			d := draft{unit: UnitPoints, expected: c.number(w.num), actual: c.number(s.num)}
			d.spans = c.pointSpans(s, w)
			start := c.mark()
			c.indicatorName(in)
			c.put(": 得分 ", s.text, " below 分值 ", w.text)
			if r := in.DeviationReason; r != nil && !placeholder(r.Text) {
				d.status = Pass
				c.put(", and a deviation reason is given")
				c.span(r.Span)
				d.spans = c.spansFrom(d.spans.start)
			} else {
				d.status = Warn
				c.put(", but no deviation reason (偏差原因) is given")
			}
			d.message = c.since(start)
			c.emit(d)
		}
	}
}

// indicatorName names an indicator row in a message: its name, or its
// level-1 and level-2 indicators when the name says nothing.
func (c *checker) indicatorName(in *schema.Indicator) {
	if name := strings.TrimSpace(in.Name); !placeholder(name) {
		c.put(name)
		return
	}
	start := c.mark()
	c.put(in.Level1, " ", in.Level2)
	c.trimSpace(start)
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
