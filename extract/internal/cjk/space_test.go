package cjk

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestIsSpace holds IsSpace to its definition on every character, and
// IsBlank to IsSpace without the line ends.
func TestIsSpace(t *testing.T) {
	lineEnds := map[rune]bool{'\n': true, '\v': true, '\f': true, '\r': true, '\u0085': true, '\u2028': true, '\u2029': true}
	for r := rune(0); r <= 0x10FFFF; r++ {
		if got, want := IsSpace(r), isSpaceRef(r); got != want {
			t.Fatalf("IsSpace(%U) = %v, want %v", r, got, want)
		}
		if got, want := IsBlank(r), IsSpace(r) && !lineEnds[r]; got != want {
			t.Fatalf("IsBlank(%U) = %v, want %v", r, got, want)
		}
	}
}

func TestTrimAndStrip(t *testing.T) {
	tests := []struct {
		in, trimmed, stripped string
	}{
		{"", "", ""},
		{"无", "无", "无"},
		{"\u3000 a b\u3000\n", "a b", "ab"},
		{"\u3000\u00a0\t", "", ""},
		{"\ufeff标题\u200b", "标题", "标题"},
		{"整体支出\n绩效自评报告", "整体支出\n绩效自评报告", "整体支出绩效自评报告"},
		{"\u2028a\u2003b\u202f", "a\u2003b", "ab"},
		{"\xff \xe3\x80", "\xff \xe3\x80", "\xff\xe3\x80"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.trimmed, TrimSpace(tt.in), "TrimSpace(%q)", tt.in)
		assert.Equal(t, tt.stripped, StripSpace(tt.in), "StripSpace(%q)", tt.in)
		assert.Equal(t, tt.trimmed == "", AllSpace(tt.in), "AllSpace(%q)", tt.in)
	}
	start, end := Trim("x\u3000 ab \ny", 1, 9)
	assert.Equal(t, [2]int{5, 7}, [2]int{start, end})
	start, end = Trim("x\u3000 y", 1, 5)
	assert.Equal(t, [2]int{1, 1}, [2]int{start, end}, "an all-blank range collapses to its start")
}

// FuzzSpace holds the byte-level white space primitives to their
// definitions by decoding, on any bytes.
func FuzzSpace(f *testing.F) {
	for _, s := range []string{"", " ", "\u3000标题\u3000", "\u00a0\u0085\u1680\u2000\u200a\u200b\u2028\u2029\u202f\u205f\ufeff",
		"\xe3\x80", "\x80\x80", "\xc2", "a\xe2\x80\x8bb", "\xed\xa0\x80 ", "整体支出\n绩效自评报告"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i++ {
			if got, want := SpaceAt(s, i), spaceAtRef(s, i); got != want {
				t.Fatalf("SpaceAt(%q, %d) = %d, want %d", s, i, got, want)
			}
			if got, want := SpaceBefore(s, i), spaceBeforeRef(s, i); got != want {
				t.Fatalf("SpaceBefore(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
		for start := 0; start <= len(s); start += max(1, len(s)/3) {
			gs, ge := Trim(s, start, len(s))
			ws, we := trimRef(s, start, len(s))
			if gs != ws || ge != we {
				t.Fatalf("Trim(%q, %d) = %d, %d, want %d, %d", s, start, gs, ge, ws, we)
			}
		}
		if got, want := StripSpace(s), stripSpaceRef(s); got != want {
			t.Fatalf("StripSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestSpaces checks that the list of white space characters is IsSpace's.
func TestSpaces(t *testing.T) {
	var want []rune
	for r := rune(0); r <= 0x10FFFF; r++ {
		if IsSpace(r) {
			want = append(want, r)
		}
	}
	assert.ElementsMatch(t, want, []rune(spaces))
}
