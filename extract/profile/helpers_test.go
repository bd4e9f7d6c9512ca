package profile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/segment"
	"github.com/jixiao-dev/jixiao/extract/text"
	"github.com/jixiao-dev/jixiao/extract/values"
	"github.com/jixiao-dev/jixiao/schema"
	"github.com/jixiao-dev/jixiao/write"
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

// yuan returns the yuan of an amount, "" for nil.
func yuan(v *schema.Value) string {
	if v == nil {
		return "<nil>"
	}
	return string(v.Yuan)
}

// num returns the number of a value, "<nil>" for nil.
func num(v *schema.Value) string {
	if v == nil {
		return "<nil>"
	}
	return string(v.Number)
}

// texts returns the texts of ts.
func texts(ts []schema.Text) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Text)
	}
	return out
}

// txt returns the text of t, "<nil>" for nil.
func txt(t *schema.Text) string {
	if t == nil {
		return "<nil>"
	}
	return t.Text
}

// checkSpans asserts that every Text, Value and Measure of the facts points
// at its own text in doc.
func checkSpans(t *testing.T, doc *document.Document, f *schema.Facts) {
	t.Helper()
	b, err := write.Marshal(f, false)
	require.NoError(t, err)
	_ = b
	visitFacts(f, func(raw string, s schema.Span) {
		require.True(t, s.Start >= 0 && s.End <= len(doc.Text) && s.Start <= s.End, "span %v out of bounds", s)
		require.Equal(t, raw, doc.Text[s.Start:s.End], "text at span %v", s)
	})
	visitPoints(f, func(d schema.Decimal, s *schema.Span) {
		if s == nil {
			return // a number the profile could not place exactly has no span
		}
		require.NotEmpty(t, d, "a span %v without a number", *s)
		require.True(t, s.Start >= 0 && s.End <= len(doc.Text) && s.Start < s.End, "span %v out of bounds", *s)
		require.Equal(t, d, decimal(doc.Text[s.Start:s.End]), "number at span %v", *s)
		require.Equal(t, strings.TrimFunc(doc.Text[s.Start:s.End], document.IsSpace), doc.Text[s.Start:s.End], "white space at span %v", *s)
	})
}

// allPlaced asserts that every weight and score of f has its span.
func allPlaced(t *testing.T, f *schema.Facts) {
	t.Helper()
	visitPoints(f, func(d schema.Decimal, s *schema.Span) {
		if d != "" {
			assert.NotNil(t, s, "weight or score %s has no span", d)
		}
	})
}
