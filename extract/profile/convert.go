package profile

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/values"
	"github.com/jixiao-dev/jixiao/schema"
)

// Schema converts v to the output type (until assembly does it); lines (of the text the offsets point
// into) gives the line numbers of the spans. A nil lines numbers them 0.
func Schema(v values.Value, lines *document.Lines) schema.Value {
	var c Converter
	if lines != nil {
		c.Line = lines.Line
	}
	var out schema.Value
	c.Convert(&v, &out)
	return out
}

// Converter converts values to the output type as Schema does, made for
// the many values of one text: the decimal texts of all the values it
// converts are written into one strings.Builder and are substrings of its
// text, and their unit spans are cut from shared arrays, so a report's
// values cost a few allocations instead of several each. A string the
// Builder returned never changes (it only appends, and copies to grow), so
// the substrings stay valid however many values follow.
//
// The zero Converter is ready to use and numbers every line 0. A Converter
// must not be copied after its first use (it holds a strings.Builder).
type Converter struct {
	// Line returns the 1-based line of a byte offset, as
	// document.Lines.Line does; nil numbers every line 0.
	Line func(offset int) int

	texts strings.Builder
	spans []schema.Span // free unit spans
}

// ConvertAll converts vals[i] into out[i] for every i; out must be at
// least as long as vals. It reserves room for all of them at once.
func (c *Converter) ConvertAll(vals []values.Value, out []schema.Value) {
	out = out[:len(vals)]
	units := 0
	for i := range vals {
		if unitSpan(&vals[i]) {
			units++
		}
	}
	// About two short decimals a value (a number, and its yuan or its
	// canonical number): one allocation for a report, or a few.
	c.texts.Grow(16 * len(vals))
	if len(c.spans) < units {
		c.spans = make([]schema.Span, units)
	}
	for i := range vals {
		c.convert(&vals[i], &out[i])
	}
	// The lines of the unit spans are asked for after those of all the
	// values, so that a Line that counts from the offset asked before
	// walks the text twice, instead of going back to a header and forth
	// again for every value of a table.
	for i := range vals {
		if s := out[i].UnitSpan; s != nil {
			s.Line = c.line(s.Start)
		}
	}
}

// Convert writes the output form of v to out.
func (c *Converter) Convert(v *values.Value, out *schema.Value) {
	c.convert(v, out)
	if s := out.UnitSpan; s != nil {
		s.Line = c.line(s.Start)
	}
}

// convert is Convert but for the line of the unit span, left 0.
func (c *Converter) convert(v *values.Value, out *schema.Value) {
	number := c.decimal(v.Number)
	base := number // a quantity in its own canonical unit: the same text
	if v.Base != v.Number {
		base = c.decimal(v.Base)
	}
	*out = schema.Value{
		Kind:            string(v.Kind),
		Raw:             v.Raw,
		Span:            c.span(v.Start, v.End),
		Number:          number,
		Unit:            v.Unit,
		UnitCanonical:   v.UnitCanonical,
		UnitSource:      string(v.UnitSource),
		Yuan:            c.decimal(v.Yuan),
		NumberCanonical: base,
		Precision:       v.Number.Places(),
		ISO:             v.ISO,
		From:            v.From,
		To:              v.To,
		Low:             c.decimal(v.Low),
		High:            c.decimal(v.High),
		Op:              v.Op,
		Approx:          v.Approx,
	}
	if unitSpan(v) {
		if len(c.spans) == 0 {
			c.spans = make([]schema.Span, 8)
		}
		s := &c.spans[0]
		c.spans = c.spans[1:]
		*s = schema.Span{Start: v.UnitStart, End: v.UnitEnd}
		out.UnitSpan = s
	}
}

// unitSpan reports whether v's output form has a unit span: its unit was
// not written with it.
func unitSpan(v *values.Value) bool {
	return v.UnitSource != "" && v.UnitSource != values.Written
}

// decimal returns d.String(), written into the shared texts.
func (c *Converter) decimal(d values.Decimal) schema.Decimal {
	if !d.Valid() {
		return ""
	}
	var buf [48]byte
	start := c.texts.Len()
	c.texts.Write(d.Append(buf[:0]))
	return schema.Decimal(c.texts.String()[start:])
}

// span builds an output span.
func (c *Converter) span(start, end int) schema.Span {
	return schema.Span{Start: start, End: end, Line: c.line(start)}
}

// line returns the line of offset, 0 without a Line.
func (c *Converter) line(offset int) int {
	if c.Line == nil {
		return 0
	}
	return c.Line(offset)
}
