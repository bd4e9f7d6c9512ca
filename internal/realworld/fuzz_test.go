package realworld

import (
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seeds adds the repository's annotation files of one kind to a fuzzer.
func seeds(f *testing.F, glob string) {
	paths, _ := filepath.Glob(filepath.Join("../../extract/testdata/realworld", glob))
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
}

// FuzzParseOutline: no panic; an outline that parses has titled entries on
// real pages, and its page sets print back to what they read.
func FuzzParseOutline(f *testing.F) {
	seeds(f, "*.outline.tsv")
	f.Add("pages\ttoc\t1-2,4\nh\t0\t\t标题\t3\t7\n")
	f.Fuzz(func(t *testing.T, in string) {
		o, err := ParseOutline("f.tsv", strings.NewReader(in))
		if err != nil {
			return
		}
		for _, e := range o.Entries {
			if strings.TrimSpace(e.Title) == "" || e.Page < 1 || e.Level < 0 || e.Level > 9 {
				t.Fatalf("bad entry %+v", e)
			}
		}
		for _, set := range []PageSet{o.TOCPages, o.TablePages} {
			if len(set) == 0 {
				continue
			}
			back, err := ParsePages(set.String())
			if err != nil || back.String() != set.String() {
				t.Fatalf("pages %q read back as %q (%v)", set.String(), back.String(), err)
			}
		}
	})
}

// FuzzParseGrid: no panic; a grid that parses is tiled exactly by its
// anchors' rectangles, each inside the grid.
func FuzzParseGrid(f *testing.F) {
	seeds(f, "tables/*.tsv")
	f.Add("a\t<\tb\n^\t^\tc\n")
	f.Fuzz(func(t *testing.T, in string) {
		g, err := ParseGrid("f.tsv", strings.NewReader(in))
		if err != nil {
			return
		}
		seen := map[[2]int]bool{}
		for _, c := range g.Cells {
			if c.RowSpan < 1 || c.ColSpan < 1 || c.Row+c.RowSpan > g.Rows || c.Col+c.ColSpan > g.Cols {
				t.Fatalf("cell %+v outside a %dx%d grid", c, g.Rows, g.Cols)
			}
			for r := c.Row; r < c.Row+c.RowSpan; r++ {
				for k := c.Col; k < c.Col+c.ColSpan; k++ {
					if seen[[2]int{r, k}] {
						t.Fatalf("position %d,%d covered twice", r, k)
					}
					seen[[2]int{r, k}] = true
				}
			}
		}
		if len(seen) != g.Rows*g.Cols {
			t.Fatalf("%d positions covered of %d", len(seen), g.Rows*g.Cols)
		}
	})
}

// FuzzParseNumber: no panic; a number that parses is exactly the value of
// its text without separators.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"96,282,213.44", "0.00", "-3.5", "1,2,3", "7."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, ok := ParseNumber(in)
		if !ok {
			return
		}
		want, ok2 := new(big.Rat).SetString(strings.ReplaceAll(strings.TrimSpace(in), ",", ""))
		r, ok3 := new(big.Rat).SetString(got)
		if !ok2 || !ok3 || r.Cmp(want) != 0 {
			t.Fatalf("ParseNumber(%q) = %q", in, got)
		}
	})
}
