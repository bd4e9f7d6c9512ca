package profile

import (
	"sort"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/values"
	"github.com/jixiao-dev/jixiao/schema"
)

// index finds the values of the values stage by where they are written.
type index struct {
	vals []values.Value // sorted by Start
	// conv holds every value of vals in the output form, converted once:
	// the facts point into it, and when vals came in order it is also
	// the report's list of values (Result.Values).
	conv    []schema.Value
	inOrder bool // vals is the caller's slice: it was sorted already
	// lines numbers the lines of the values' spans, spanLines those of
	// the spans the facts make up: each walks its own way through the
	// text (the values in order, the facts table by table), and counts
	// from where it was last.
	lines, spanLines lineCounter
	text             string
	// convert converts the values the facts make up themselves (a bare
	// number with the unit of another cell), with the same line numbers.
	convert Converter
	// spans, texts, measures and values hold what the facts point to
	// (slab).
	spans    slab[schema.Span]
	texts    slab[schema.Text]
	measures slab[schema.Measure]
	values   slab[schema.Value] // the values of measures (size set by newIndex)
}

// newIndex sorts a copy of vals by start when they are not sorted already,
// and converts every value for the output.
func newIndex(doc *document.Document, vals []values.Value) *index {
	inOrder := true
	for i := 1; i < len(vals) && inOrder; i++ {
		inOrder = vals[i-1].Start <= vals[i].Start
	}
	if !inOrder {
		vals = append([]values.Value(nil), vals...)
		sort.SliceStable(vals, func(i, j int) bool { return vals[i].Start < vals[j].Start })
	}
	x := &index{vals: vals, inOrder: inOrder, text: doc.Text}
	x.lines.text, x.spanLines.text = doc.Text, doc.Text
	x.convert.Line = x.lines.at
	x.values.size = 8
	x.conv = make([]schema.Value, len(vals))
	x.convert.ConvertAll(vals, x.conv)
	return x
}

// lineCounter numbers the lines of byte offsets of a text as
// document.Lines.Line does: an offset's line is one more than the number
// of line feeds before it. It counts the line feeds between the offset
// asked and the one asked before, instead of indexing the line starts of
// the whole text first: the profile asks for offsets mostly in text order
// and close together (values by start, cells down a table), and counting
// those stretches, with a few long ones back, costs less than indexing
// every line and a binary search per offset (measured on the seed).
type lineCounter struct {
	text       string
	off, feeds int // an offset and the number of line feeds before it
}

// at returns the 1-based line of offset: 0 for a negative offset, and the
// last line for one past the end of the text.
func (l *lineCounter) at(offset int) int {
	if offset < 0 {
		return 0
	}
	offset = min(offset, len(l.text))
	if offset >= l.off {
		l.feeds += strings.Count(l.text[l.off:offset], "\n")
	} else {
		l.feeds -= strings.Count(l.text[offset:l.off], "\n")
	}
	l.off = offset
	return l.feeds + 1
}

// within returns the values lying wholly in [start, end). The result may
// share the index's array: callers read it and do not append to it.
func (x *index) within(start, end int) []values.Value {
	i := x.search(start)
	j := i
	whole := true
	for ; j < len(x.vals) && x.vals[j].Start < end; j++ {
		whole = whole && x.vals[j].End <= end
	}
	if whole {
		return x.vals[i:j:j] // the usual case: no value runs past end
	}
	var out []values.Value
	for ; i < j; i++ {
		if x.vals[i].End <= end {
			out = append(out, x.vals[i])
		}
	}
	return out
}

