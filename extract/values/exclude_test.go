package values

import (
	"math/rand"
	"testing"

	"jixiao/extract/document"
)

// TestExclusionsFrom checks that from drops only spans that end at or
// before the offset, on random overlapping and nested spans, and all of
// them past the last end.
func TestExclusionsFrom(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for range 2000 {
		var ex []document.Span
		for k := r.Intn(8); k > 0; k-- {
			a := r.Intn(100)
			ex = append(ex, document.Span{Start: a, End: a + r.Intn(40)})
		}
		e := newExclusions(ex, nil)
		for base := -1; base <= 150; base++ {
			kept := e.from(base)
			dropped := e.spans[:len(e.spans)-len(kept)]
			for _, s := range dropped {
				if s.End > base {
					t.Fatalf("from(%d) of %v drops %v", base, e.spans, s)
				}
			}
			if base >= 140 && len(kept) > 0 {
				t.Fatalf("from(%d) of %v keeps %v, all ending before", base, e.spans, kept)
			}
		}
	}
}
