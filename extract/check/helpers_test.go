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
func factsOf(t testing.TB, data []byte) (*schema.Facts, *document.Document) {
	t.Helper()
	doc, err := text.Read(data, text.Options{})
	require.NoError(t, err)
	outline := segment.Segment(doc, segment.Options{})
	vals := values.FromDocument(doc, values.Options{Year: outline.FiscalYear, Exclude: outline.Exclude})
	prof := profile.Profile(doc, outline, vals, profile.Options{})
	return prof.Facts, doc
}

// sortChecks orders checks by rule, first span and message, stably: the
// obvious version of the order Check returns (see result), which the tests
// hold it to.
func sortChecks(ks []schema.Check) {
	first := func(k *schema.Check) int {
		if len(k.Spans) == 0 {
			return -1
		}
		return k.Spans[0].Start
	}
	slices.SortStableFunc(ks, func(a, b schema.Check) int {
		if c := strings.Compare(a.Rule, b.Rule); c != 0 {
			return c
		}
		if c := cmp.Compare(first(&a), first(&b)); c != 0 {
			return c
		}
		return strings.Compare(a.Message, b.Message)
	})
}
