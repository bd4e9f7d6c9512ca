package markdown

import (
	"os"
	"testing"
)

// BenchmarkRead reads the seed as a converter writes it in Markdown: MB/s
// is Markdown bytes read per second; docs/s is 1e9 / ns/op.
func BenchmarkRead(b *testing.B) {
	data, err := os.ReadFile("../../corpus/130_seed_converter.md")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
