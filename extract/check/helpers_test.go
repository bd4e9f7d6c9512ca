package check

import (
	"cmp"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/profile"
	"github.com/jixiao-dev/jixiao/extract/segment"
	"github.com/jixiao-dev/jixiao/extract/text"
	"github.com/jixiao-dev/jixiao/extract/values"
	"github.com/jixiao-dev/jixiao/schema"
)

// seedPath is the seed report of the corpus.
var seedPath = filepath.Join("..", "..", "corpus", "000_0a15cb66ce3c31e1.txt")

// readCorpus reads a corpus file.
func readCorpus(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	return data
}

// factsOf runs the stages before check on a plain-text report: text →
// segment → values → profile.
func factsOf(t testing.TB, data []byte) (*profile.Facts, *document.Document) {
	t.Helper()
	doc, err := text.Read(data, text.Options{})
	require.NoError(t, err)
	outline := segment.Segment(doc, segment.Options{})
	vals := values.FromDocument(doc, values.Options{Year: outline.FiscalYear, Exclude: outline.Exclude})
	prof := profile.Profile(doc, outline, vals, profile.Options{})
	return prof.Facts, doc
}

// sortChecks orders checks by rule, first span and message, stably: the
// obvious version of the order Check returns, which the tests hold it to.
func sortChecks(ks []Finding) {
	slices.SortStableFunc(ks, func(a, b Finding) int {
		return cmp.Or(strings.Compare(a.Rule, b.Rule), cmp.Compare(firstStart(&a), firstStart(&b)), strings.Compare(a.Message, b.Message))
	})
}

// schemaChecks converts findings to the output form, as the report's
// assembly does, numbering the lines of spans with lineOf.
func schemaChecks(fs []Finding, lineOf func(offset int) int) []schema.Check {
	out := []schema.Check{}
	for _, f := range fs {
		c := schema.Check{Rule: f.Rule, Status: f.Status, Message: f.Message, Expected: schema.Decimal(f.Expected.String()),
			Actual: schema.Decimal(f.Actual.String()), Tolerance: schema.Decimal(f.Tolerance.String()), Unit: f.Unit, Spans: []schema.Span{}}
		for _, s := range f.Spans {
			c.Spans = append(c.Spans, schema.Span{Start: s.Start, End: s.End, Line: lineOf(s.Start)})
		}
		out = append(out, c)
	}
	return out
}

// checksOf runs every rule on f, the facts of text, and converts the
// checks with the lines of text.
func checksOf(f *profile.Facts, text string) []schema.Check {
	return schemaChecks(Check(f, Options{}), document.NewLines(text).Line)
}
