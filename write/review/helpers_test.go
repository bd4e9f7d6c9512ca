package review_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract"
	"github.com/jixiao-dev/jixiao/schema"
	"github.com/jixiao-dev/jixiao/write/review"
)

// corpus is the project's corpus directory, relative to this package.
const corpus = "../../corpus"

// seed is the seed report's file name in the corpus.
const seed = "000_0a15cb66ce3c31e1.txt"

// extracted is a report with the text its spans point into.
type extracted struct {
	rep  *schema.Report
	text string
}

// extractFile reads a corpus file (or any path) through the library.
func extractFile(t testing.TB, path string) extracted {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	return extractData(t, filepath.ToSlash(path), data)
}

// extractData runs the library on data named path.
func extractData(t testing.TB, path string, data []byte) extracted {
	t.Helper()
	doc, err := extract.Read(path, data, extract.Options{})
	require.NoError(t, err)
	rep, err := extract.Extract(path, data, extract.Options{})
	require.NoError(t, err)
	return extracted{rep: rep, text: doc.Text}
}

// render writes the page of e into memory.
func render(t testing.TB, e extracted) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, review.Page(&buf, e.rep, e.text))
	return buf.String()
}

// writePage writes the page of e as dir/name.html and returns its path.
func writePage(t testing.TB, dir, name string, e extracted) string {
	t.Helper()
	path := filepath.Join(dir, name+".html")
	require.NoError(t, os.WriteFile(path, []byte(render(t, e)), 0o644))
	return path
}

// checkOf returns the first check of rep with the rule and status.
func checkOf(t testing.TB, rep *schema.Report, rule, status string) schema.Check {
	t.Helper()
	for _, k := range rep.Checks {
		if k.Rule == rule && k.Status == status {
			return k
		}
	}
	t.Fatalf("no %s check %s", status, rule)
	return schema.Check{}
}

// rawAt is what the text under a span should read: the raw of the value
// written there, or the text itself when no value has exactly that span.
func rawAt(e extracted, s schema.Span) string {
	for _, v := range e.rep.Values {
		if v.Span.Start == s.Start && v.Span.End == s.End {
			return v.Raw
		}
	}
	return e.text[s.Start:s.End]
}
