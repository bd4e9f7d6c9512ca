package values

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/schema"
)

// Kind says what a Value measures. Its text is the JSON "kind".
type Kind string

// The kinds of value.
const (
	Amount       Kind = "amount"        // money: 179.52万元, 壹佰元整, ¥5,000
	Percent      Kind = "percent"       // 92.15%, 百分之五十
	PercentPoint Kind = "percent_point" // 3个百分点
	Quantity     Kind = "quantity"      // 1407.01亩, 3650㎡, 5公里, 10吨
	Count        Kind = "count"         // 8人, 15个, 4户
	Duration     Kind = "duration"      // 3天, 一个月, 近10年
	Date         Kind = "date"          // 2024年10月29日, 2023年度
	Period       Kind = "period"        // 2023.1-2023.12, 2023年1月至12月
)

// UnitSource says where a value's unit was written. Its text is the JSON
// "unit_source".
type UnitSource string

// The places a unit comes from.
const (
	// Written: the unit is part of the value's own text ("179.52万元").
	Written UnitSource = "written"
	// Column: a header cell of the value's column ("实际投资（万元）").
	Column UnitSource = "column"
	// Row: the row-label cell of the header row above ("经费控制情况（万元）").
	Row UnitSource = "row"
	// Title: the table's title or a "单位：万元" line of the table.
	Title UnitSource = "title"
)

// Value is one amount, percentage, quantity, count, duration, date or
// period. Start and End are byte offsets (into the string given to Parse, or
// into Document.Text for FromDocument) and Raw is exactly the text there.
type Value struct {
	Kind  Kind
	Raw   string
	Start int
	End   int

	// Number is the number as written, in Unit; its Places are the decimals
	// written. It is invalid for ranges, dates and periods.
	Number Decimal
	// Unit is the unit as written, with any multiplier that is written
	// before it ("万元", "亿元", "万人", "㎡", "%", "个月"). A unit taken from
	// a table header is written as the header writes it.
	Unit string
	// UnitCanonical is the unit without multiplier and in one spelling:
	// "元" for every amount, "平方米" for ㎡/m²/平米, "千米" for 公里/km,
	// "%" for ％, "月" for 个月. Units are respelled, never converted
	// between (亩 stays 亩: 1亩 is not a whole number of 平方米).
	UnitCanonical string
	// UnitSource says where Unit was written; UnitStart and UnitEnd are the
	// byte range of the header or title text that gave it, when it is not
	// Written.
	UnitSource UnitSource
	UnitStart  int
	UnitEnd    int

	// Yuan is an amount's exact value in 元 (179.52万元 → 1795200).
	Yuan Decimal
	// Base is the number in UnitCanonical for quantities, counts and
	// durations (5万人 → 50000); invalid for other kinds.
	Base Decimal
	// Low and High bound a range ("5-10万元", "80%-90%"), in UnitCanonical:
	// yuan for amounts.
	Low  Decimal
	High Decimal
	// Op is a comparator written with the value: ">=", "<=", ">" or "<"
	// (≥, 不低于, 以上 …).
	Op string
	// Approx is set when the value is written as approximate (约, 近, 余, 多,
	// 左右).
	Approx bool

	// ISO is a date as YYYY, YYYY-MM or YYYY-MM-DD; its precision is its
	// length. From and To bound a period in the same form.
	ISO  string
	From string
	To   string
}

// Schema converts v to the output type; lines (of the text the offsets point
// into) gives the line numbers of the spans. A nil lines numbers them 0.
func (v Value) Schema(lines *document.Lines) schema.Value {
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
func (c *Converter) ConvertAll(vals []Value, out []schema.Value) {
	out = out[:len(vals)]
	units := 0
	for i := range vals {
		if vals[i].unitSpan() {
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
func (c *Converter) Convert(v *Value, out *schema.Value) {
	c.convert(v, out)
	if s := out.UnitSpan; s != nil {
		s.Line = c.line(s.Start)
	}
}

// convert is Convert but for the line of the unit span, left 0.
func (c *Converter) convert(v *Value, out *schema.Value) {
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
	if v.unitSpan() {
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
func (v *Value) unitSpan() bool {
	return v.UnitSource != "" && v.UnitSource != Written
}

// decimal returns d.String(), written into the shared texts.
func (c *Converter) decimal(d Decimal) schema.Decimal {
	if !d.ok {
		return ""
	}
	var buf [48]byte
	start := c.texts.Len()
	c.texts.Write(d.appendTo(buf[:0]))
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
