package review

import (
	"sort"
	"strconv"

	"github.com/jixiao-dev/jixiao/schema"
)

// mark is where a value is marked in the text: its span, clipped so that
// marks never overlap, and its class (see markClass).
type mark struct {
	start, end, v int
	class         int
}

// kindCodes number the value kinds the page styles; the page's script
// names them in the same order (kinds in page.js), and a kind this package
// does not know is "other", the last.
var kindCodes = map[string]int{
	"amount":   0,
	"percent":  1,
	"quantity": 2,
	"count":    3,
	"duration": 4,
	"date":     5,
	"period":   6,
}

// kindOther is the code of a kind the page does not style.
const kindOther = 7

// markClass is a mark's class as the page's data carries it: the kind's
// code times two, plus one when a warning's span overlaps the value.
func markClass(kind string, warned bool) int {
	c, ok := kindCodes[kind]
	if !ok {
		c = kindOther
	}
	c *= 2
	if warned {
		c++
	}
	return c
}

// buildMarks places the values: in text order, each clipped to start where
// the one before ends, and flagged when a warning's span overlaps it.
func (b *builder) buildMarks() {
	vals := b.rep.Values
	order := make([]int, 0, len(vals))
	for i := range vals {
		if b.fits(vals[i].Span, func() string { return "value " + strconv.Itoa(i) }) && b.fitsPtr(vals[i].UnitSpan, func() string { return "value " + strconv.Itoa(i) + " unit" }) {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return vals[order[i]].Span.Start < vals[order[j]].Span.Start })
	warnings := b.warningIndex()
	b.marks = make([]mark, 0, len(order))
	b.warned = map[int][]int{}
	prevEnd := 0
	for _, i := range order {
		v := vals[i]
		s := max(v.Span.Start, prevEnd)
		if s >= v.Span.End {
			continue
		}
		w := warnings(v.Span)
		if w != nil {
			b.warned[i] = w
		}
		b.marks = append(b.marks, mark{start: s, end: v.Span.End, v: i, class: markClass(v.Kind, w != nil)})
		prevEnd = v.Span.End
	}
}

// warningIndex returns a function that lists the warnings whose spans
// overlap a span (a zero-length warning overlaps the span it stands
// inside), at most maxWarnings of them, by index in report.warnings.
func (b *builder) warningIndex() func(schema.Span) []int {
	type ws struct{ start, end, i int }
	var list []ws
	for i, w := range b.rep.Warnings {
		if b.fits(w.Span, func() string { return "warning " + strconv.Itoa(i) }) {
			list = append(list, ws{w.Span.Start, w.Span.End, i})
		}
	}
	sort.Slice(list, func(i, j int) bool { return list[i].start < list[j].start })
	maxEnd := make([]int, len(list)) // maxEnd[i]: the furthest end among list[:i+1]
	for i, w := range list {
		maxEnd[i] = w.end
		if i > 0 {
			maxEnd[i] = max(maxEnd[i], maxEnd[i-1])
		}
	}
	return func(s schema.Span) []int {
		// Among the warnings that start before s ends, walk back while one
		// of those left may still end after s starts.
		var out []int
		for i := sort.Search(len(list), func(i int) bool { return list[i].start >= s.End }) - 1; i >= 0 && maxEnd[i] > s.Start && len(out) < maxWarnings; i-- {
			if list[i].end > s.Start {
				out = append(out, list[i].i)
			}
		}
		sort.Ints(out)
		return out
	}
}

// maxWarnings is how many warnings a value's card names at most.
const maxWarnings = 5
