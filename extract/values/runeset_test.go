package values

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestRuneSet checks a set against the predicate it was built from, over
// every rune, eof and runes beyond the Basic Multilingual Plane included.
func TestRuneSet(t *testing.T) {
	in := func(r rune) bool { return isCnNumeral(r) || r == 'a' || r == 0xFFFF }
	s := newRuneSet(in)
	for r := rune(0); r < 0x10000; r++ {
		if s.has(r) != in(r) {
			t.Fatalf("has(%U) = %v, want %v", r, s.has(r), in(r))
		}
	}
	for _, r := range []rune{eof, 0x10000, 0x1F600, utf8.MaxRune, utf8.RuneError} {
		if s.has(r) {
			t.Errorf("has(%U) = true, want false", r)
		}
	}
}

// TestAffixAt checks the indexed affixAt against a scan of every affix word
// at every rune of the corpus lines and of the affix words themselves.
func TestAffixAt(t *testing.T) {
	var texts []string
	addCorpusLines(t, func(s string) { texts = append(texts, s) })
	texts = append(texts, strings.Join(affixWords, "x"), "不低于人民币大约≥5")
	for _, s := range texts {
		l := lexer{s: s}
		for at, r := range s {
			want := false
			for _, w := range affixWords {
				want = want || strings.HasPrefix(s[at:], w)
			}
			if got := l.affixAt(r, at); got != want {
				t.Fatalf("affixAt(%q) = %v, want %v", s[at:], got, want)
			}
		}
	}
}
