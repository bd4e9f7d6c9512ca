package profile

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/document"
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

// slowFind is vocab.find by its definition, trying every word of the
// table: a word equal to s beats any word found inside it, a longer word
// beats a shorter one, and of equally good words the first in the table
// wins. Exact words match only the whole of s.
func slowFind(v vocab, s string) int {
	best, bestN, bestOrder := -1, 0, 0
	order := 0
	for li, l := range v.labels {
		for _, wd := range l.words {
			n := 0
			switch {
			case s == "":
			case wd.text == s:
				n = len(s) + 1000
			case !wd.exact && len(wd.text) < len(s) && strings.Contains(s, wd.text):
				n = len(wd.text)
			}
			if n > bestN || n > 0 && n == bestN && order < bestOrder {
				best, bestN, bestOrder = li, n, order
			}
			order++
		}
	}
	return best
}

// allVocabs are the label tables of the package.
func allVocabs() []vocab {
	return append(cellVocabs[:], topRows, budgetWords, sectionTitles, kindTitles, projectWords, preparerWords)
}

// TestFindDefinition checks vocab.find against its definition on every
// cell of the corpus, folded, and on every word of every vocab alone,
// cut and inside a longer text.
func TestFindDefinition(t *testing.T) {
	var texts []string
	for _, c := range corpusCells(t) {
		texts = append(texts, norm(c))
	}
	for _, v := range allVocabs() {
		for _, l := range v.labels {
			for _, wd := range l.words {
				texts = append(texts, wd.text, "合计"+wd.text+"（万元）", wd.text[:len(wd.text)-1], wd.text+wd.text)
			}
		}
	}
	texts = append(texts, fastPathSeeds...)
	for _, s := range texts {
		for i, v := range allVocabs() {
			if got, want := v.find(s), slowFind(v, s); got != want {
				t.Errorf("vocab %d find(%q) = %d, want %d", i, s, got, want)
			}
		}
	}
}

// FuzzFind checks vocab.find against its definition, and cellMatches
// against find.
func FuzzFind(f *testing.F) {
	for _, s := range fastPathSeeds {
		f.Add(s)
	}
	f.Add("年度预算申请（万元）")
	f.Add("其中：实际完成值")
	f.Fuzz(func(t *testing.T, s string) {
		for i, v := range allVocabs() {
			if got, want := v.find(s), slowFind(v, s); got != want {
				t.Fatalf("vocab %d find(%q) = %d, want %d", i, s, got, want)
			}
		}
		got := cellMatches(s)
		for slot, v := range cellVocabs {
			if want := v.find(s) + 2; int(got[slot]) != want {
				t.Fatalf("%q slot %d: cellMatches %d, find %d", s, slot, got[slot], want)
			}
		}
	})
}

// slowNeedsFold is needsFold as it was written before foldBytes: a byte
// scan with the cases spelled out.
func slowNeedsFold(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c <= ' ' || c == '(' || c == ')' || c == ':':
			return true
		case c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xEF:
			if r, _ := utf8.DecodeRuneInString(s[i:]); document.IsSpace(r) {
				return true
			}
		}
	}
	return false
}

