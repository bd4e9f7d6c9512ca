package main

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/write"
)

// TestReview runs the review command on an archive: a page per report, an
// index listing the reports and the files that failed with their errors
// (the truncated .doc among them: the Word 97 reader fails it); files in
// formats jixiao does not read are skipped; exit 1 for the failures.
func TestReview(t *testing.T) {
	dir, reports := archive(t)
	out := filepath.Join(dir, "review")
	inv := runWith(t, "", nil, "review", "-o", out, dir)
	assert.Equal(t, exitFail, inv.code, inv.stderr)
	assert.Contains(t, inv.stderr, "old.doc: corrupt")
	assert.Contains(t, inv.stderr, "scan.png: skipped")
	assert.Contains(t, inv.stderr, "wrote "+strconv.Itoa(len(reports))+" pages and "+filepath.Join(out, "index.html"))

	var want []string
	for _, r := range reports {
		want = append(want, filepath.Base(r)+".html")
	}
	want = append(want, "index.html")
	sort.Strings(want)
	entries, err := os.ReadDir(out)
	require.NoError(t, err)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	assert.Equal(t, want, got)

	index := readFile(t, filepath.Join(out, "index.html"))
	for _, r := range reports {
		assert.Contains(t, index, `href="`+filepath.Base(r)+`.html"`)
	}
	assert.Contains(t, index, "corrupt.docx</span>")
	assert.Contains(t, index, "empty.txt</span>")
	assert.Contains(t, index, "old.doc</span>")
	assert.NotContains(t, index, "scan.png")
	assert.Equal(t, 3, strings.Count(index, `<tr class="err">`))

	// Again, into the same folder: the pages found there are not inputs.
	again := runWith(t, "", nil, "review", "-o", out, dir)
	assert.Equal(t, exitFail, again.code)
	assert.NotContains(t, again.stderr, ".html.html")
	entries, err = os.ReadDir(out)
	require.NoError(t, err)
	assert.Len(t, entries, len(want))
}

// TestReviewNames checks page names: the base name made safe, "-2" for a
// name taken by another input (case folded: INDEX-2 is index-2), never
// index.html.
func TestReviewNames(t *testing.T) {
	seed, err := os.ReadFile(filepath.Join("..", "..", "corpus", "000_0a15cb66ce3c31e1.txt"))
	require.NoError(t, err)
	dir := t.TempDir()
	for _, p := range []string{"a/r#1.txt", "b/r#1.txt", "c/index", "d/INDEX"} {
		writeFile(t, filepath.Join(dir, p), seed)
	}
	out := filepath.Join(dir, "out")
	inv := runWith(t, "", nil, "review", "-o", out, filepath.Join(dir, "a"), filepath.Join(dir, "b"), filepath.Join(dir, "c"), filepath.Join(dir, "d"))
	require.Equal(t, exitOK, inv.code, inv.stderr)
	entries, err := os.ReadDir(out)
	require.NoError(t, err)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	assert.Equal(t, []string{"INDEX-3.html", "index-2.html", "index.html", "r_1.txt-2.html", "r_1.txt.html"}, got)
}

// TestReviewUsage checks the review command's usage errors.
func TestReviewUsage(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.txt")
	writeFile(t, in, []byte("一、 概况\n"))
	for _, tc := range []struct {
		name string
		args []string
		msg  string
	}{
		{"no -o", []string{"review", in}, "name the output directory (-o DIR)"},
		{"no input", []string{"review", "-o", dir}, "at least one input"},
		{"stdin twice", []string{"review", "-o", dir, "-", "-"}, "only once"},
		{"zero workers", []string{"review", "-o", dir, "-j", "0", in}, "-j 0: want 1 to 1024 workers"},
		{"huge max size", []string{"review", "-o", dir, "--max-size", "9223372036854775807", in}, "--max-size 9223372036854775807"},
		{"index is an input", []string{"review", "-o", dir, filepath.Join(dir, "index.html")}, "is both an input and the index"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			inv := runWith(t, "", nil, tc.args...)
			assert.Equal(t, exitUsage, inv.code)
			assert.Contains(t, inv.stderr, tc.msg)
		})
	}
}

// TestReviewOutputs checks the review command's outputs as extract's: a
// file in DIR that a page would replace and that jixiao review did not
// write stops the run, as does a page that is an input under another
// name, and a directory another run holds; nothing is written then.
func TestReviewOutputs(t *testing.T) {
	seed := readFile(t, seedPath)
	t.Run("a file review did not write", func(t *testing.T) {
		dir := t.TempDir()
		in, out := filepath.Join(dir, "in", "r.txt"), filepath.Join(dir, "out")
		writeFile(t, in, []byte(seed))
		writeFile(t, filepath.Join(out, "r.txt.html"), []byte("<p>my own page</p>\n"))
		before := snapshot(t, dir)
		inv := runWith(t, "", nil, "review", "-o", out, in)
		assert.Equal(t, exitUsage, inv.code, inv.stderr)
		assert.Contains(t, inv.stderr, "is not a page of jixiao review; refusing to write over it")
		assert.Equal(t, before, snapshot(t, dir))
	})
	t.Run("the index is an input through a link", func(t *testing.T) {
		dir := t.TempDir()
		out := filepath.Join(dir, "out")
		writeFile(t, filepath.Join(out, "index.html"), []byte(seed))
		link := filepath.Join(dir, "report.txt")
		require.NoError(t, os.Link(filepath.Join(out, "index.html"), link))
		before := snapshot(t, dir)
		inv := runWith(t, "", nil, "review", "-o", out, link)
		assert.Equal(t, exitUsage, inv.code, inv.stderr)
		assert.Contains(t, inv.stderr, "is both an input and an output")
		assert.Equal(t, before, snapshot(t, dir))
	})
	t.Run("another run holds the directory", func(t *testing.T) {
		dir := t.TempDir()
		held, err := write.Claim(dir, true)
		require.NoError(t, err)
		defer held.Close(true)
		require.NoError(t, held.Lock())
		inv := runWith(t, "", nil, "review", "-o", dir, seedPath)
		assert.Equal(t, exitUsage, inv.code, inv.stderr)
		assert.Contains(t, inv.stderr, "is being written by another run")
		assert.Empty(t, snapshot(t, dir))
	})
}
