package values

import (
	"math/rand"
	"testing"
)

// TestMayBeDate checks that the quick test before the date rules never
// turns away a date: wherever dateRules reads one, mayBeDate is true. It
// runs at every offset of the corpus lines, of the test cases and of
// strings made of date-like pieces.
func TestMayBeDate(t *testing.T) {
	var texts []string
	addCorpusLines(t, func(s string) { texts = append(texts, s) })
	for _, tc := range valueCases {
		texts = append(texts, tc.in)
	}
	pieces := []string{"2023", "二〇二三", "年", "度", "1", "12", "十二", "三十一", "月", "份", "日", "号",
		"-", "/", ".", "至", "到", "~", "—", "13", "32", "0", "两", "壹", "2", "29"}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		s := ""
		for k := r.Intn(8); k >= 0; k-- {
			s += pieces[r.Intn(len(pieces))]
		}
		texts = append(texts, s)
	}
	for _, s := range texts {
		for _, year := range []int{0, 2024} {
			for at := range s {
				l := lexer{s: s, pos: at, fiscal: year}
				may := l.mayBeDate()
				if l.pos != at {
					t.Fatalf("mayBeDate(%q) moved to %d", s[at:], l.pos)
				}
				if l.dateRules() && !may {
					t.Fatalf("mayBeDate(%q) = false, but %q is a date", s[at:], l.out[0].Raw)
				}
			}
		}
	}
}
