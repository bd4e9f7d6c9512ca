package check

import "testing"

// BenchmarkCheck measures the check stage alone on the seed report's facts.
func BenchmarkCheck(b *testing.B) {
	f, _ := factsOf(b, readCorpus(b, seedPath))
	b.ReportAllocs()
	for b.Loop() {
		Check(f, Options{})
	}
}