// search returns the index of the first value starting at or after start.
func (x *index) search(start int) int {
	lo, hi := 0, len(x.vals)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if x.vals[m].Start < start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// firstAt returns the index in vals of the first value of one of kinds
// (any kind when none is given) lying wholly in [start, end), or -1. Its
// output form is conv[i], found without comparing values as out does.
func (x *index) firstAt(start, end int, kinds ...values.Kind) int {
	for i := x.search(start); i < len(x.vals) && x.vals[i].Start < end; i++ {
		v := &x.vals[i]
		if v.End > end {
			continue
		}
		if len(kinds) == 0 {
			return i
		}
		for _, k := range kinds {
			if v.Kind == k {
				return i
			}
		}
	}
	return -1
}

// out returns v in the output form: its converted copy in conv when v is
// one of the index's values, as it always is when it comes from within or
// first. Facts that name the same value share it; nothing writes to a
// converted value.
func (x *index) out(v values.Value) *schema.Value {
	if i := x.indexOf(v); i >= 0 {
		return &x.conv[i]
	}
	s := new(schema.Value)
	x.convert.Convert(&v, s)
	return s
}

// indexOf returns the index in vals of a value equal to v, or -1.
func (x *index) indexOf(v values.Value) int {
	for i := x.search(v.Start); i < len(x.vals) && x.vals[i].Start == v.Start; i++ {
		if x.vals[i] == v {
			return i
		}
	}
	return -1
}

// span builds an output span.
func (x *index) span(start, end int) schema.Span {
	if start < 0 || end > len(x.text) || start > end {
		return schema.Span{}
	}
	return schema.Span{Start: start, End: end, Line: x.spanLines.at(start)}
}

// textAt returns the trimmed text of [start, end) as a Text, or nil when it
// is blank.
func (x *index) textAt(start, end int) *schema.Text {
	if start < 0 || end > len(x.text) || start >= end {
		return nil
	}
	s, e := trimRange(x.text, start, end)
	if s == e {
		return nil
	}
	return x.texts.new(schema.Text{Text: x.text[s:e], Span: x.span(s, e)})
}

// trimmed is textAt with trailing punctuation (；。，) removed as well.
func (x *index) trimmed(start, end int) *schema.Text {
	t := x.textAt(start, end)
	for t != nil {
		s := trimRightPunct(t.Text)
		if s == t.Text {
			break
		}
		if s == "" {
			return nil
		}
		t = x.textAt(t.Span.Start, t.Span.Start+len(s))
	}
	return t
}

// trailingPunct is the cutset trimmed trims.
const trailingPunct = "；;。，,、 "

// trimRightPunct is strings.TrimRight(s, trailingPunct) comparing bytes:
// TrimRight decodes s backwards rune by rune and looks each up in the
// cutset, since the cutset is not ASCII. A full-width mark is removed when
// s ends with its bytes, which is when a backward decoder reads it there.
func trimRightPunct(s string) string {
	for len(s) > 0 {
		switch s[len(s)-1] {
		case ';', ',', ' ':
			s = s[:len(s)-1]
			continue
		}
		switch {
		case strings.HasSuffix(s, "；"), strings.HasSuffix(s, "。"), strings.HasSuffix(s, "，"), strings.HasSuffix(s, "、"):
			s = s[:len(s)-len("；")]
		default:
			return s
		}
	}
	return s
}

// cellText returns a cell's text as a Text, or nil when it is blank or a
// placeholder.
func (x *index) cellText(c *document.Cell) *schema.Text {
	if c == nil || placeholder(c.Text) {
		return nil
	}
	return x.textAt(c.Span.Start, c.Span.End)
}

// cellValue returns the first value of one of kinds in cell c (any kind when
// none is given), or nil.
func (x *index) cellValue(c *document.Cell, kinds ...values.Kind) *schema.Value {
	if c == nil || placeholder(c.Text) {
		return nil
	}
	if i := x.firstAt(c.Span.Start, c.Span.End, kinds...); i >= 0 {
		return &x.conv[i]
	}
	return nil
}

// decimal reads a weight or score: a cell that is a number, optionally
// followed by 分 ("20", "15.5分"). Anything else gives "".
func decimal(s string) schema.Decimal {
	t := trimSpace(s)
	t = strings.TrimSuffix(t, "分")
	if t == "" {
		return ""
	}
	d, err := values.ParseDecimal(t)
	if err != nil || !d.Valid() {
		return ""
	}
	if canonical(t) {
		return schema.Decimal(t) // d.String() would spell it the same
	}
	return schema.Decimal(d.String())
}

// canonical reports whether t, a decimal ParseDecimal reads, is written as
// Decimal.String writes it: no sign, no leading zero before a digit, no
// trailing zero after the point and no point without decimals ("20",
// "0.5", "15.25"). Most weights and scores are, and need no new string.
func canonical(t string) bool {
	if t == "" || t[0] == '0' && len(t) > 1 && t[1] != '.' {
		return false
	}
	point := false
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c == '.' && !point:
			point = true
		case c < '0' || c > '9':
			return false
		}
	}
	last := t[len(t)-1]
	return !point || last != '0' && last != '.'
}
