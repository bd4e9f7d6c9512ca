package check

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
	"github.com/jixiao-dev/jixiao/extract/profile"
	"github.com/jixiao-dev/jixiao/extract/values"
)

// direction is which way an indicator's target is met.
type direction string

const (
	atLeast direction = ">=" // 产出, 效益, 满意度: at least the target
	atMost  direction = "<=" // 成本: at most the target
	exactly direction = "="
)

// targetMet compares each indicator's target and actual value where both
// are one comparable number and the direction is known: the target's
// comparator (≥80%), else the 指标性质 column, else the level-1 indicator
// (成本 is at most the target, the others at least it; a percent needs a
// comparator). A met target with a score below the weight is a warn; a
// target missed by more than the rounding of the two figures with a full
// score is a warn too; the rest pass.
func (c *checker) targetMet() {
	for _, se := range c.evaluations() {
		for i := range se.Indicators {
			c.targetCheck(&se.Indicators[i])
		}
	}
}

// targetCheck judges one indicator, when it can.
func (c *checker) targetCheck(in *profile.Indicator) {
	w, ok1 := weightOf(in, caption{"分值"})
	s, ok2 := scoreOf(in, caption{"得分"})
	if !ok1 || !ok2 || in.Target == nil || in.Actual == nil || len(in.Target.Values) != 1 || len(in.Actual.Values) != 1 {
		return
	}
	t0, a0 := in.Target.Value(0), in.Actual.Value(0)
	tv, av := &t0, &a0
	t, a, unit, ok := comparable(tv, av)
	if !ok {
		return
	}
	dir, ok := directionOf(in, tv)
	if !ok {
		return
	}
	tol := t.half.Add(a.half)
	met, missed := outcome(dir, t.num, a.num, tol)
	full := s.num.Cmp(w.num) >= 0
	f := Finding{Unit: unit, Expected: t.num, Actual: a.num, Tolerance: tol, Spans: spans(a, t, s, w)}
	m := newMessage()
	m.put(indicatorName(in), ": 实际完成值 ")
	m.written(&a)
	m.put(" against 年度指标值 ")
	m.written(&t)
	m.put(" (", string(dir), "), 得分 ", s.text, " of 分值 ", w.text)
	switch {
	case met && !full:
		f.Status = Warn
		m.put(": the target is met but the score is below the weight")
	case missed && full:
		f.Status = Warn
		m.put(": the target is missed but the score is full")
	case met:
		f.Status = Pass
		m.put(": met, full score")
	case missed:
		f.Status = Pass
		m.put(": missed, score below the weight")
	default:
		f.Status = Pass
		m.put(": missed by no more than the rounding of the two figures")
	}
	f.Message = m.String()
	c.emit(f)
}

// comparable returns target and actual as figures in one unit, and that
// unit; false when they are of different kinds or units.
func comparable(tv, av *values.Value) (figure, figure, string, bool) {
	if tv.Kind != av.Kind {
		return figure{}, figure{}, "", false
	}
	var t, a figure
	var ok1, ok2 bool
	unit := tv.UnitCanonical
	switch tv.Kind {
	case values.Amount:
		t, ok1 = amount(caption{}, tv)
		a, ok2 = amount(caption{}, av)
		unit = UnitYuan
	case values.Percent:
		t, ok1 = percent(caption{}, tv)
		a, ok2 = percent(caption{}, av)
		unit = UnitPercent
	case values.Quantity, values.Count:
		if tv.UnitCanonical == "" || tv.UnitCanonical != av.UnitCanonical {
			return figure{}, figure{}, "", false
		}
		t, ok1 = quantity(caption{}, tv)
		a, ok2 = quantity(caption{}, av)
	}
	return t, a, unit, ok1 && ok2
}

// directionOf finds which way the target is met; false when it cannot be
// known.
func directionOf(in *profile.Indicator, tv *values.Value) (direction, bool) {
	if d, ok := opDirection(tv.Op); ok {
		return d, true
	}
	if d, ok := opDirection(natureOp(in.Nature)); ok {
		return d, true
	}
	if tv.Kind == values.Percent {
		return "", false
	}
	if strings.Contains(in.Level1, "成本") {
		return atMost, true
	}
	return atLeast, true
}

// opDirection maps a comparator to a direction.
func opDirection(op string) (direction, bool) {
	switch op {
	case ">=", ">":
		return atLeast, true
	case "<=", "<":
		return atMost, true
	case "=":
		return exactly, true
	}
	return "", false
}

// natureOp reads the 指标性质 column ("≥", "正向", "≤", "反向", "=") as a
// comparator; "" when it says none.
func natureOp(nature string) string {
	n := cjk.TrimSpace(nature)
	switch {
	case strings.ContainsAny(n, "≥>＞") || strings.Contains(n, "正向") || strings.Contains(n, "不低于"):
		return ">="
	case strings.ContainsAny(n, "≤<＜") || strings.Contains(n, "反向") || strings.Contains(n, "不高于"):
		return "<="
	case strings.ContainsAny(n, "=＝"):
		return "="
	}
	return ""
}

// outcome says whether actual a meets target t in direction dir, and
// whether it misses it by more than tol.
func outcome(dir direction, t, a, tol values.Decimal) (met, missed bool) {
	switch dir {
	case atLeast:
		return a.Cmp(t) >= 0, a.Cmp(t.Sub(tol)) < 0
	case atMost:
		return a.Cmp(t) <= 0, a.Cmp(t.Add(tol)) > 0
	}
	within := abs(a.Sub(t)).Cmp(tol) <= 0
	return within, !within
}
