package pdf

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkRead reads PDFs with a warm engine (PDFium compiled and an
// instance ready) and reports pages per second: the seed as LibreOffice
// writes it (corpus/150), and the fifteen real PDFs of ../shared when they
// are there.
func BenchmarkRead(b *testing.B) {
	sets := map[string][]string{"seed": {"../../corpus/150_seed_pdf_ruled.pdf"}}
	if real, _ := filepath.Glob(filepath.Join(realworld, "*.pdf")); len(real) > 0 {
		sets["realworld"] = real
	}
	for name, paths := range sets {
		b.Run(name, func(b *testing.B) {
			var inputs [][]byte
			var size int64
			for _, p := range paths {
				data, err := os.ReadFile(p)
				if err != nil {
					b.Fatal(err)
				}
				inputs = append(inputs, data)
				size += int64(len(data))
			}
			pages := 0
			for _, data := range inputs { // warm the engine, count the pages
				doc, err := Read(data, Options{})
				if err != nil {
					b.Fatal(err)
				}
				pages += len(doc.Pages)
			}
			b.SetBytes(size)
			b.ResetTimer()
			for range b.N {
				for _, data := range inputs {
					if _, err := Read(data, Options{}); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

// BenchmarkEngineStart starts the PDFium engine the way a new process
// does: compiling the module into an empty cache folder (cold), or loading
// it from a cache folder a run before filled (warm).
func BenchmarkEngineStart(b *testing.B) {
	warm := b.TempDir()
	if e, err := newEngine(engineKey{cacheDir: warm, memPages: memPages(DefaultMaxMemory), instances: 1}); err == nil {
		e.pool.Close()
	}
	for _, tc := range []struct {
		name string
		dir  func() string
	}{
		{"cold", func() string { return b.TempDir() }},
		{"warm", func() string { return warm }},
	} {
		b.Run(tc.name, func(b *testing.B) {
			for range b.N {
				e, err := newEngine(engineKey{cacheDir: tc.dir(), memPages: memPages(DefaultMaxMemory), instances: 1})
				if err != nil {
					b.Fatal(err)
				}
				e.pool.Close()
			}
		})
	}
}
