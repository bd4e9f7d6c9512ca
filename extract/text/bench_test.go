package text_test

import (
	"runtime"
	"strings"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/text"
)

func BenchmarkRead(b *testing.B) {
	data := readSeed(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := text.Read(data, text.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLongLine reads a 16 MiB file of one line and checks that it is one
// paragraph and that Read allocates no more than a few copies of its input:
// one for the text, plus one for each rewrite (line ends, full-width digits).
func TestLongLine(t *testing.T) {
	const size = 16 << 20
	cases := []struct {
		name   string
		data   []byte
		copies uint64
	}{
		{"plain", []byte(strings.Repeat("项目支出", size/12)), 2},
		{"CRLF and full-width digits", []byte(strings.Repeat("支出１", size/6) + "\r\n"), 4},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			d, err := text.Read(tc.data, text.Options{})
			runtime.ReadMemStats(&after)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Blocks) != 1 || d.Blocks[0].Para == nil {
				t.Fatalf("got %d blocks, want one paragraph", len(d.Blocks))
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > tc.copies*uint64(len(tc.data)) {
				t.Errorf("Read allocated %d bytes for %d bytes of input, want at most %d copies", alloc, len(tc.data), tc.copies)
			}
		})
	}
}
