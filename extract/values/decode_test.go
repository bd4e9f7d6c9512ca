package values

import (
	"testing"
	"unicode/utf8"
)

// checkDecode compares decodeAt and decodeBefore with package utf8 at every
// offset of s.
func checkDecode(t *testing.T, s string) {
	t.Helper()
	for i := range len(s) {
		r, w := decodeAt(s, i)
		if wr, ww := utf8.DecodeRuneInString(s[i:]); r != wr || w != ww {
			t.Fatalf("decodeAt(%q, %d) = %U, %d, want %U, %d", s, i, r, w, wr, ww)
		}
		r, w = decodeBefore(s, i+1)
		if wr, ww := utf8.DecodeLastRuneInString(s[:i+1]); r != wr || w != ww {
			t.Fatalf("decodeBefore(%q, %d) = %U, %d, want %U, %d", s, i+1, r, w, wr, ww)
		}
	}
}

// TestDecode checks the decoders on every pair of leading bytes followed by
// bytes at the edges of the continuation range, and on text.
func TestDecode(t *testing.T) {
	edges := []byte{0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF}
	b := make([]byte, 0, 5)
	for c0 := range 256 {
		for c1 := range 256 {
			for _, c2 := range edges {
				b = append(b[:0], byte(c0), byte(c1), c2)
				checkDecode(t, string(b))
				b = append(b, 0x80, '5')
				checkDecode(t, string(b))
			}
		}
	}
	checkDecode(t, "一二三 2023年 人民币￥5−3 \U0001F600 é \xe4\xb8")
}

// FuzzDecode compares the decoders with package utf8 on any bytes.
func FuzzDecode(f *testing.F) {
	f.Add("179.52万元，二〇二三年")
	f.Add("\xed\xa0\x80\xe0\x80\xaf\xef\xbf\xbd")
	f.Fuzz(func(t *testing.T, s string) { checkDecode(t, s) })
}
