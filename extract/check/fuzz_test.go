package check

import (
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/profile"
	"github.com/jixiao-dev/jixiao/extract/segment"
	"github.com/jixiao-dev/jixiao/extract/text"
	"github.com/jixiao-dev/jixiao/extract/values"
)

// FuzzCheck runs the pipeline up to check on arbitrary text and holds the
// invariants of the checks: no panic; every rule id is known and every
// status one of three; every span lies within the text; the list is sorted;
// every check that is not a pass carries spans.
func FuzzCheck(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "corpus", "*.txt"))
	for _, p := range paths {
		f.Add(readCorpus(f, p))
	}
	known := Rules()
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := text.Read(data, text.Options{})
		if err != nil {
			return
		}
		outline := segment.Segment(doc, segment.Options{})
		vals := values.FromDocument(doc, values.Options{Year: outline.FiscalYear, Exclude: outline.Exclude})
		checks := Check(profile.Profile(doc, outline, vals, profile.Options{}).Facts, Options{})
		for _, k := range checks {
			if !slices.Contains(known, k.Rule) {
				t.Fatalf("unknown rule %q", k.Rule)
			}
			if k.Status != Pass && k.Status != Fail && k.Status != Warn {
				t.Fatalf("%s: status %q", k.Rule, k.Status)
			}
			if k.Status != Pass && len(k.Spans) == 0 {
				t.Fatalf("%s: %s without spans", k.Rule, k.Status)
			}
			for _, s := range k.Spans {
				if s.Start < 0 || s.End < s.Start || s.End > len(doc.Text) {
					t.Fatalf("%s: span %v outside the text of %d bytes", k.Rule, s, len(doc.Text))
				}
			}
		}
		sorted := slices.Clone(checks)
		sortChecks(sorted)
		if !reflect.DeepEqual(sorted, checks) {
			t.Fatal("checks are not sorted")
		}
	})
}

// TestCheckNil gives no checks for nil facts and empty facts.
func TestCheckNil(t *testing.T) {
	if got := Check(nil, Options{}); got == nil || len(got) != 0 {
		t.Fatalf("Check(nil) = %#v", got)
	}
	if got := Check(&profile.Facts{}, Options{}); len(got) != 0 {
		t.Fatalf("Check(empty) = %#v", got)
	}
}
