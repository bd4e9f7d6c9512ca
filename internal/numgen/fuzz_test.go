package numgen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse checks Parse on any text: no panic, and an accepted decimal
// reads back the same from its written and canonical forms.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"0", "-0.00", "+12", "007.50", ".5", "-.5", "5.", "1,000", "", "-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s)
		if err != nil {
			return
		}
		w, err := Parse(d.Written())
		if err != nil || w != d {
			t.Fatalf("Parse(%q) = %+v; its written form %q reads %+v, %v", s, d, d.Written(), w, err)
		}
		c, err := Parse(d.String())
		if err != nil || c.String() != d.String() {
			t.Fatalf("Parse(%q): canonical %q reads %+v, %v", s, d.String(), c, err)
		}
	})
}

// FuzzReadCases checks ReadCases on any text, seeded with the case files:
// no panic, and every case it accepts has its raw text in its input.
func FuzzReadCases(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(caseDir, "*.tsv"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, text string) {
		cases, err := ReadCases("fuzz.tsv", strings.NewReader(text))
		if err != nil {
			return
		}
		for _, c := range cases {
			if c.Kind != "none" && !strings.Contains(c.Input, c.Raw) {
				t.Fatalf("line %d: raw %q not in input %q", c.Line, c.Raw, c.Input)
			}
		}
	})
}
