package values

import (
	"strconv"
	"strings"
)

// describe writes every field of v but its offsets in one line, so a test
// can compare whole values compactly: kind, raw, then the fields that are
// set.
func describe(v Value) string {
	var b strings.Builder
	b.WriteString(string(v.Kind))
	b.WriteString(" " + strconv.Quote(v.Raw))
	add := func(k, s string) {
		if s != "" {
			b.WriteString(" " + k + "=" + s)
		}
	}
	add("n", v.Number.Written())
	if v.Unit != "" || v.UnitCanonical != "" {
		add("u", v.Unit+"/"+v.UnitCanonical)
	}
	if v.UnitSource != Written {
		add("src", string(v.UnitSource))
	}
	add("yuan", v.Yuan.String())
	add("base", v.Base.String())
	add("lo", v.Low.String())
	add("hi", v.High.String())
	add("op", v.Op)
	if v.Approx {
		b.WriteString(" ~")
	}
	add("iso", v.ISO)
	if v.From != "" || v.To != "" {
		add("period", v.From+".."+v.To)
	}
	return b.String()
}

// describeAll describes each value, joined by " | ".
func describeAll(vs []Value) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = describe(v)
	}
	return strings.Join(parts, " | ")
}
