package extract

import (
	"github.com/jixiao-dev/jixiao/extract/check"
	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/values"
	"github.com/jixiao-dev/jixiao/schema"
)

// decimal writes an exact decimal in the output form: its canonical text,
// "" for none. The texts are written into one buffer and sliced out of it
// (see assembler.buf).
func (a *assembler) decimal(d values.Decimal) schema.Decimal {
	if !d.Valid() {
		return ""
	}
	start := a.buf.Len()
	var buf [48]byte
	a.buf.Write(d.Append(buf[:0]))
	return schema.Decimal(a.buf.String()[start:])
}

// value converts a value of the values stage.
func (a *assembler) value(v *values.Value) schema.Value {
	number := a.decimal(v.Number)
	base := number // a quantity in its own canonical unit: the same text
	if v.Base != v.Number {
		base = a.decimal(v.Base)
	}
	out := schema.Value{
		Kind:            string(v.Kind),
		Raw:             v.Raw,
		Span:            a.span(document.Span{Start: v.Start, End: v.End}),
		Number:          number,
		Unit:            v.Unit,
		UnitCanonical:   v.UnitCanonical,
		UnitSource:      string(v.UnitSource),
		Yuan:            a.decimal(v.Yuan),
		NumberCanonical: base,
		Precision:       v.Number.Places(),
		ISO:             v.ISO,
		From:            v.From,
		To:              v.To,
		Low:             a.decimal(v.Low),
		High:            a.decimal(v.High),
		Op:              v.Op,
		Approx:          v.Approx,
	}
	if v.UnitSource != "" && v.UnitSource != values.Written {
		s := a.span(document.Span{Start: v.UnitStart, End: v.UnitEnd})
		out.UnitSpan = &s
	}
	return out
}

// valuePtr converts a value a fact points to; nil stays nil. A value of
// the report's list (reportValues) is converted once, and the facts share
// its output form.
func (a *assembler) valuePtr(v *values.Value) *schema.Value {
	if v == nil {
		return nil
	}
	if i, ok := a.listed[v]; ok {
		return &a.list[i]
	}
	out := a.value(v)
	return &out
}

// reportValues converts the report's values, and remembers where each is.
func (a *assembler) reportValues(vs []values.Value) []schema.Value {
	a.list = a.values(vs)
	a.listed = make(map[*values.Value]int, len(vs))
	for i := range vs {
		a.listed[&vs[i]] = i
	}
	return a.list
}

// values converts a list of values; the result is never nil.
func (a *assembler) values(vs []values.Value) []schema.Value {
	out := make([]schema.Value, len(vs))
	for i := range vs {
		out[i] = a.value(&vs[i])
	}
	return out
}

// checks converts the checks stage's findings.
func (a *assembler) checks(fs []check.Finding) []schema.Check {
	out := make([]schema.Check, 0, len(fs))
	for _, f := range fs {
		c := schema.Check{
			Rule:      f.Rule,
			Status:    f.Status,
			Message:   f.Message,
			Expected:  a.decimal(f.Expected),
			Actual:    a.decimal(f.Actual),
			Tolerance: a.decimal(f.Tolerance),
			Unit:      f.Unit,
			Spans:     make([]schema.Span, 0, len(f.Spans)),
		}
		for _, s := range f.Spans {
			c.Spans = append(c.Spans, a.span(s))
		}
		out = append(out, c)
	}
	return out
}
