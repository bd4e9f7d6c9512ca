package profile

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/document"
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
// the edges, and that the words share their first character.
func TestPreparerMarks(t *testing.T) {
	texts := []string{"", "填", "\xab", "填表人", "x填报人", "填表填表人填报人填", "\xab填表人"}
	names, _ := filepath.Glob("../../corpus/*.txt")
	for _, n := range names {
		_, doc := run(t, filepath.Base(n))
		texts = append(texts, doc.Text)
	}
	first, _ := utf8.DecodeRuneInString(preparerMarkWords[0])
	for _, wd := range preparerMarkWords {
		if r, _ := utf8.DecodeRuneInString(wd); r != first {
			t.Fatalf("%q does not start with %q as the other preparer marks do", wd, first)
		}
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
		slices.SortFunc(want, func(a, b mark) int { return a.start - b.start })
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

// slowPreparerLabels is preparerLabels stepping a character at a time.
func slowPreparerLabels(text string, start, end int) []labelAt {
	var labels []labelAt
	for i := start; i < end; {
		key, n := preparerWords.prefix(text[i:end])
		if n > 0 {
			labels = append(labels, labelAt{key, i, i + n})
			i += n
			continue
		}
		_, w := utf8.DecodeRuneInString(text[i:end])
		i += w
	}
	return labels
}

// TestPreparerLabels checks preparerLabels against slowPreparerLabels on
// every paragraph and cell of the corpus and on labels cut or glued to
// invalid bytes.
func TestPreparerLabels(t *testing.T) {
	texts := append(corpusCells(t), fastPathSeeds...)
	names, _ := filepath.Glob("../../corpus/*.txt")
	for _, n := range names {
		_, doc := run(t, filepath.Base(n))
		for _, b := range doc.Blocks {
			if b.Kind == document.KindParagraph && b.Para != nil {
				texts = append(texts, b.Para.Text)
			}
		}
	}
	for _, l := range preparerWords.labels {
		for _, wd := range l.words {
			texts = append(texts, wd.text+"：x "+wd.text, "\xe5"+wd.text, wd.text[1:]+wd.text, wd.text[:4]+wd.text)
		}
	}
	for _, s := range texts {
		for _, start := range []int{0, min(1, len(s))} {
			if got, want := preparerLabels(s, start, len(s)), slowPreparerLabels(s, start, len(s)); !slices.Equal(got, want) {
				t.Fatalf("preparerLabels(%.40q, %d) = %v, want %v", s, start, got, want)
			}
		}
	}
}

// FuzzPreparerLabels checks preparerLabels against slowPreparerLabels.
func FuzzPreparerLabels(f *testing.F) {
	f.Add("填表人：周建红   填报日期：2024年10月29日 联系电话：28580541")
	f.Add("\xe5填表人")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := preparerLabels(s, 0, len(s)), slowPreparerLabels(s, 0, len(s)); !slices.Equal(got, want) {
			t.Fatalf("preparerLabels(%q) = %v, want %v", s, got, want)
		}
	})
}
