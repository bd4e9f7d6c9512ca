package profile

import (
	"path/filepath"
	"strings"
	"testing"

	"jixiao/extract/document"
)

// slowPlaceholder is placeholder without its fast path: the definition it
// must agree with.
func slowPlaceholder(s string) bool {
	t := strings.TrimFunc(s, document.IsSpace)
	if t == "" || t == "/" || t == "／" {
		return true
	}
	return strings.Trim(t, "—-－–一") == "" && !strings.Contains(t, "一一")
}

// corpusCells returns the text of every table cell of the text corpus.
func corpusCells(t testing.TB) []string {
	var out []string
	names, _ := filepath.Glob("../../corpus/*.txt")
	for _, n := range names {
		_, doc := run(t, filepath.Base(n))
		for _, b := range doc.Blocks {
			if b.Kind != document.KindTable || b.Table == nil {
				continue
			}
			for _, r := range b.Table.Rows {
				for _, c := range r.Cells {
					out = append(out, c.Text)
				}
			}
		}
	}
	return out
}

// fastPathSeeds are texts at the edges of the fast paths: blank, white
// space before a dash, dashes mixed with text, invalid UTF-8.
var fastPathSeeds = []string{
	"", " ", "　", "\n\t", "—", " —— ", "-", "－", "–", "一", "一一", "一 一", "/", "／", " / ", "//",
	"—无", "无—", "0", "0.00", "\xff", " \xff", "\u00a0-", "\ufeff/", "（1）", "(1)", "年度 预算", "a:b:",
}

// TestPlaceholderFastPath checks placeholder against its definition on
// every cell of the corpus and on the edge cases.
func TestPlaceholderFastPath(t *testing.T) {
	for _, s := range append(corpusCells(t), fastPathSeeds...) {
		if got, want := placeholder(s), slowPlaceholder(s); got != want {
			t.Errorf("placeholder(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzPlaceholder checks placeholder against its definition.
func FuzzPlaceholder(f *testing.F) {
	for _, s := range fastPathSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := placeholder(s), slowPlaceholder(s); got != want {
			t.Fatalf("placeholder(%q) = %v, want %v", s, got, want)
		}
	})
}
