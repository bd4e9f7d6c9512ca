package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/schema"
)

// FuzzExtract runs the whole pipeline on arbitrary bytes: it must never
// panic; a failure must be a positioned *document.Error; a report's spans
// must lie in the canonical text, and every section title, cell text and
// value raw must equal the canonical text at its span.
func FuzzExtract(f *testing.F) {
	for _, name := range corpusFiles(f) {
		data, err := os.ReadFile(filepath.Join("../corpus", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("一、甲\n\t乙\n\t丙\n\n\t丁\n附件2\n（2） 戊"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rep, err := Extract("fuzz.txt", data, Options{})
		if err != nil {
			if _, ok := err.(*document.Error); !ok {
				t.Fatalf("error %T is not a *document.Error: %v", err, err)
			}
			return
		}
		doc, err := Read("fuzz.txt", data, Options{})
		if err != nil {
			t.Fatalf("Extract succeeded but Read failed: %v", err)
		}
		verifyReport(t, doc.Text, rep)
	})
}

// verifyReport checks the span invariants of a report against its text.
func verifyReport(t *testing.T, text string, rep *schema.Report) {
	t.Helper()
	at := func(what string, s schema.Span, want *string) {
		if s.Start < 0 || s.End < s.Start || s.End > len(text) {
			t.Fatalf("%s: span [%d,%d) outside text of %d bytes", what, s.Start, s.End, len(text))
		}
		if want != nil && text[s.Start:s.End] != *want {
			t.Fatalf("%s: %q differs from the text at its span %q", what, *want, text[s.Start:s.End])
		}
	}
	var walk func([]schema.Section)
	walk = func(secs []schema.Section) {
		for _, s := range secs {
			at("section", s.Span, nil)
			at("section title", s.TitleSpan, &s.Title)
			walk(s.Children)
		}
	}
	walk(rep.Sections)
	for _, tb := range rep.Tables {
		at("table", tb.Span, nil)
		for _, row := range tb.Rows {
			for _, c := range row {
				at("cell", c.Span, &c.Text)
			}
		}
	}
	for _, v := range rep.Values {
		at("value", v.Span, &v.Raw)
	}
	for _, w := range rep.Warnings {
		at("warning "+w.Code, w.Span, nil)
	}
}

// TestCorpusSpans checks the span invariants on every corpus report.
func TestCorpusSpans(t *testing.T) {
	for _, name := range corpusFiles(t) {
		data, err := os.ReadFile(filepath.Join("../corpus", name))
		if err != nil {
			t.Fatal(err)
		}
		rep, err := Extract(name, data, Options{})
		if err != nil {
			continue // expected failures are the golden test's business
		}
		doc, err := Read(name, data, Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Run(name, func(t *testing.T) { verifyReport(t, doc.Text, rep) })
	}
}
