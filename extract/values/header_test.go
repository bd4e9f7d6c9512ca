package values

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// randomCells returns strings made of white space, brackets, the skip words
// and other text, invalid UTF-8 included, for the tests of the header
// helpers against the library functions they stand for.
func randomCells() []string {
	pieces := append([]string{" ", "\t", "\n", "\u3000", "\u00a0", "\ufeff", "\u200b", "\xef", "\xe3\x80", "\xa0",
		"（", "(", "单", "位", "万元", "得", "分", "a", "1", "—", "元", "\xe5", "总", "总分", "\xe6\x80", "\x88\x86"}, skipWords...)
	r := rand.New(rand.NewSource(1))
	out := []string{"", " ", "分值", "得分率"}
	for range 50000 {
		var b strings.Builder
		for k := r.Intn(6); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		out = append(out, b.String())
	}
	return out
}

// checkHeaderHelpers checks trimSpace, skipColumn, indexUnitOpener and
// hasScoreWord on s against the library calls they replace.
func checkHeaderHelpers(t *testing.T, s string) {
	t.Helper()
	if got, want := trimSpace(s), strings.TrimFunc(s, document.IsSpace); got != want {
		t.Fatalf("trimSpace(%q) = %q, want %q", s, got, want)
	}
	want := false
	for _, w := range skipWords {
		want = want || strings.Contains(s, w)
	}
	if got := skipColumn(s); got != want {
		t.Fatalf("skipColumn(%q) = %v, want %v", s, got, want)
	}
	if got, want := indexUnitOpener(s), strings.IndexAny(s, "（(单"); got != want {
		t.Fatalf("indexUnitOpener(%q) = %d, want %d", s, got, want)
	}
	if got, want := hasScoreWord(s), strings.Contains(s, "总分") || strings.Contains(s, "得分"); got != want {
		t.Fatalf("hasScoreWord(%q) = %v, want %v", s, got, want)
	}
}

// TestHeaderHelpers checks the header helpers on random cells.
func TestHeaderHelpers(t *testing.T) {
	for _, s := range randomCells() {
		checkHeaderHelpers(t, s)
	}
}

// FuzzHeaderHelpers checks the header helpers on any text.
func FuzzHeaderHelpers(f *testing.F) {
	for _, s := range randomCells()[:50] {
		f.Add(s)
	}
	f.Add("\u3000（万元）\u00a0")
	f.Add("得分\xe3\x80")
	f.Fuzz(checkHeaderHelpers)
}
