package profile

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
	"github.com/jixiao-dev/jixiao/extract/segment"
	"github.com/jixiao-dev/jixiao/extract/text"
	"github.com/jixiao-dev/jixiao/extract/values"
)

// run reads corpus/<name> through the stages before profile and profiles it.
func run(t testing.TB, name string) (*Result, *document.Document) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("../../corpus", name))
	require.NoError(t, err)
	doc, err := text.Read(data, text.Options{})
	require.NoError(t, err)
	return profileDoc(doc), doc
}

// profileDoc runs segment, values and profile on doc.
func profileDoc(doc *document.Document) *Result {
	out := segment.Segment(doc, segment.Options{})
	vals := values.FromDocument(doc, values.Options{Year: out.FiscalYear, Exclude: out.Exclude})
	return Profile(doc, out, vals, Options{})
}

// yuan returns the yuan of an amount, "<nil>" for nil.
func yuan(v *values.Value) string {
	if v == nil {
		return "<nil>"
	}
	return v.Yuan.String()
}

// num returns the number of a value, "<nil>" for nil.
func num(v *values.Value) string {
	if v == nil {
		return "<nil>"
	}
	return v.Number.String()
}

// texts returns the texts of ts.
func texts(ts []Text) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Text)
	}
	return out
}

// txt returns the text of t, "<nil>" for nil.
func txt(t *Text) string {
	if t == nil {
		return "<nil>"
	}
	return t.Text
}

// checkSpans asserts that every Text, Value and Measure of the facts points
// at its own text in doc.
func checkSpans(t *testing.T, doc *document.Document, f *Facts) {
	t.Helper()
	visitFacts(f, func(raw string, s document.Span) {
		require.True(t, s.Start >= 0 && s.End <= len(doc.Text) && s.Start <= s.End, "span %v out of bounds", s)
		require.Equal(t, raw, doc.Text[s.Start:s.End], "text at span %v", s)
	})
	visitPoints(f, func(p Points) {
		s := p.Span
		if s == nil {
			return // a number the profile could not place exactly has no span
		}
		require.True(t, p.Number.Valid(), "a span %v without a number", *s)
		require.True(t, s.Start >= 0 && s.End <= len(doc.Text) && s.Start < s.End, "span %v out of bounds", *s)
		require.Equal(t, p.Number, decimal(doc.Text[s.Start:s.End]), "number at span %v", *s)
		require.Equal(t, cjk.TrimSpace(doc.Text[s.Start:s.End]), doc.Text[s.Start:s.End], "white space at span %v", *s)
	})
}

// allPlaced asserts that every weight and score of f has its span.
func allPlaced(t *testing.T, f *Facts) {
	t.Helper()
	visitPoints(f, func(p Points) {
		if p.Number.Valid() {
			assert.NotNil(t, p.Span, "weight or score %s has no span", p.Number)
		}
	})
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
