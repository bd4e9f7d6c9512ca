package xlsx

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkRead reads the corpus's project workbook and, when ../shared is
// there, each real workbook: MB/s counts the file's bytes, docs/s is
// workbooks per second.
func BenchmarkRead(b *testing.B) {
	paths := []string{"../../corpus/040_xlsx_project_targets.xlsx"}
	real, _ := filepath.Glob("../../../shared/realworld/xlsx/*.xlsx")
	paths = append(paths, real...)
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(path), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
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
