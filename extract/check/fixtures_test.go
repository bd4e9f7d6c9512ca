package check

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/profile"
	"github.com/jixiao-dev/jixiao/extract/values"
	"github.com/jixiao-dev/jixiao/schema"
)

// at is the span of a figure written on line n of a made-up text: spans
// of different lines never overlap and sort by line (lineOf).
func at(n int) document.Span {
	return document.Span{Start: n * 100, End: n*100 + 10}
}

// lineOf is the line of an offset of the made-up text: 100 bytes a line.
func lineOf(offset int) int { return offset / 100 }

// dec reads a decimal of a test.
func dec(raw string) values.Decimal {
	d, err := values.ParseDecimal(raw)
	if err != nil {
		panic(err)
	}
	return d
}

// pts is a weight or a score as the profile gives it; "" is none.
func pts(raw string) profile.Points {
	if raw == "" {
		return profile.Points{}
	}
	return profile.Points{Number: dec(raw).Reduce()}
}

// wan is an amount written "<raw>万元" on line n.
func wan(raw string, n int) *values.Value {
	return money(raw, "万元", 4, n)
}

// yuan is an amount written "<raw>元" on line n.
func yuan(raw string, n int) *values.Value {
	return money(raw, "元", 0, n)
}

// money is an amount written raw+unit, whose unit is 10^exp 元.
func money(raw, unit string, exp, n int) *values.Value {
	d := dec(raw)
	return &values.Value{Kind: values.Amount, Raw: raw + unit, Start: at(n).Start, End: at(n).End, Number: d, Unit: unit,
		UnitCanonical: "元", UnitSource: values.Written, Yuan: d.Shift(exp)}
}

// pct is a percent written "<op><raw>%" on line n; op is "", "≥" or "≤".
func pct(op, raw string, n int) *values.Value {
	ops := map[string]string{"": "", "≥": ">=", "≤": "<="}
	return &values.Value{Kind: values.Percent, Raw: op + raw + "%", Start: at(n).Start, End: at(n).End, Number: dec(raw), Unit: "%",
		UnitCanonical: "%", UnitSource: values.Written, Op: ops[op]}
}

// qty is a quantity or count written raw+unit on line n.
func qty(kind, raw, unit string, n int) *values.Value {
	d := dec(raw)
	return &values.Value{Kind: values.Kind(kind), Raw: raw + unit, Start: at(n).Start, End: at(n).End, Number: d, Unit: unit,
		UnitCanonical: unit, UnitSource: values.Written, Base: d}
}

// measure is a target or actual cell holding vs, on the line of the first.
func measure(vs ...*values.Value) *profile.Measure {
	m := &profile.Measure{Values: []*values.Value{}}
	var raws []string
	for _, v := range vs {
		m.Values = append(m.Values, v)
		raws = append(raws, v.Raw)
		m.Span = document.Span{Start: v.Start, End: v.End}
	}
	m.Raw = strings.Join(raws, "、")
	return m
}

// indicator is an indicator row on line n.
func indicator(level1, weight1, name, weight, score string, n int) profile.Indicator {
	return profile.Indicator{Span: at(n), Level1: level1, Level1Weight: pts(weight1), Level2: "数量指标",
		Name: name, Weight: pts(weight), Score: pts(score)}
}

// runRule runs one rule on f, and gives its checks in the output form.
func runRule(f *profile.Facts, rule string) []schema.Check {
	var skip []string
	for _, id := range Rules() {
		if id != rule {
			skip = append(skip, id)
		}
	}
	return schemaChecks(Check(f, Options{Skip: skip}), lineOf)
}
