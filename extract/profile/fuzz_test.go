package profile

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/segment"
	"github.com/jixiao-dev/jixiao/extract/text"
	"github.com/jixiao-dev/jixiao/extract/values"
)

// FuzzProfile runs the profile on Documents read from fuzzed text: it must
// never panic, always give a known kind and facts, and every span of the
// facts must hold its own text.
func FuzzProfile(f *testing.F) {
	names, _ := filepath.Glob("../../corpus/*.txt")
	for _, n := range names {
		if data, err := os.ReadFile(n); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("绩效指标\n\t一级指标\n\t二级指标\n\t三级指标\n\t年度指标值\n\n\t总分\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := text.Read(data, text.Options{})
		if err != nil {
			return
		}
		out := segment.Segment(doc, segment.Options{})
		vals := values.FromDocument(doc, values.Options{Year: out.FiscalYear, Exclude: out.Exclude})
		res := Profile(doc, out, vals, Options{})
		switch res.Kind {
		case KindDepartment, KindProject, KindUnknown:
		default:
			t.Fatalf("kind %q", res.Kind)
		}
		if res.Facts == nil {
			t.Fatal("nil facts")
		}
		checkSpans(t, doc, res.Facts)
		for _, w := range res.Warnings {
			if w.Span.Start < 0 || w.Span.End > len(doc.Text) {
				t.Fatalf("warning span %v out of bounds", w.Span)
			}
		}
	})
}

// TestProfileNil checks that a nil document or outline gives no facts.
func TestProfileNil(t *testing.T) {
	if r := Profile(nil, nil, nil, Options{}); r.Kind != KindUnknown || r.Facts == nil {
		t.Fatalf("got %+v", r)
	}
	doc := &document.Document{Text: "x", Blocks: []document.Block{{Kind: document.KindParagraph, Para: &document.Paragraph{Text: "x", Span: document.Span{End: 1, Line: 1}}}}}
	if r := Profile(doc, nil, nil, Options{}); r.Kind != KindUnknown {
		t.Fatalf("got %+v", r)
	}
}
