package check

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
	"github.com/jixiao-dev/jixiao/extract/profile"
	"github.com/jixiao-dev/jixiao/extract/values"
)

// figure is one number of the facts, ready to compare: its value in the
// unit of comparison (元 for amounts, 分 for weights and scores, % for
// rates), half a unit of its last written decimal in that unit, how it is
// written and where.
type figure struct {
	label caption        // what the figure is ("公用经费")
	text  string         // the figure as written ("15.58万元", or "15.58" in a 万元 column)
	unit  string         // the unit its table gave it, when text does not hold it ("万元")
	num   values.Decimal // the value in the unit of comparison
	half  values.Decimal // half a unit of the last written decimal, same unit
	span  document.Span
}

// caption is what a figure is, in up to four pieces written end to end
// ("基础数据表 ", row, " ", column): most figures are never named in a
// message, and their pieces are joined only when one is.
type caption [4]string

// String joins the pieces.
func (l caption) String() string { return l[0] + l[1] + l[2] + l[3] }

// amount makes a figure of an amount Value, in 元. A missing value, a value
// of another kind, a range or an approximate figure ("约50万元") is no
// figure: comparing it would be a guess.
func amount(name caption, v *values.Value) (figure, bool) {
	if v == nil || v.Kind != values.Amount {
		return figure{}, false
	}
	return scaled(name, v, v.Yuan)
}

// quantity makes a figure of a quantity or count Value, in its canonical
// unit ("5万人" is 50000 人).
func quantity(name caption, v *values.Value) (figure, bool) {
	if v == nil || (v.Kind != values.Quantity && v.Kind != values.Count) {
		return figure{}, false
	}
	base := v.Base
	if !base.Valid() {
		base = v.Number
	}
	return scaled(name, v, base)
}

// scaled makes a figure of v whose number, in the unit of comparison, is
// base; half a unit of its last written decimal is scaled alike. Numbers
// are compared in their canonical form (Reduce), as written out.
func scaled(name caption, v *values.Value, base values.Decimal) (figure, bool) {
	if v.Approx || v.Low.Valid() || v.High.Valid() {
		return figure{}, false
	}
	num, b := v.Number.Reduce(), base.Reduce()
	if !num.Valid() || !b.Valid() {
		return figure{}, false
	}
	exp, ok := unitExp(num, b, v.Unit)
	if !ok {
		return figure{}, false
	}
	half := values.NewDecimal(5, v.Number.Places()+1).Shift(exp)
	if !half.Valid() {
		return figure{}, false
	}
	f := figure{label: name, num: b, half: half, span: spanOf(v)}
	f.text, f.unit = written(v)
	return f, true
}

// percent makes a figure of a percent Value, in %.
func percent(name caption, v *values.Value) (figure, bool) {
	if v == nil || v.Kind != values.Percent || v.Approx || v.Low.Valid() || v.High.Valid() || !v.Number.Valid() {
		return figure{}, false
	}
	f := figure{label: name, num: v.Number.Reduce(), half: values.NewDecimal(5, v.Number.Places()+1), span: spanOf(v)}
	f.text, f.unit = written(v)
	return f, true
}

// points makes a figure of a weight or a score, at its span or, when it has
// none, at fallback. A whole number of points is exact (half is zero); a
// score with decimals gets half a unit of its last one.
func points(name caption, p profile.Points, fallback document.Span) (figure, bool) {
	if !p.Number.Valid() {
		return figure{}, false
	}
	half := values.NewDecimal(0, 0)
	if n := p.Number.Places(); n > 0 {
		half = values.NewDecimal(5, n+1)
	}
	span := fallback
	if p.Span != nil {
		span = *p.Span
	}
	return figure{label: name, text: p.Number.String(), num: p.Number, half: half, span: span}, true
}

// spanOf returns where a value is written.
func spanOf(v *values.Value) document.Span {
	return document.Span{Start: v.Start, End: v.End}
}

// written returns a value as written, and the unit its table gave it when
// the unit is not in the text ("205.30" in a 万元 column is "205.30" and
// "万元").
func written(v *values.Value) (string, string) {
	if v.UnitSource != "" && v.UnitSource != values.Written && v.Unit != "" {
		return v.Raw, v.Unit
	}
	return v.Raw, ""
}

// unitExp returns the power of ten that takes a number to its unit of
// comparison: 4 for 万元 (to 元) or 万人 (to 人), 0 for 元, -1 for 角. It is
// read off the number and its base when the number is not zero, else off the
// unit's multiplier characters.
func unitExp(num, base values.Decimal, unit string) (int, bool) {
	if !num.IsZero() {
		// Only one power can take a non-zero number to its base: the
		// unit's multiplier is tried first, the others only when it fails.
		if e := unitMultiplier(unit); e >= -2 && e <= 16 && num.Shift(e).Cmp(base) == 0 {
			return e, true
		}
		for e := -2; e <= 16; e++ {
			if num.Shift(e).Cmp(base) == 0 {
				return e, true
			}
		}
		return 0, false
	}
	if !strings.HasSuffix(unit, "元") && !strings.HasSuffix(unit, "圆") && unit != "角" && unit != "分" {
		return 0, true // a zero quantity: no multiplier to read
	}
	return unitMultiplier(unit), true
}

// unitMultiplier reads the power of ten of a unit off its multiplier
// characters (cjk.Power): 4 for 万元, 0 for 元, -1 for 角, -2 for 分.
func unitMultiplier(unit string) int {
	exp := 0
	for _, r := range unit {
		switch r {
		case '角':
			exp--
		case '分':
			exp -= 2
		default:
			exp += cjk.Power(r)
		}
	}
	return exp
}

// spans returns the spans of figures, in order.
func spans(fs ...figure) []document.Span {
	out := make([]document.Span, len(fs))
	for i := range fs {
		out[i] = fs[i].span
	}
	return out
}
