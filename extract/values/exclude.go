package values

import (
	"slices"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// exclusions are Options.Exclude sorted by start, with reach[i] the
// furthest end among spans[:i+1]. The spans that end before a text can then
// be passed over by a search of reach, where each table cell would
// otherwise walk all the spans before it. Texts come in document order, so
// the search starts where the last one ended (at).
type exclusions struct {
	spans []document.Span
	reach []int
	at    int // the result of the last from, as an index of spans
}

// newExclusions sorts ex (copying only when needed) and indexes it, using
// buf for reach.
func newExclusions(ex []document.Span, buf []int) exclusions {
	e := exclusions{spans: sortedSpans(ex), reach: buf[:0]}
	furthest := 0
	for i, s := range e.spans {
		if i == 0 || s.End > furthest {
			furthest = s.End
		}
		e.reach = append(e.reach, furthest)
	}
	return e
}

// from returns the spans from the first that ends after offset base: those
// before it end at or before base and exclude nothing of a text there.
func (e *exclusions) from(base int) []document.Span {
	i := e.at
	switch {
	case i > 0 && e.reach[i-1] > base:
		// base is before the last text's: search all of reach.
		i, _ = slices.BinarySearch(e.reach, base+1)
	default:
		// The answer is at or after i: step to it, searching the
		// rest if it is not near.
		for k := 0; i < len(e.reach) && e.reach[i] <= base; i, k = i+1, k+1 {
			if k == 4 {
				j, _ := slices.BinarySearch(e.reach[i:], base+1)
				i += j
				break
			}
		}
	}
	e.at = i
	return e.spans[i:]
}

// sortedSpans returns the spans sorted by start, copying only when needed.
func sortedSpans(ex []document.Span) []document.Span {
	if slices.IsSortedFunc(ex, cmpSpan) {
		return ex
	}
	ex = slices.Clone(ex)
	slices.SortFunc(ex, cmpSpan)
	return ex
}

func cmpSpan(a, b document.Span) int { return a.Start - b.Start }