// TestNeedsFold checks needsFold against its definition on every cell of
// the corpus, the edge cases and every byte alone and before a space.
func TestNeedsFold(t *testing.T) {
	texts := append(corpusCells(t), fastPathSeeds...)
	for c := 0; c < 256; c++ {
		texts = append(texts, string([]byte{byte(c)}), string([]byte{byte(c)})+"\u3000", "年"+string([]byte{byte(c)}))
	}
	// Every space and changed byte at every offset of an eight-byte text,
	// across the four-byte blocks needsFold reads.
	for _, sp := range []string{"\u00a0", "\u200b", "\u3000", "\ufeff", " ", "(", ":", "\n"} {
		for i := 0; i <= 8; i++ {
			texts = append(texts, strings.Repeat("a", i)+sp+strings.Repeat("b", 8-i))
		}
	}
	for _, s := range texts {
		if got, want := needsFold(s), slowNeedsFold(s); got != want {
			t.Errorf("needsFold(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzNeedsFold checks needsFold against its definition.
func FuzzNeedsFold(f *testing.F) {
	for _, s := range fastPathSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := needsFold(s), slowNeedsFold(s); got != want {
			t.Fatalf("needsFold(%q) = %v, want %v", s, got, want)
		}
	})
}

// slowFlat is flat without its fast path.
func slowFlat(s string) string {
	return strings.Map(func(r rune) rune {
		if document.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// TestFlatFastPath checks flat against its definition on every cell of the
// corpus and on the edge cases (invalid UTF-8 among them).
func TestFlatFastPath(t *testing.T) {
	for _, s := range append(corpusCells(t), fastPathSeeds...) {
		if got, want := flat(s), slowFlat(s); got != want {
			t.Errorf("flat(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzFlat checks flat against its definition.
func FuzzFlat(f *testing.F) {
	for _, s := range fastPathSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := flat(s), slowFlat(s); got != want {
			t.Fatalf("flat(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestLastClauseSep checks lastClauseSep against strings.LastIndexAny on
// every paragraph and cell of the corpus, every cut of them ending at a
// separator, and on separators cut or glued to invalid bytes.
func TestLastClauseSep(t *testing.T) {
	texts := append(corpusCells(t), fastPathSeeds...)
	names, _ := filepath.Glob("../../corpus/*.txt")
	for _, n := range names {
		_, doc := run(t, filepath.Base(n))
		texts = append(texts, doc.Text)
	}
	for _, sep := range []string{"，", "；", "。", "：", ",", ";", ":", "\n"} {
		texts = append(texts, sep, "a"+sep+"b", sep[1:], sep[:len(sep)-1], "\xef"+sep, sep+"\x80", "年"+sep[len(sep)-1:])
	}
	for _, s := range texts {
		if got, want := lastClauseSep(s), strings.LastIndexAny(s, clauseSeps); got != want {
			t.Errorf("lastClauseSep(%.40q) = %d, want %d", s, got, want)
		}
	}
}

// FuzzLastClauseSep checks lastClauseSep against strings.LastIndexAny.
func FuzzLastClauseSep(f *testing.F) {
	for _, s := range fastPathSeeds {
		f.Add(s)
	}
	f.Add("预算资金，其中：基本支出")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lastClauseSep(s), strings.LastIndexAny(s, clauseSeps); got != want {
			t.Fatalf("lastClauseSep(%q) = %d, want %d", s, got, want)
		}
	})
}

// slowNameCut is nameCut searching the whole text.
func slowNameCut(text string, cut int) int {
	if i := strings.IndexAny(text, "，,：:。；;\n"); i >= 0 && i < cut {
		cut = i
	}
	for _, l := range projectWords.labels {
		for _, wd := range l.words {
			if i := strings.Index(text, wd.text); i >= 0 && i < cut {
				cut = i
			}
		}
	}
	return cut
}

// TestNameCut checks nameCut against slowNameCut on the paragraphs of the
// corpus, for a cut at every rune boundary.
func TestNameCut(t *testing.T) {
	texts := []string{"", "临聘人员经费实际支出26.49万元，结余结转0万元", "项目“安排”预算"}
	names, _ := filepath.Glob("../../corpus/*.txt")
	for _, n := range names {
		_, doc := run(t, filepath.Base(n))
		for _, b := range doc.Blocks {
			if b.Kind == document.KindParagraph && b.Para != nil && len(b.Para.Text) < 400 {
				texts = append(texts, b.Para.Text)
			}
		}
	}
	for _, s := range texts {
		for cut := range len(s) + 1 {
			if cut < len(s) && !utf8.RuneStart(s[cut]) {
				continue
			}
			if got, want := nameCut(s, cut), slowNameCut(s, cut); got != want {
				t.Fatalf("nameCut(%.40q, %d) = %d, want %d", s, cut, got, want)
			}
		}
	}
}

// slowNorm is norm as it was written before fold: a text with nothing to
// fold comes back as it is, invalid UTF-8 and all; another is folded by a
// loop over its runes.
func slowNorm(s string) string {
	if !slowNeedsFold(s) {
		return strings.TrimSuffix(s, "：")
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case document.IsSpace(r):
			continue
		case r == '(':
			r = '（'
		case r == ')':
			r = '）'
		case r == ':':
			r = '：'
		}
		b.WriteRune(r)
	}
	return strings.TrimSuffix(b.String(), "：")
}

// TestNormFastPath checks norm against its definition on every cell and
// section title of the corpus, the edge cases, and every space, bracket
// and colon at each place of a short text.
func TestNormFastPath(t *testing.T) {
	texts := append(corpusCells(t), fastPathSeeds...)
	for _, sp := range []string{"\u00a0", "\u200b", "\u3000", "\ufeff", " ", "\t", "(", ")", ":", "：", "\x01", "\xe3\x80", "\xff"} {
		for i := 0; i <= 4; i++ {
			texts = append(texts, strings.Repeat("年", i)+sp+strings.Repeat("b", 4-i), sp+sp, "a"+sp)
		}
	}
	for _, s := range texts {
		if got, want := norm(s), slowNorm(s); got != want {
			t.Errorf("norm(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzNorm checks norm against its definition.
func FuzzNorm(f *testing.F) {
	for _, s := range fastPathSeeds {
		f.Add(s)
	}
	f.Add("年度预\n算申请\n(万元):")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := norm(s), slowNorm(s); got != want {
			t.Fatalf("norm(%q) = %q, want %q", s, got, want)
		}
	})
}
