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
		if b.fits("value "+strconv.Itoa(i), vals[i].Span) && b.fitsPtr("value "+strconv.Itoa(i)+" unit", vals[i].UnitSpan) {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return vals[order[i]].Span.Start < vals[order[j]].Span.Start })
	warned := b.warningIndex()
	b.marks = make([]mark, 0, len(order))
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
		if warned(v.Span) {
			class += " warned"
		}
		b.marks = append(b.marks, mark{start: s, end: v.Span.End, v: i, class: class})
		prevEnd = v.Span.End
	}
}

// warningIndex returns a test of whether a span overlaps the span of any
// warning (a zero-length warning overlaps the span it stands inside).
func (b *builder) warningIndex() func(schema.Span) bool {
	var ws [][2]int
	for i, w := range b.rep.Warnings {
		if b.fits("warning "+strconv.Itoa(i), w.Span) {
			ws = append(ws, [2]int{w.Span.Start, w.Span.End})
		}
	}
	sort.Slice(ws, func(i, j int) bool { return ws[i][0] < ws[j][0] })
	maxEnd := make([]int, len(ws)) // maxEnd[i]: the furthest end among ws[:i+1]
	for i, w := range ws {
		maxEnd[i] = w[1]
		if i > 0 {
			maxEnd[i] = max(maxEnd[i], maxEnd[i-1])
		}
	}
	return func(s schema.Span) bool {
		// The warnings that start before s ends; one of them must end after s starts.
		n := sort.Search(len(ws), func(i int) bool { return ws[i][0] >= s.End })
		return n > 0 && maxEnd[n-1] > s.Start
	}
}

// runs splits text[start:end] into plain runs and value marks.
func (b *builder) runs(start, end int) []run {
	i := sort.Search(len(b.marks), func(i int) bool { return b.marks[i].end > start })
	var out []run
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
