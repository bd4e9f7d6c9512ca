package profile

import (
	"strings"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/values"
	"github.com/jixiao-dev/jixiao/schema"
)

// slowDecimal is decimal as it was written before its fast paths.
func slowDecimal(s string) schema.Decimal {
	t := strings.TrimFunc(s, document.IsSpace)
	t = strings.TrimSuffix(t, "分")
	if t == "" {
		return ""
	}
	d, err := values.ParseDecimal(t)
	if err != nil || !d.Valid() {
		return ""
	}
	return schema.Decimal(d.String())
}

// decimalSeeds are weights and scores written every way ParseDecimal
// reads, canonical or not.
var decimalSeeds = []string{
	"0", "00", "0.0", "0.5", "0.50", "00.5", "5", "50", "500", "5.0", "5.05", "5.50", "-5", "+5", "-0", "-0.0",
	"15.5分", " 20 ", "20分 ", "1.", ".5", "1e5", "999999999999999999", "9999999999999999999", "0.000000000000000001",
}

// TestDecimalFastPath checks decimal against its old definition on the
// edge cases and every cell of the corpus.
func TestDecimalFastPath(t *testing.T) {
	for _, s := range append(decimalSeeds, corpusCells(t)...) {
		if got, want := decimal(s), slowDecimal(s); got != want {
			t.Errorf("decimal(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzDecimal checks decimal against its old definition.
func FuzzDecimal(f *testing.F) {
	for _, s := range decimalSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := decimal(s), slowDecimal(s); got != want {
			t.Fatalf("decimal(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestTrimRightPunct checks trimRightPunct against strings.TrimRight on
// the edge cases, every cell of the corpus and each mark cut or glued to
// invalid bytes.
func TestTrimRightPunct(t *testing.T) {
	texts := append(fastPathSeeds, corpusCells(t)...)
	for _, p := range []string{"；", ";", "。", "，", ",", "、", " ", "：", "\u3000"} {
		texts = append(texts, p, "年"+p, p+p, "a"+p+"b"+p, p[1:], "\xef"+p, p+"\x80", "\xe3"+p[1:])
	}
	for _, s := range texts {
		if got, want := trimRightPunct(s), strings.TrimRight(s, trailingPunct); got != want {
			t.Errorf("trimRightPunct(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzTrimRightPunct checks trimRightPunct against strings.TrimRight.
func FuzzTrimRightPunct(f *testing.F) {
	for _, s := range fastPathSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimRightPunct(s), strings.TrimRight(s, trailingPunct); got != want {
			t.Fatalf("trimRightPunct(%q) = %q, want %q", s, got, want)
		}
	})
}
