package check

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/values"
	"github.com/jixiao-dev/jixiao/schema"
)

// figure is one number of the facts, ready to compare: its value in the
// unit of comparison (元 for amounts, 分 for weights and scores, % for
// rates), half a unit of its last written decimal in that unit, how it is
// written and where.
type figure struct {
	label label          // what the figure is ("公用经费")
	text  string         // the figure as written ("15.58万元", or "15.58" in a 万元 column)
	unit  string         // the unit its table gave it, when text does not hold it ("万元")
	num   values.Decimal // the value in the unit of comparison
	half  values.Decimal // half a unit of the last written decimal, same unit
	span  schema.Span

	// halfExp is the power of ten of half's 5 (5×10^halfExp), for the
	// exact arithmetic of the rates (see rateFiguresExact).
	halfExp int
}

// label is what a figure is, in up to four pieces written end to end
// ("基础数据表 ", row, " ", column): the pieces are joined only when a
// message is written, into the message itself.
type label [4]string

// amount makes a figure of an amount Value, in 元. A missing value, a value
// of another kind, a range or an approximate figure ("约50万元") is no
// figure: comparing it would be a guess.
func amount(name label, v *schema.Value) (figure, bool) {
	if v == nil || v.Kind != "amount" {
		return figure{}, false
	}
	return scaled(name, v, v.Yuan)
}

// quantity makes a figure of a quantity or count Value, in its canonical
// unit ("5万人" is 50000 人).
func quantity(name label, v *schema.Value) (figure, bool) {
	if v == nil || (v.Kind != "quantity" && v.Kind != "count") {
		return figure{}, false
	}
	base := v.NumberCanonical
	if base == "" {
		base = v.Number
	}
	return scaled(name, v, base)
}

// scaled makes a figure of v whose number, in the unit of comparison, is
// base; half a unit of its last written decimal is scaled alike.
func scaled(name label, v *schema.Value, base schema.Decimal) (figure, bool) {
	if v.Approx || v.Low != "" || v.High != "" {
		return figure{}, false
	}
	num, err1 := values.ParseDecimal(string(v.Number))
	b, err2 := values.ParseDecimal(string(base))
	if err1 != nil || err2 != nil {
		return figure{}, false
	}
	exp, ok := unitExp(num, b, v.Unit)
	if !ok {
		return figure{}, false
	}
	half := values.NewDecimal(5, v.Precision+1).Shift(exp)
	if !half.Valid() {
		return figure{}, false
	}
	f := figure{label: name, num: b, half: half, span: v.Span, halfExp: exp - v.Precision - 1}
	f.text, f.unit = written(v)
	return f, true
}

// percent makes a figure of a percent Value, in %.
func percent(name label, v *schema.Value) (figure, bool) {
	if v == nil || v.Kind != "percent" || v.Approx || v.Low != "" || v.High != "" {
		return figure{}, false
	}
	num, err := values.ParseDecimal(string(v.Number))
	if err != nil {
		return figure{}, false
	}
	f := figure{label: name, num: num, half: values.NewDecimal(5, v.Precision+1), span: v.Span, halfExp: -v.Precision - 1}
	f.text, f.unit = written(v)
	return f, true
}

// points makes a figure of a weight or a score written at span. A whole
// number of points is exact (half is zero); a score with decimals gets
// half a unit of its last one.
func points(name label, d schema.Decimal, span schema.Span) (figure, bool) {
	if d == "" {
		return figure{}, false
	}
	num, err := values.ParseDecimal(string(d))
	if err != nil {
		return figure{}, false
	}
	half := values.NewDecimal(0, 0)
	if p := num.Places(); p > 0 {
		half = values.NewDecimal(5, p+1)
	}
	return figure{label: name, text: string(d), num: num, half: half, span: span}, true
}

// written returns a value as written, and the unit its table gave it when
// the unit is not in the text ("205.30" in a 万元 column is "205.30" and
// "万元").
func written(v *schema.Value) (string, string) {
	if v.UnitSource != "" && v.UnitSource != "written" && v.Unit != "" {
		return v.Raw, v.Unit
	}
	return v.Raw, ""
}

// unitExp returns the power of ten that takes a number to its unit of
// comparison: 4 for 万元 (to 元) or 万人 (to 人), 0 for 元, -1 for 角. It is
// read off the number and its base when the number is not zero, else off the
// unit's multiplier characters.
func unitExp(num, yuan values.Decimal, unit string) (int, bool) {
	if !num.IsZero() {
		// Only one power can take a non-zero number to its base: the
		// unit's multiplier is tried first, the others only when it fails.
		if e := unitMultiplier(unit); e >= -2 && e <= 16 && num.Shift(e).Cmp(yuan) == 0 {
			return e, true
		}
		for e := -2; e <= 16; e++ {
			if num.Shift(e).Cmp(yuan) == 0 {
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
// characters: 4 for 万元, 0 for 元, -1 for 角.
func unitMultiplier(unit string) int {
	switch unit { // the usual units, without decoding them
	case "元", "%":
		return 0
	case "万元":
		return 4
	}
	exp := 0
	for _, r := range unit {
		switch r {
		case '十':
			exp++
		case '百':
			exp += 2
		case '千':
			exp += 3
		case '万':
			exp += 4
		case '亿':
			exp += 8
		case '角':
			exp--
		case '分':
			exp -= 2
		}
	}
	return exp
}

// spanFigures adds the spans of figures, in order, to the check being
// made.
func (c *checker) spanFigures(fs ...figure) {
	for i := range fs {
		c.span(fs[i].span)
	}
}
