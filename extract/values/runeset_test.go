package values

import (
	"math/rand"
	"slices"
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

// indexNaive is runeSet.index written plainly: a loop over
// utf8.DecodeRuneInString that stops at the first rune of set.
func indexNaive(set *runeSet, s string, i int) int {
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if set.has(r) {
			return i
		}
		i += w
	}
	return i
}

// checkSkipQuiet compares skipQuiet, and index on the other sets it is used
// with, with indexNaive from every offset of s.
func checkSkipQuiet(t *testing.T, s string) {
	t.Helper()
	for i := range len(s) {
		l := lexer{s: s, pos: i}
		end := l.skipQuiet()
		if want := indexNaive(scanStarts, s, i); l.pos != want || end != (want == len(s)) {
			t.Fatalf("skipQuiet(%q) stops at %d (end %v), want %d", s[i:], l.pos, end, want)
		}
		for _, set := range []*runeSet{skipFirst, unitOpeners} {
			if got, want := set.index(s, i), indexNaive(set, s, i); got != want {
				t.Fatalf("index(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// TestSkipQuiet checks skipQuiet's own decoding against a loop over
// utf8.DecodeRuneInString, on random bytes (invalid UTF-8, surrogates and
// overlong forms included) and on every three-byte sequence.
func TestSkipQuiet(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for range 20000 {
		b := make([]byte, r.Intn(12))
		for i := range b {
			b[i] = []byte{byte(r.Intn(256)), 0xE4, 0xED, 0xE0, 0x80, 0xBF, 0xA0, '1', '\n'}[r.Intn(9)]
		}
		checkSkipQuiet(t, string(b))
	}
	for c0 := 0xE0; c0 <= 0xEF; c0++ {
		for c1 := 0x70; c1 <= 0xC0; c1++ {
			for _, c2 := range []byte{0x41, 0x80, 0x8F, 0xBF, 0xC0} {
				checkSkipQuiet(t, string([]byte{byte(c0), byte(c1), c2, '5'}))
			}
		}
	}
	// Runs of Chinese text, which index reads two characters at a time,
	// with stops and breaks at either character of a pair.
	pieces := []string{"的", "征", "拆", "项", "目", "一", "万", "电", "人", "5", "a", "\n", "（", "。", "\xe4", "\xed\xa0\x80", "é"}
	for range 3000 {
		var b strings.Builder
		for k := r.Intn(30); k >= 0; k-- {
			if r.Intn(3) > 0 {
				b.WriteString(pieces[r.Intn(4)])
			} else {
				b.WriteString(pieces[r.Intn(len(pieces))])
			}
		}
		checkSkipQuiet(t, b.String())
	}
	checkSkipQuiet(t, "一二三 2023年 人民币"+"\xe4\xb8")
	checkSkipQuiet(t, "项目(单位：万元)得分（%）")
}

// FuzzSkipQuiet compares skipQuiet with skipQuietNaive on any bytes.
func FuzzSkipQuiet(f *testing.F) {
	addCorpusLines(f, func(s string) { f.Add(s) })
	f.Add("\xed\xa0\x80\xe0\x80\xaf一\xe4\xb8")
	f.Fuzz(func(t *testing.T, s string) { checkSkipQuiet(t, s) })
}

// TestWordIndex checks each word index against a scan of its word list, for
// every rune of the Basic Multilingual Plane and eof.
func TestWordIndex(t *testing.T) {
	unitWords := make([]string, len(units))
	for i, u := range units {
		unitWords[i] = u.text
	}
	for _, tc := range []struct {
		idx   *wordIndex
		words []string
	}{{affixIndex, affixWords}, {unitIndex, unitWords}, {skipIndex, skipWords}} {
		for r := rune(eof); r < 0x10000; r++ {
			var want []int
			for i, w := range tc.words {
				if first, _ := firstRune(w); first == r {
					want = append(want, i)
				}
			}
			if got := tc.idx.lookup(r); !slices.Equal(got, want) {
				t.Fatalf("lookup(%U) = %v, want %v (words %q)", r, got, want, tc.words)
			}
		}
	}
}
