package pdf

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// TestRealWorldHeadings checks the narrative headings of six producers'
// files, written down by reading the pages (testdata/headings/*.txt): each
// is a paragraph of its own, with its marker at its start, not glued to
// the body text before or after it nor to a table row, and they come in
// reading order.
func TestRealWorldHeadings(t *testing.T) {
	paths, _ := filepath.Glob("testdata/headings/*.txt")
	require.GreaterOrEqual(t, len(paths), 4)
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			file, want := readHeadings(t, path)
			doc := realDoc(t, file)
			var paras []string
			for _, b := range doc.Blocks {
				if b.Kind == document.KindParagraph {
					paras = append(paras, b.Para.Text)
				}
			}
			next := 0
			for _, h := range want {
				i := indexFrom(paras, next, h)
				if !assert.GreaterOrEqual(t, i, 0, "heading %q is not a paragraph after %q", h, prevOf(paras, next)) {
					continue
				}
				next = i + 1
			}
		})
	}
}

// readHeadings reads a headings file: "# file:", then one heading a line.
func readHeadings(t *testing.T, path string) (string, []string) {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var file string
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if v, ok := strings.CutPrefix(line, "# file: "); ok {
			file = v
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	require.NoError(t, sc.Err())
	return file, out
}

// indexFrom returns the index of s in ss at or after from, or -1.
func indexFrom(ss []string, from int, s string) int {
	for i := from; i < len(ss); i++ {
		if ss[i] == s {
			return i
		}
	}
	return -1
}

// prevOf returns the paragraph before index i, for messages.
func prevOf(ss []string, i int) string {
	if i == 0 || i > len(ss) {
		return "the start"
	}
	return ss[i-1]
}
