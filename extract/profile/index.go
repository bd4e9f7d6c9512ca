package profile

import (
	"slices"
	"sort"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
	"github.com/jixiao-dev/jixiao/extract/values"
)

// index finds the values of the values stage by where they are written.
type index struct {
	vals []values.Value // sorted by Start
	text string
}

// newIndex indexes vals, sorting a copy of them by start when they are not
// sorted already.
func newIndex(doc *document.Document, vals []values.Value) *index {
	less := func(i, j int) bool { return vals[i].Start < vals[j].Start }
	if !sort.SliceIsSorted(vals, less) {
		vals = append([]values.Value(nil), vals...)
		sort.SliceStable(vals, less)
	}
	return &index{vals: vals, text: doc.Text}
}

// search returns the index of the first value starting at or after start.
func (x *index) search(start int) int {
	return sort.Search(len(x.vals), func(i int) bool { return x.vals[i].Start >= start })
}

// within returns the values lying wholly in [start, end).
func (x *index) within(start, end int) []*values.Value {
	var out []*values.Value
	for i := x.search(start); i < len(x.vals) && x.vals[i].Start < end; i++ {
		if x.vals[i].End <= end {
			out = append(out, &x.vals[i])
		}
	}
	return out
}

// first returns the first value of one of kinds (any kind when none is
// given) lying wholly in [start, end), or nil.
func (x *index) first(start, end int, kinds ...values.Kind) *values.Value {
	for i := x.search(start); i < len(x.vals) && x.vals[i].Start < end; i++ {
		v := &x.vals[i]
		if v.End <= end && (len(kinds) == 0 || slices.Contains(kinds, v.Kind)) {
			return v
		}
	}
	return nil
}

// textAt returns the trimmed text of [start, end) as a Text, or nil when it
// is blank.
func (x *index) textAt(start, end int) *Text {
	if start < 0 || end > len(x.text) || start >= end {
		return nil
	}
	s, e := cjk.Trim(x.text, start, end)
	if s == e {
		return nil
	}
	return &Text{Text: x.text[s:e], Span: document.Span{Start: s, End: e}}
}

// trailingPunct is the cutset trimmed trims.
const trailingPunct = "；;。，,、 "

// trimmed is textAt with trailing punctuation (；。，) removed as well.
func (x *index) trimmed(start, end int) *Text {
	t := x.textAt(start, end)
	for t != nil {
		s := strings.TrimRight(t.Text, trailingPunct)
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

// cellText returns a cell's text as a Text, or nil when it is blank or a
// placeholder.
func (x *index) cellText(c *document.Cell) *Text {
	if c == nil || placeholder(c.Text) {
		return nil
	}
	return x.textAt(c.Span.Start, c.Span.End)
}

// cellValue returns the first value of one of kinds in cell c (any kind when
// none is given), or nil.
func (x *index) cellValue(c *document.Cell, kinds ...values.Kind) *values.Value {
	if c == nil || placeholder(c.Text) {
		return nil
	}
	return x.first(c.Span.Start, c.Span.End, kinds...)
}

// decimal reads a weight or score: a cell that is a number, optionally
// followed by 分 ("20", "15.5分"), in its canonical form (15.50 is 15.5).
// Anything else gives the invalid Decimal.
func decimal(s string) values.Decimal {
	t := strings.TrimSuffix(cjk.TrimSpace(s), "分")
	d, err := values.ParseDecimal(t)
	if err != nil {
		return values.Decimal{}
	}
	return d.Reduce()
}
