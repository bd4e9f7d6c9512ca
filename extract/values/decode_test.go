package values

import (
	"testing"
	"unicode/utf8"
)

// checkDecode compares decodeAt, decodeBefore, and the lexer's next and
// peek, with package utf8 at every offset of s.
func checkDecode(t *testing.T, s string) {
	t.Helper()
	for i := range len(s) {
		r, w := decodeAt(s, i)
		if wr, ww := utf8.DecodeRuneInString(s[i:]); r != wr || w != ww {
			t.Fatalf("decodeAt(%q, %d) = %U, %d, want %U, %d", s, i, r, w, wr, ww)
		}
		l := lexer{s: s, pos: i}
		if got := l.peek(); got != r || l.pos != i || l.width != 0 {
			t.Fatalf("peek(%q) = %U, at %d, want %U", s[i:], got, l.pos, r)
		}
		if got := l.next(); got != r || l.pos != i+w || l.width != w {
			t.Fatalf("next(%q) = %U, width %d, want %U, %d", s[i:], got, l.width, r, w)
		}
		r, w = decodeBefore(s, i+1)
		if wr, ww := utf8.DecodeLastRuneInString(s[:i+1]); r != wr || w != ww {
			t.Fatalf("decodeBefore(%q, %d) = %U, %d, want %U, %d", s, i+1, r, w, wr, ww)
		}
	}
}

// checkSkipSpaces compares skipSpaces with a loop over next, from every
// offset of s.
func checkSkipSpaces(t *testing.T, s string) {
	t.Helper()
	for i := range len(s) {
		want := lexer{s: s, pos: i}
		for {
			if r := want.next(); r != ' ' && r != '\u3000' && r != '\t' {
				want.backup()
				break
			}
		}
		got := lexer{s: s, pos: i}
		got.skipSpaces()
		if got.pos != want.pos || got.width != 0 {
			t.Fatalf("skipSpaces(%q) stops at %d, want %d", s[i:], got.pos, want.pos)
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
	checkSkipSpaces(t, " \t\u3000\u3000 x\u3000\xe3\x80\u3001 \xe3\x80")
}

// FuzzDecode compares the decoders with package utf8, and skipSpaces with
// a loop over next, on any bytes.
func FuzzDecode(f *testing.F) {
	f.Add("179.52万元，二〇二三年")
	f.Add("\xed\xa0\x80\xe0\x80\xaf\xef\xbf\xbd")
	f.Add(" \t\u3000\xe3\x80 5")
	f.Fuzz(func(t *testing.T, s string) {
		checkDecode(t, s)
		checkSkipSpaces(t, s)
	})
}
