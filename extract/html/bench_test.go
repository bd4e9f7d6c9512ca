package html

import (
	"os"
	"testing"
)

// BenchmarkRead reads the seed as LibreOffice saves it as a web page, in
// UTF-8 and as a GBK page in a site's chrome: MB/s is page bytes read per
// second; docs/s is 1e9 / ns/op.
func BenchmarkRead(b *testing.B) {
	for _, name := range []string{"100_seed_libreoffice_utf8.html", "101_seed_gb2312_page.html"} {
		b.Run(name, func(b *testing.B) {
			data, err := os.ReadFile("../../corpus/" + name)
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
		})
	}
}
