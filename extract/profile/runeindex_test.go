package profile

import (
	"testing"
	"unicode/utf8"
)

// TestRuneIndex checks look-ups against a map, for sets of every size up
// to a few hundred runes (so that probing wraps around the table and runs
// over clusters), for runes in and out of the set, 0 and invalid runes
// included.
func TestRuneIndex(t *testing.T) {
	for n := 0; n <= 300; n += 7 {
		var runes []rune
		want := map[rune]int{}
		for i := 0; i < n; i++ {
			r := rune(0x4E00 + i*37) // CJK, spread like label runes
			if i%5 == 0 {
				r = rune(0xFF00 + i) // full-width forms
			}
			if _, dup := want[r]; dup {
				continue
			}
			want[r] = len(runes)
			runes = append(runes, r)
		}
		ix := newRuneIndex(runes)
		probe := []rune{0, 1, 'a', utf8.RuneError, utf8.MaxRune, -1}
		for r := rune(0x4DF0); r < 0x4E00+300*37+10; r++ {
			probe = append(probe, r)
		}
		for r := rune(0xFF00); r < 0xFF00+310; r++ {
			probe = append(probe, r)
		}
		for _, r := range probe {
			w, ok := want[r]
			if !ok {
				w = -1
			}
			if got := ix.lookup(r); got != w {
				t.Fatalf("n=%d lookup(%U) = %d, want %d", n, r, got, w)
			}
		}
	}
	var zero runeIndex
	if got := zero.lookup('年'); got != -1 {
		t.Fatalf("zero index: lookup = %d", got)
	}
}

// TestVocabGroups checks that each vocab's groups hold every word once,
// under its first rune, in table order.
func TestVocabGroups(t *testing.T) {
	for _, v := range allVocabs() {
		var want []string
		for _, l := range v.labels {
			for _, wd := range l.words {
				want = append(want, wd.text)
			}
		}
		seen := 0
		for _, wd := range want {
			r, _ := utf8.DecodeRuneInString(wd)
			found := 0
			last := -1
			for _, e := range v.ix.group(r) {
				if e.order <= last {
					t.Fatalf("%q: group of %q out of table order", wd, string(r))
				}
				last = e.order
				if e.text == wd {
					found++
				}
			}
			if found == 0 {
				t.Fatalf("word %q not in the group of its first rune", wd)
			}
			seen++
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
