package profile

import (
	"path/filepath"
	"strings"
	"testing"

	"jixiao/extract/document"
)

// TestCellMatches checks that matching a text against every cell vocab at
// once gives what matching it against each does, on every cell of the
// text corpus and on every word of the vocabs, alone and inside a longer
// text.
func TestCellMatches(t *testing.T) {
	var texts []string
	for _, v := range cellVocabs {
		for _, l := range v.labels {
			for _, wd := range l.words {
				texts = append(texts, wd.text, "合计"+wd.text+"（万元）", wd.text[:len(wd.text)-1])
			}
		}
	}
	names, _ := filepath.Glob("../../corpus/*.txt")
	for _, n := range names {
		_, doc := run(t, filepath.Base(n))
		for _, b := range doc.Blocks {
			if b.Kind != document.KindTable || b.Table == nil {
				continue
			}
			for _, r := range b.Table.Rows {
				for _, c := range r.Cells {
					texts = append(texts, norm(c.Text))
				}
			}
		}
	}
	for _, s := range texts {
		got := cellMatches(s)
		for slot, v := range cellVocabs {
			if want := v.find(s) + 2; int(got[slot]) != want {
				t.Errorf("%q slot %d: cellMatches %d, find %d", s, slot, got[slot], want)
			}
		}
	}
}

// TestPreparerMarks checks the scan for the preparer words against
// strings.Index, on the corpus and on texts where the rare byte sits at
// the edges.
func TestPreparerMarks(t *testing.T) {
	texts := []string{"", "填", "\xab", "填表人", "x填报人", "填表填表人填报人填", "\xab填表人"}
	names, _ := filepath.Glob("../../corpus/*.txt")
	for _, n := range names {
		_, doc := run(t, filepath.Base(n))
		texts = append(texts, doc.Text)
	}
	for _, text := range texts {
		var want []mark
		for _, wd := range preparerMarkWords {
			for i := 0; ; {
				j := strings.Index(text[i:], wd)
				if j < 0 {
					break
				}
				want = append(want, mark{i + j, i + j + len(wd)})
				i += j + len(wd)
			}
		}
		got := preparerMarks(text)
		if len(got) != len(want) {
			t.Fatalf("%.40q: got %v, want %v", text, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%.40q: got %v, want %v", text, got, want)
			}
		}
	}
}
