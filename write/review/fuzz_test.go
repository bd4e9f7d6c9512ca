package review_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract"
	"github.com/jixiao-dev/jixiao/schema"
	"github.com/jixiao-dev/jixiao/write/review"
)

// FuzzPage runs any text through the library and writes its page: the
// page is written (the library's spans always fit its text) and holds the
// page invariants (only the page's scripts; every text element holds the
// text at its offset; every non-blank character shown; every value marked).
func FuzzPage(f *testing.F) {
	for _, name := range []string{seed, "020_project_selfeval_nature_unit.txt", "009_seed_tsv_rows.txt", "023_halfwidth_brackets_dunhao.txt"} {
		data, err := os.ReadFile(filepath.Join(corpus, name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("一、 <script>alert(1)</script>\n\t1\n\t2万元\n\n\t&amp;\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := extract.Read("fuzz.txt", data, extract.Options{})
		if err != nil {
			return
		}
		rep, err := extract.Extract("fuzz.txt", data, extract.Options{})
		if err != nil {
			t.Fatalf("Read worked, Extract did not: %v", err)
		}
		e := extracted{rep: rep, text: doc.Text}
		pageInvariants(t, render(t, e), e)
	})
}

// FuzzPageSpans gives a report spans taken from the fuzzer: Page either
// writes a page that holds the invariants or returns an error and writes
// nothing; it never panics.
func FuzzPageSpans(f *testing.F) {
	f.Add("一、 概况\n数额12万元。\n", 0, 13, 20, 28, 7, 13)
	f.Add("\t甲\n\t乙\n", 0, 8, 1, 4, 5, 9)
	f.Add("é", 0, 1, 1, 2, 0, 2)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d, e, g int) {
		if !utf8.ValidString(text) {
			return
		}
		s := func(x, y int) schema.Span { return schema.Span{Start: x, End: y, Line: 1} }
		rep := &schema.Report{
			Sections: []schema.Section{{Marker: "一、", Level: 1, Span: s(a, b), TitleSpan: s(e, g)}},
			Annexes:  []schema.Annex{{Marker: "附件1", Span: s(a, g)}},
			Tables:   []schema.Table{{Span: s(a, b), Rows: [][]schema.Cell{{{Span: s(c, d), RowSpan: 1, ColSpan: 1}, {Span: s(e, g), RowSpan: 2, ColSpan: 1}}}}},
			Values:   []schema.Value{{Kind: "amount", Span: s(c, d)}, {Kind: "percent", Span: s(e, g)}},
			Checks:   []schema.Check{{Rule: "r", Status: "fail", Spans: []schema.Span{s(c, d), s(e, g)}}},
			Warnings: []schema.Warning{{Code: "w", Span: s(c, g)}},
		}
		for i := range rep.Values {
			v := &rep.Values[i]
			if v.Span.Start >= 0 && v.Span.Start <= v.Span.End && v.Span.End <= len(text) {
				v.Raw = text[v.Span.Start:v.Span.End]
			}
		}
		var buf bytes.Buffer
		err := review.Page(&buf, rep, text)
		if err != nil {
			if buf.Len() != 0 {
				t.Fatalf("error %v, yet %d bytes written", err, buf.Len())
			}
			if !strings.HasPrefix(err.Error(), "review: ") {
				t.Fatalf("error without the package's prefix: %v", err)
			}
			return
		}
		pageInvariants(t, buf.String(), extracted{rep: rep, text: text})
	})
}
