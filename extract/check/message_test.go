package check

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/jixiao-dev/jixiao/schema"
)

// TestIsSpace holds isSpace to unicode.IsSpace on every rune.
func TestIsSpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Fatalf("isSpace(%U) = %v", r, isSpace(r))
		}
	}
}

// FuzzLabelled holds labelled, which joins and trims a figure's pieces in
// the checker's text, to the obvious strings.TrimSpace(label + " " + text)
// with the label's leading and the text's trailing white space trimmed.
func FuzzLabelled(f *testing.F) {
	f.Add("基础数据表 ", "项目支出", " ", "2023年决算数", "67.94", "万元")
	f.Add("", "", "", "", " 20 ", "")
	f.Add(" ", "\u3000", "", "", "", " ")
	f.Add("a ", "", "", "", "\u00a0", "")
	f.Add("\xe3\x80", "", "", "", "1\xe3", "\x80\x80")
	f.Add("\u2003项目", "", "", "\u3000", "76.05万元", "\u2003")
	f.Add("\xe4", "\u0085", "", "", "5\xf0\x9f\x98", "")
	f.Add("\xc2\xa0", "", "", "", "1\xe4\x80\x80\u3000", "")
	f.Fuzz(func(t *testing.T, l0, l1, l2, l3, text, unit string) {
		c := &checker{text: []byte("before")}
		c.labelled(&figure{label: label{l0, l1, l2, l3}, text: text, unit: unit})
		l := strings.TrimLeftFunc(l0+l1+l2+l3, unicode.IsSpace)
		x := strings.TrimRightFunc(text+unit, unicode.IsSpace)
		var want string
		switch {
		case l == "":
			want = strings.TrimLeftFunc(x, unicode.IsSpace)
		case x == "":
			want = strings.TrimRightFunc(l, unicode.IsSpace)
		default:
			want = l + " " + x
		}
		if got := string(c.text); got != "before"+want {
			t.Fatalf("labelled wrote %q, want %q", got, "before"+want)
		}
	})
}

// TestResultsApart checks that the checks Check returns share nothing a
// caller can see: appending to one's spans leaves the next alone, and a
// later call, which reuses the checker's scratch, leaves an earlier result
// alone.
func TestResultsApart(t *testing.T) {
	f, _ := factsOf(t, readCorpus(t, seedPath))
	first := Check(f, Options{})
	keep := clone(first)
	if len(first) < 2 {
		t.Fatalf("%d checks on the seed", len(first))
	}
	_ = append(first[0].Spans, schema.Span{Start: -1})
	if !reflect.DeepEqual(first, keep) {
		t.Fatal("appending to a check's spans changed another check")
	}
	Check(f, Options{Skip: []string{RuleTotalWeight}})
	Check(&schema.Facts{}, Options{})
	if !reflect.DeepEqual(first, keep) {
		t.Fatal("a later Check changed an earlier result")
	}
	sorted := clone(first)
	sortChecks(sorted)
	if !reflect.DeepEqual(sorted, first) {
		t.Fatal("the seed's checks are not sorted")
	}
}

// clone copies checks and their spans.
func clone(ks []schema.Check) []schema.Check {
	out := slices.Clone(ks)
	for i := range out {
		out[i].Spans = slices.Clone(out[i].Spans)
	}
	return out
}

// TestUnitMultiplier holds unitMultiplier's usual units to the reading of
// their characters.
func TestUnitMultiplier(t *testing.T) {
	for unit, want := range map[string]int{"元": 0, "%": 0, "万元": 4, "亿元": 8, "千万元": 7, "角": -1, "万人": 4, "": 0} {
		if got := unitMultiplier(unit); got != want {
			t.Errorf("unitMultiplier(%q) = %d, want %d", unit, got, want)
		}
	}
}
