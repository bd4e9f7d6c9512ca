package review_test

import (
	"io"
	"path/filepath"
	"testing"

	"github.com/jixiao-dev/jixiao/write/review"
)

// BenchmarkPage writes the seed's page; bytes are the canonical text's.
func BenchmarkPage(b *testing.B) {
	e := extractFile(b, filepath.Join(corpus, seed))
	b.SetBytes(int64(len(e.text)))
	b.ReportAllocs()
	for b.Loop() {
		if err := review.Page(io.Discard, e.rep, e.text); err != nil {
			b.Fatal(err)
		}
	}
}
