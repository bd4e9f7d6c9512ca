package docx

import (
	"os"
	"testing"
)

// BenchmarkRead reads the seed as Word writes it (corpus/010_seed_word.docx):
// b.SetBytes counts the inflated XML, so MB/s is XML read per second;
// documents/s is 1e9 / ns/op.
func BenchmarkRead(b *testing.B) {
	for _, name := range []string{"010_seed_word.docx", "011_seed_numbering.docx"} {
		b.Run(name, func(b *testing.B) {
			data, err := os.ReadFile("../../corpus/" + name)
			if err != nil {
				b.Fatal(err)
			}
			p, err := openPackage(data, Options{}.withDefaults())
			if err != nil {
				b.Fatal(err)
			}
			size := int64(0)
			for _, part := range []string{partDocument, partStyles, partNumbering} {
				if f, ok := p.files[part]; ok {
					size += int64(f.UncompressedSize64)
				}
			}
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Read(data, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}
