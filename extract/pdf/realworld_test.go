package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// realworld is where the shared real PDFs are, seen from this package.
const realworld = "../../../shared/realworld/pdf"

// realDocs caches the Documents read from shared/realworld, so that the
// tests over them read each file once.
var realDocs sync.Map

// realDoc reads one real PDF (its base name), skipping the test when
// ../shared is absent (a user's clone has none).
func realDoc(t *testing.T, name string) *document.Document {
	t.Helper()
	path := filepath.Join(realworld, name)
	if v, ok := realDocs.Load(path); ok {
		return v.(*document.Document)
	}
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skipf("%s not found: the real documents live in ../shared, which only the project's machines have", path)
	}
	require.NoError(t, err)
	doc, err := Read(data, Options{})
	require.NoError(t, err, name)
	realDocs.Store(path, doc)
	return doc
}

// realNames lists the real PDFs, skipping when there are none.
func realNames(t *testing.T) []string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(realworld, "*.pdf"))
	if len(paths) == 0 {
		t.Skipf("no PDFs in %s: the real documents live in ../shared, which only the project's machines have", realworld)
	}
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = filepath.Base(p)
	}
	return names
}

// TestRealWorldRead reads the fifteen real PDFs: each reads, keeps the
// Document's invariants, has a page for each of its pages, and warns about
// nothing: their pages without text are blank (a page of empty cells, an
// empty table row run over onto a page of its own), not scans.
func TestRealWorldRead(t *testing.T) {
	names := realNames(t)
	assert.Len(t, names, 15)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			doc := realDoc(t, name)
			require.NoError(t, doc.Verify())
			assert.Equal(t, "pdf", doc.Format)
			assert.NotEmpty(t, doc.Pages)
			for i, p := range doc.Pages {
				assert.Equal(t, i+1, p.Number)
			}
			assert.Empty(t, doc.Warnings)
			tables := 0
			for _, b := range doc.Blocks {
				if b.Kind == document.KindTable {
					tables++
					continue
				}
				p := b.Para
				assert.NotContains(t, p.Text, "\t", "a paragraph holds a TAB: %q", p.Text)
				assert.NotContains(t, p.Text, "\n", "a paragraph is one line: %q", p.Text)
				require.NotNil(t, p.Loc)
				assert.Positive(t, p.Loc.Page)
			}
			assert.GreaterOrEqual(t, tables, 9, "every file has its nine budget or final-account tables")
		})
	}
}

// TestRealWorldUnitLines checks that every table's "单位：" line stays a
// paragraph of its own just above a table: the block after it is a table.
func TestRealWorldUnitLines(t *testing.T) {
	for _, name := range realNames(t) {
		t.Run(name, func(t *testing.T) {
			doc := realDoc(t, name)
			for i, b := range doc.Blocks {
				if b.Kind != document.KindParagraph || !isUnitLine(b.Para.Text) {
					continue
				}
				require.Less(t, i+1, len(doc.Blocks), "a unit line ends the document: %q", b.Para.Text)
				next := doc.Blocks[i+1]
				assert.Equal(t, document.KindTable, next.Kind, "page %d: unit line %q is not followed by a table", b.Para.Loc.Page, b.Para.Text)
			}
		})
	}
}

// isUnitLine reports whether a paragraph is a table's unit line.
func isUnitLine(s string) bool {
	for _, p := range []string{"单位：", "单位:"} {
		if strings.HasPrefix(s, p) && len([]rune(s)) <= 8 {
			return true
		}
	}
	return false
}
