package values

import "testing"

// BenchmarkFromDocument measures the stage over the seed, reporting values
// per second and allocations per value (make bench prints both).
func BenchmarkFromDocument(b *testing.B) {
	doc := tabDocument(b, readSeed(b))
	n := len(FromDocument(doc, Options{Year: 2023}))
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		FromDocument(doc, Options{Year: 2023})
	}
	b.StopTimer()
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "values/s")
	allocs := testing.AllocsPerRun(5, func() { FromDocument(doc, Options{Year: 2023}) })
	b.ReportMetric(allocs/float64(n), "allocs/value")
}
