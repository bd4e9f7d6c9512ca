package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/values"
	"github.com/jixiao-dev/jixiao/schema"
	"github.com/jixiao-dev/jixiao/write"
)

// TestValueOutput checks the conversion of a value to the output type: the
// line of its span numbered here, its decimals in canonical form with the
// precision written, and the unit span of a unit taken from a header.
func TestValueOutput(t *testing.T) {
	text := "第一行\n支出205.30万元\n\t金额（万元）\n\t12.50"
	a := &assembler{lines: document.NewLines(text)}
	v := values.Parse(text, values.Options{})[0]
	assert.Equal(t, schema.Value{Kind: "amount", Raw: "205.30万元", Span: schema.Span{Start: 16, End: 28, Line: 2},
		Number: "205.3", Unit: "万元", UnitCanonical: "元", UnitSource: "written", Yuan: "2053000",
		Precision: 2}, a.value(&v))
	out, err := write.Marshal(a.value(&v), false)
	assert.NoError(t, err)
	assert.True(t, strings.Contains(string(out), `"yuan":2053000`), "JSON lacks the exact yuan: %s", out)

	start := strings.Index(text, "12.50")
	header := strings.Index(text, "金额")
	bare := values.Value{Kind: values.Amount, Raw: "12.50", Start: start, End: start + 5, Number: values.NewDecimal(1250, 2),
		Unit: "万元", UnitCanonical: "元", UnitSource: values.Column, UnitStart: header, UnitEnd: header + len("金额（万元）"),
		Yuan: values.NewDecimal(125000, 0)}
	got := a.value(&bare)
	assert.Equal(t, &schema.Span{Start: header, End: header + len("金额（万元）"), Line: 3}, got.UnitSpan)
	assert.Equal(t, schema.Span{Start: start, End: start + 5, Line: 4}, got.Span)
}
