package numgen

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// caseDir holds the numeral cases of issue 13, kept beside the package that
// must pass them.
const caseDir = "../../extract/values/testdata/numerals"

// TestCaseFiles checks that the numeral case files are well formed: every
// row by ReadCases, and over the files: at least 650 cases, each file with
// cases that must give no value, the rows of one input together and
// numbered by their notes (#2, #3 …), no input in two files, every file
// listed in the README.
func TestCaseFiles(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(caseDir, "*.tsv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no case files in %s (%v)", caseDir, err)
	}
	readme, err := os.ReadFile(filepath.Join(caseDir, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	inFile := map[string]string{}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		cases, err := ReadCases(name, f)
		f.Close()
		if err != nil {
			t.Error(err)
			continue
		}
		base := filepath.Base(name)
		if !strings.Contains(string(readme), "`"+base+"`") {
			t.Errorf("%s is not listed in README.md", base)
		}
		total += len(cases)
		mustNot := 0
		for i, c := range cases {
			if c.Kind == "none" || c.Kind == "warning" {
				mustNot++
			}
			n := 1
			for i-n >= 0 && cases[i-n].Input == c.Input {
				n++
			}
			if err := checkGroupNote(c, n); err != nil {
				t.Errorf("%s:%d: %v", name, c.Line, err)
			}
			if n == 1 {
				if other, ok := inFile[c.Input]; ok {
					t.Errorf("%s:%d: input %q again (also in %s)", name, c.Line, c.Input, other)
				}
				inFile[c.Input] = fmt.Sprintf("%s:%d", base, c.Line)
			}
			if n > 1 && (c.Kind == "none" || cases[i-1].Kind == "none") {
				t.Errorf("%s:%d: a none row must be its input's only row", name, c.Line)
			}
		}
		if mustNot == 0 {
			t.Errorf("%s: no case that must give no value", name)
		}
	}
	if total < 650 {
		t.Errorf("%d cases, want at least 650", total)
	}
}

// checkGroupNote checks the note of the n-th row of an input: "#n …" from
// the second row on, and no "#" number on the first.
func checkGroupNote(c Case, n int) error {
	prefix := fmt.Sprintf("#%d", n)
	switch {
	case n > 1 && c.Note != prefix && !strings.HasPrefix(c.Note, prefix+" "):
		return fmt.Errorf("row %d of input %q: note %q, want it to start with %s", n, c.Input, c.Note, prefix)
	case n == 1 && strings.HasPrefix(c.Note, "#"):
		return fmt.Errorf("first row of input %q: note %q starts with #", c.Input, c.Note)
	}
	return nil
}

func TestReadCasesErrors(t *testing.T) {
	header := strings.Join(CaseColumns, "\t") + "\n"
	row := func(cols ...string) string {
		for len(cols) < len(CaseColumns) {
			cols = append(cols, "")
		}
		return strings.Join(cols, "\t") + "\n"
	}
	for _, tc := range []struct{ name, text, err string }{
		{"empty", "", "x.tsv: empty, want a header line"},
		{"header", "input\traw\n", `x.tsv:1: header ["input" "raw"]`},
		{"columns", header + "a\tb\n", "x.tsv:2: 2 columns, want 16"},
		{"kind", header + row("5元", "5元", "money"), `x.tsv:2: kind "money"`},
		{"raw", header + row("5元", "6元", "amount", "6", "元", "6", "", "", "", "", "", "", "", "", "ok"), `x.tsv:2: raw "6元" is not in the input`},
		{"none raw", header + row("5元", "5元", "none", "", "", "", "", "", "", "", "", "", "", "", "ok"), `x.tsv:2: raw "5元" with kind none`},
		{"yuan", header + row("5万元", "5万元", "amount", "5", "万元", "5000", "", "", "", "", "", "", "", "", "ok"), "x.tsv:2: yuan 5000, but 5 万元 is 50000"},
		{"canonical", header + row("5元", "5元", "amount", "5", "元", "5.0", "", "", "", "", "", "", "", "", "ok"), `x.tsv:2: yuan "5.0" is not canonical (5)`},
		{"percent", header + row("八成", "八成", "percent", "8", "成", "", "8", "", "", "", "", "", "", "", "ok"), "x.tsv:2: canon 8, but 8 成 is 80"},
		{"iso", header + row("2024年13月", "2024年13月", "date", "", "", "", "", "", "", "", "", "2024-13", "", "", "ok"), `x.tsv:2: iso "2024-13"`},
		{"warning", header + row("十十元", "十十", "warning", "", "", "", "", "", "", "", "", "", "", "", "ok"), `x.tsv:2: warning code ""`},
		{"today", header + row("x", "-", "none", "", "", "", "", "", "", "", "", "", "", "", "fine"), `x.tsv:2: today "fine"`},
	} {
		_, err := ReadCases("x.tsv", strings.NewReader(tc.text))
		if err == nil || !strings.HasPrefix(err.Error(), tc.err) {
			t.Errorf("%s: error %v, want prefix %q", tc.name, err, tc.err)
		}
	}
}
