package cjk

import (
	"testing"
	"unicode/utf8"
)

// FuzzDecode holds Decode, DecodeLast and Set.Index to package utf8's
// decoding on any bytes, at every offset.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "a", "主要职能", "\xe0\xa0\x80\xed\x9f\xbf\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf", "¥5,000",
		"\xf0\x9f\x98\x80\xe3", "\x80\xe4\xb8", "一、\u3000概况"} {
		f.Add(s)
	}
	set := NewSet("一二十", "、（(", "¥\n")
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i++ {
			gr, gn := Decode(s, i)
			wr, wn := decodeRef(s, i)
			if gr != wr || gn != wn {
				t.Fatalf("Decode(%q, %d) = %q, %d, want %q, %d", s, i, gr, gn, wr, wn)
			}
			if r3, ok := Decode3(s, i); ok && (r3 != wr || wn != 3) {
				t.Fatalf("Decode3(%q, %d) = %q, want %q, %d", s, i, r3, wr, wn)
			}
			gr, gn = DecodeLast(s, i)
			wr, wn = utf8.DecodeLastRuneInString(s[:i])
			if gr != wr || gn != wn {
				t.Fatalf("DecodeLast(%q, %d) = %q, %d, want %q, %d", s, i, gr, gn, wr, wn)
			}
			if got, want := set.Index(s, i), set.indexRef(s, i); got != want {
				t.Fatalf("Index(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	})
}

func TestSet(t *testing.T) {
	s := NewSet("一二", "\n")
	u := s.Union(NewSet("¥"))
	for _, tt := range []struct {
		r       rune
		in, inU bool
	}{{'一', true, true}, {'二', true, true}, {'\n', true, true}, {'¥', false, true}, {'三', false, false}, {-1, false, false}, {0x1F600, false, false}} {
		if s.Has(tt.r) != tt.in || u.Has(tt.r) != tt.inU {
			t.Errorf("Has(%q) = %v, %v, want %v, %v", tt.r, s.Has(tt.r), u.Has(tt.r), tt.in, tt.inU)
		}
	}
	if got := s.Index("甲乙二一", 0); got != len("甲乙") {
		t.Errorf("Index = %d", got)
	}
}
