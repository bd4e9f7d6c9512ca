package check

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/values"
	"github.com/jixiao-dev/jixiao/schema"
)

// at is the span of a figure written on line n of a made-up text: spans
// of different lines never overlap and sort by line.
func at(n int) schema.Span {
	return schema.Span{Start: n * 100, End: n*100 + 10, Line: n}
}

// wan is an amount written "<raw>万元" on line n.
func wan(raw string, n int) *schema.Value {
	return money(raw, "万元", 4, n)
}

// yuan is an amount written "<raw>元" on line n.
func yuan(raw string, n int) *schema.Value {
	return money(raw, "元", 0, n)
}

// money is an amount written raw+unit, whose unit is 10^exp 元.
func money(raw, unit string, exp, n int) *schema.Value {
	d, err := values.ParseDecimal(raw)
	if err != nil {
		panic(err)
	}
	return &schema.Value{Kind: "amount", Raw: raw + unit, Span: at(n), Number: schema.Decimal(d.String()), Unit: unit,
		UnitCanonical: "元", UnitSource: "written", Yuan: schema.Decimal(d.Shift(exp).String()), Precision: d.Places()}
}

// pct is a percent written "<op><raw>%" on line n; op is "", "≥" or "≤".
func pct(op, raw string, n int) *schema.Value {
	d, err := values.ParseDecimal(raw)
	if err != nil {
		panic(err)
	}
	ops := map[string]string{"": "", "≥": ">=", "≤": "<="}
	return &schema.Value{Kind: "percent", Raw: op + raw + "%", Span: at(n), Number: schema.Decimal(d.String()), Unit: "%",
		UnitCanonical: "%", UnitSource: "written", Precision: d.Places(), Op: ops[op]}
}

// qty is a quantity or count written raw+unit on line n.
func qty(kind, raw, unit string, n int) *schema.Value {
	d, err := values.ParseDecimal(raw)
	if err != nil {
		panic(err)
	}
	return &schema.Value{Kind: kind, Raw: raw + unit, Span: at(n), Number: schema.Decimal(d.String()), Unit: unit,
		UnitCanonical: unit, UnitSource: "written", NumberCanonical: schema.Decimal(d.String()), Precision: d.Places()}
}

// measure is a target or actual cell holding vs, on the line of the first.
func measure(vs ...*schema.Value) *schema.Measure {
	m := &schema.Measure{Values: []schema.Value{}}
	var raws []string
	for _, v := range vs {
		m.Values = append(m.Values, *v)
		raws = append(raws, v.Raw)
		m.Span = v.Span
	}
	m.Raw = strings.Join(raws, "、")
	return m
}

// indicator is an indicator row on line n.
func indicator(level1, weight1, name, weight, score string, n int) schema.Indicator {
	return schema.Indicator{Span: at(n), Level1: level1, Level1Weight: schema.Decimal(weight1), Level2: "数量指标",
		Name: name, Weight: schema.Decimal(weight), Score: schema.Decimal(score)}
}

// only runs one rule on f.
func runRule(f *schema.Facts, rule string) []schema.Check {
	var skip []string
	for _, id := range Rules() {
		if id != rule {
			skip = append(skip, id)
		}
	}
	return Check(f, Options{Skip: skip})
}
