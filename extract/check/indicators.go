package check

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
	"github.com/jixiao-dev/jixiao/extract/profile"
	"github.com/jixiao-dev/jixiao/extract/values"
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
			total, ok := points(caption{first.Level1, " (", first.Level1Weight.Number.String(), "分)"}, first.Level1Weight, first.Span)
			parts, all := column(ins[start:end], weightOf)
			if !ok || !all {
				continue
			}
			total.text = ""
			if f, ok := sumCheck(total, parts, equals, UnitPoints); ok {
				c.emit(f)
			}
		}
	}
}

// level1End returns the end of the run of indicators of one level-1
// indicator (one 一级指标 cell, one "(N分)") that starts at start.
func level1End(ins []profile.Indicator, start int) int {
	i := start + 1
	for i < len(ins) && ins[i].Level1 == ins[i-1].Level1 && ins[i].Level1Weight.Number == ins[i-1].Level1Weight.Number {
		i++
	}
	return i
}

// column returns one points column of the rows, read by get; false when a
// row has no figure there.
func column(ins []profile.Indicator, get func(*profile.Indicator, caption) (figure, bool)) ([]figure, bool) {
	var parts []figure
	for i := range ins {
		f, ok := get(&ins[i], caption{})
		if !ok {
			return nil, false
		}
		parts = append(parts, f)
	}
	return parts, true
}

// weightOf makes a figure of an indicator's weight, at the span of the
// number (the row's span when the facts give none).
func weightOf(in *profile.Indicator, name caption) (figure, bool) {
	return points(name, in.Weight, in.Span)
}

// scoreOf makes a figure of an indicator's score, at the span of the
// number (the row's span when the facts give none).
func scoreOf(in *profile.Indicator, name caption) (figure, bool) {
	return points(name, in.Score, in.Span)
}

// totalWeight checks the 总分 row's weight against the funds line's weight
// plus the indicators' weights.
func (c *checker) totalWeight() {
	for _, se := range c.evaluations() {
		parts, ok := column(se.Indicators, weightOf)
		c.total(se.TotalWeight, se.Span, "分值", se.Funds, fundsWeight, parts, ok)
	}
}

// totalScore checks the 总分 row's score against the funds line's score plus
// the indicators' scores.
func (c *checker) totalScore() {
	for _, se := range c.evaluations() {
		parts, ok := column(se.Indicators, scoreOf)
		c.total(se.TotalScore, se.Span, "得分", se.Funds, fundsScore, parts, ok)
	}
}

// total emits one 总分 check of the total written (at fallback when its
// span is not known) against parts (read by column, ok when it read them
// all); what names the column, fund reads the funds line's figure of that
// column.
func (c *checker) total(written profile.Points, fallback document.Span, what string, funds *profile.Funds, fund func(*profile.Funds, caption) (figure, bool), parts []figure, ok bool) {
	if !ok || len(parts) == 0 {
		return
	}
	total, ok := points(caption{"总分 ", what}, written, fallback)
	if !ok {
		return
	}
	if funds != nil {
		if f, ok := fund(funds, caption{"资金"}); ok {
			parts = append([]figure{f}, parts...) // the funds line comes first
		}
	}
	if f, ok := sumCheck(total, parts, equals, UnitPoints); ok {
		c.emit(f)
	}
}

// scoreLEWeight checks that no score exceeds its weight: each row over its
// weight is a fail; the rows that pass give one pass per table, emitted
// after the fails.
func (c *checker) scoreLEWeight() {
	for _, se := range c.evaluations() {
		var held []document.Span
		rows := 0
		check := func(in *profile.Indicator, w, s figure) {
			if s.num.Cmp(w.num) <= 0 {
				held = append(held, s.span, w.span)
				rows++
				return
			}
			f := Finding{Status: Fail, Unit: UnitPoints, Expected: w.num, Actual: s.num, Tolerance: values.NewDecimal(0, 0), Spans: spans(s, w)}
			m := newMessage()
			if in == nil {
				m.put("资金执行")
			} else {
				m.put(indicatorName(in))
			}
			m.put(": 得分 ", s.text, " is above its 分值 ", w.text)
			f.Message = m.String()
			c.emit(f)
		}
		if f := se.Funds; f != nil {
			w, ok1 := fundsWeight(f, caption{"分值"})
			s, ok2 := fundsScore(f, caption{"得分"})
			if ok1 && ok2 {
				check(nil, w, s)
			}
		}
		for i := range se.Indicators {
			in := &se.Indicators[i]
			w, ok1 := weightOf(in, caption{"分值"})
			s, ok2 := scoreOf(in, caption{"得分"})
			if ok1 && ok2 {
				check(in, w, s)
			}
		}
		if rows > 0 {
			m := newMessage()
			m.putInt(rows)
			m.put(" rows: every 得分 is at most its 分值")
			c.emit(Finding{Status: Pass, Unit: UnitPoints, Message: m.String(), Spans: held})
		}
	}
}

// deviationReason checks that every indicator scored below its weight
// explains why (偏差原因分析); a placeholder ("无", "/") is no reason.
func (c *checker) deviationReason() {
	for _, se := range c.evaluations() {
		for i := range se.Indicators {
			in := &se.Indicators[i]
			w, ok1 := weightOf(in, caption{"分值"})
			s, ok2 := scoreOf(in, caption{"得分"})
			if !ok1 || !ok2 || s.num.Cmp(w.num) >= 0 {
				continue
			}
			f := Finding{Unit: UnitPoints, Expected: w.num, Actual: s.num, Spans: spans(s, w)}
			m := newMessage()
			m.put(indicatorName(in), ": 得分 ", s.text, " below 分值 ", w.text)
			if r := in.DeviationReason; r != nil && !placeholder(r.Text) {
				f.Status = Pass
				m.put(", and a deviation reason is given")
				f.Spans = append(f.Spans, r.Span)
			} else {
				f.Status = Warn
				m.put(", but no deviation reason (偏差原因) is given")
			}
			f.Message = m.String()
			c.emit(f)
		}
	}
}

// indicatorName names an indicator row in a message: its name, or its
// level-1 and level-2 indicators when the name says nothing.
func indicatorName(in *profile.Indicator) string {
	if name := cjk.TrimSpace(in.Name); !placeholder(name) {
		return name
	}
	return cjk.TrimSpace(in.Level1 + " " + in.Level2)
}

// placeholder reports whether s says nothing: blank, 无, 暂无, a dash or a
// slash.
func placeholder(s string) bool {
	switch strings.Trim(cjk.TrimSpace(s), "。.") {
	case "", "无", "暂无", "没有", "/", "／", "—", "——", "-", "--", "不适用":
		return true
	}
	return false
}
