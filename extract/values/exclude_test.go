package values

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
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

// TestExclusionsCursor checks from, which starts from where the last call
// ended, against a binary search of all of reach, for offsets that go
// forward in small and large steps and back.
func TestExclusionsCursor(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for range 2000 {
		var ex []document.Span
		for k := r.Intn(30); k > 0; k-- {
			a := r.Intn(300)
			ex = append(ex, document.Span{Start: a, End: a + r.Intn(40)})
		}
		e := newExclusions(ex, nil)
		base := -1
		for range 50 {
			switch r.Intn(3) {
			case 0:
				base += r.Intn(5)
			case 1:
				base += r.Intn(200)
			default:
				base = r.Intn(360) - 1
			}
			i, _ := slices.BinarySearch(e.reach, base+1)
			if got, want := e.from(base), e.spans[i:]; len(got) != len(want) {
				t.Fatalf("from(%d) of %v keeps %d spans, want %d", base, e.spans, len(got), len(want))
			}
		}
	}
}
