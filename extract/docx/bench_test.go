package docx

import (
	"os"
	"path/filepath"
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
				if n, ok := p.Size(part); ok {
					size += n
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

// BenchmarkReadRealworld reads the real Word files of ../shared/realworld,
// whose bodies repeat their properties less than the seed's: a check that
// what speeds up the seed does not slow down the others. It is skipped
// where ../shared is absent.
func BenchmarkReadRealworld(b *testing.B) {
	files, _ := filepath.Glob("../../../shared/realworld/docx/*.docx")
	if len(files) == 0 {
		b.Skip("no ../shared/realworld/docx/*.docx (the shared development set is not here)")
	}
	for _, name := range files {
		b.Run(filepath.Base(name), func(b *testing.B) {
			data, err := os.ReadFile(name)
			if err != nil {
				b.Fatal(err)
			}
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
