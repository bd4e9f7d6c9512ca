package profile

import (
	"testing"

	"github.com/jixiao-dev/jixiao/extract/segment"
	"github.com/jixiao-dev/jixiao/extract/values"
)

// BenchmarkProfile measures the profile stage alone on the seed report,
// the stages before it run once outside the loop.
func BenchmarkProfile(b *testing.B) {
	_, doc := run(b, "000_0a15cb66ce3c31e1.txt")
	out := segment.Segment(doc, segment.Options{})
	vals := values.FromDocument(doc, values.Options{Year: out.FiscalYear, Exclude: out.Exclude})
	b.ReportAllocs()
	for b.Loop() {
		Profile(doc, out, vals, Options{})
	}
}
