package profile

import (
	"testing"
	"unicode/utf8"
)

// TestFirstTable checks, for every vocab, that each character written in
// three bytes maps to the number of its group when a word starts with it
// and to -1 otherwise, and that shorter texts, ASCII and other lengths of
// characters map to -1.
func TestFirstTable(t *testing.T) {
	for vi, v := range append(allVocabs(), vocab{ix: &vindex{firsts: cellIndex.firsts}}) {
		want := map[rune]int{}
		groups := v.ix.groups
		if vi == len(allVocabs()) {
			groups = nil
			for g := range cellIndex.groups {
				r, _ := utf8.DecodeRuneInString(cellIndex.groups[g][0].text)
				want[r] = g
			}
		}
		for g := range groups {
			r, _ := utf8.DecodeRuneInString(groups[g][0].text)
			want[r] = g
		}
		for r := rune(0x800); r <= 0xFFFF; r++ {
			if r >= 0xD800 && r <= 0xDFFF {
				continue
			}
			w, ok := want[r]
			if !ok {
				w = -1
			}
			s := string(r)
			if got := v.ix.firsts.at(s, 0); got != w {
				t.Fatalf("vocab %d: at(%q) = %d, want %d", vi, s, got, w)
			}
			if got := v.ix.firsts.at(s[:2], 0); got != -1 {
				t.Fatalf("vocab %d: at of a cut %q = %d", vi, s, got)
			}
		}
		for _, s := range []string{"", "a", "ab", "abc", "é", "\U0001F600", "\xe5"} {
			if got := v.ix.firsts.at(s, 0); got != -1 {
				t.Fatalf("vocab %d: at(%q) = %d", vi, s, got)
			}
		}
	}
}

// TestVocabGroups checks that each vocab's groups hold every word once,
// under its first character, in table order.
func TestVocabGroups(t *testing.T) {
	for _, v := range allVocabs() {
		seen := 0
		for _, l := range v.labels {
			for _, wd := range l.words {
				found, last := 0, -1
				for _, e := range v.ix.group(wd.text, 0) {
					if e.order <= last {
						t.Fatalf("%q: group out of table order", wd.text)
					}
					last = e.order
					if e.text == wd.text {
						found++
					}
				}
				if found == 0 {
					t.Fatalf("word %q not in the group of its first character", wd.text)
				}
				seen++
			}
		}
		total := 0
		for _, g := range v.ix.groups {
			total += len(g)
		}
		if total != seen {
			t.Fatalf("groups hold %d words, the table %d", total, seen)
		}
	}
}

// nextAgreesWithAt checks that firstTable.next stops at exactly the offsets
// of s where at finds a character, with at's number.
func nextAgreesWithAt(t *testing.T, ft *firstTable, s string) {
	t.Helper()
	var want, got [][2]int
	for i := 0; i < len(s); i++ {
		if g := ft.at(s, i); g >= 0 {
			want = append(want, [2]int{i, g})
		}
	}
	for i, g := ft.next(s, 0); g >= 0; i, g = ft.next(s, i+1) {
		got = append(got, [2]int{i, g})
	}
	if len(got) != len(want) {
		t.Fatalf("%q: next stops at %v, at finds %v", s, got, want)
	}
	for k := range got {
		if got[k] != want[k] {
			t.Fatalf("%q: next stops at %v, at finds %v", s, got, want)
		}
	}
}

// TestNextAgreesWithAt checks next against at on every cell of the corpus
// and on words cut and glued to invalid bytes, for every vocab.
func TestNextAgreesWithAt(t *testing.T) {
	texts := append(corpusCells(t), fastPathSeeds...)
	for _, v := range allVocabs() {
		for _, l := range v.labels {
			for _, wd := range l.words {
				texts = append(texts, wd.text, wd.text[1:], "\xe5"+wd.text, wd.text[:2]+wd.text, "a"+wd.text+"\xe5\x80")
			}
		}
	}
	for _, v := range allVocabs() {
		for _, s := range texts {
			nextAgreesWithAt(t, v.ix.firsts, s)
		}
	}
	for _, s := range texts {
		nextAgreesWithAt(t, cellIndex.firsts, s)
	}
}

// FuzzNext checks next against at.
func FuzzNext(f *testing.F) {
	for _, s := range fastPathSeeds {
		f.Add(s)
	}
	f.Add("年度预算申请（万元）")
	f.Add("\xe5年\xe5\x80度")
	f.Fuzz(func(t *testing.T, s string) {
		nextAgreesWithAt(t, cellIndex.firsts, s)
		nextAgreesWithAt(t, sectionTitles.ix.firsts, s)
	})
}
