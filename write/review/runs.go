package review

import (
	"sort"
	"strconv"

	"github.com/jixiao-dev/jixiao/schema"
)

// run is a piece of a text element: plain text, or a value's mark.
type run struct {
	Text  string
	V     bool   // the run is (part of) a value
	Index int    // the value's index in report.values
	Class string // the mark's classes
}

// mark is where a value is marked in the text: its span, clipped so that
// marks never overlap.
type mark struct {
	start, end, v int
	class         string
}

// kindClasses are the classes of the value kinds the page styles.
var kindClasses = map[string]string{
	"amount":   "v k-amount",
	"percent":  "v k-percent",
	"quantity": "v k-quantity",
	"count":    "v k-count",
	"duration": "v k-duration",
	"date":     "v k-date",
	"period":   "v k-period",
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
		class, ok := kindClasses[v.Kind]
		if !ok {
			class = "v k-other"
		}
		if w := warnings(v.Span); w != nil {
			class += " warned"
			b.warned[i] = w
		}
		b.marks = append(b.marks, mark{start: s, end: v.Span.End, v: i, class: class})
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

// runs splits text[start:end] into plain runs and value marks, appended to
// out.
func (b *builder) runs(out []run, start, end int) []run {
	i := sort.Search(len(b.marks), func(i int) bool { return b.marks[i].end > start })
	pos := start
	for ; i < len(b.marks) && b.marks[i].start < end; i++ {
		m := b.marks[i]
		s, e := max(m.start, start), min(m.end, end)
		if s > pos {
			out = append(out, run{Text: b.text[pos:s]})
		}
		out = append(out, run{Text: b.text[s:e], V: true, Index: m.v, Class: m.class})
		pos = e
	}
	if pos < end {
		out = append(out, run{Text: b.text[pos:end]})
	}
	return out
}
