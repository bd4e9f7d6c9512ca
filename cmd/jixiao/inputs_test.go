package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// TestGather walks a folder with hidden entries, symbolic links (to a file,
// to a directory, a loop, a broken one) and a nested folder, with and
// without --hidden.
func TestGather(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{"b.txt", "a/z.txt", "a/y.docx", ".hidden.txt", ".git/config", "c/.cache/x.txt"} {
		writeFile(t, filepath.Join(root, f), []byte("x"))
	}
	require.NoError(t, os.Symlink(filepath.Join(root, "b.txt"), filepath.Join(root, "link.txt")))
	require.NoError(t, os.Symlink(root, filepath.Join(root, "a", "loop")))
	require.NoError(t, os.Symlink(filepath.Join(root, "gone"), filepath.Join(root, "broken.txt")))
	for _, tc := range []struct {
		name   string
		hidden bool
		want   []string
	}{
		{"hidden skipped", false, []string{"a/y.docx", "a/z.txt", "b.txt", "broken.txt", "link.txt"}},
		{"hidden read", true, []string{".git/config", ".hidden.txt", "a/y.docx", "a/z.txt", "b.txt", "broken.txt", "c/.cache/x.txt", "link.txt"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := &env{}
			got, err := e.gather([]string{root}, "", walkRules{hidden: tc.hidden}, nil)
			require.NoError(t, err)
			assert.Equal(t, tc.want, relPaths(t, root, got))
		})
	}
}

// TestGatherKeepsOrderAndMissing checks that command-line paths keep their
// order, a missing file stays (to be reported in its place), a hidden file
// named explicitly is read, and --files-from paths come last.
func TestGatherKeepsOrderAndMissing(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "d", "2.txt"), []byte("x"))
	writeFile(t, filepath.Join(root, "d", "1.txt"), []byte("x"))
	writeFile(t, filepath.Join(root, ".named.txt"), []byte("x"))
	list := filepath.Join(root, "list")
	writeFile(t, list, []byte(filepath.Join(root, "d", "2.txt")+"\n"))
	e := &env{}
	got, err := e.gather([]string{filepath.Join(root, "missing.txt"), filepath.Join(root, "d"), "-", filepath.Join(root, ".named.txt")}, list, walkRules{}, nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"missing.txt", "d/1.txt", "d/2.txt", "-", ".named.txt", "d/2.txt"}, relPaths(t, root, got))
}

// relPaths returns the inputs' paths relative to root, slash-separated;
// "-" stays.
func relPaths(t testing.TB, root string, ins []input) []string {
	t.Helper()
	var out []string
	for _, in := range ins {
		if in.path == "-" {
			out = append(out, "-")
			continue
		}
		rel, err := filepath.Rel(root, in.path)
		require.NoError(t, err)
		out = append(out, filepath.ToSlash(rel))
	}
	return out
}

// TestMissingAndUnreadable checks that a missing input is an error record
// with the code "read" and no digest, in its place in the stream.
func TestMissingAndUnreadable(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.txt")
	inv := runWith(t, "", nil, "extract", "--format", "jsonl", missing)
	assert.Equal(t, exitFail, inv.code)
	got := lines(t, inv.stdout)
	require.Len(t, got, 1)
	assert.Equal(t, digest{"missing.txt", "error", "read"}, digestOf(t, dir, got[0]))
	assert.Contains(t, got[0], `"sha256":""`)
	assert.Contains(t, inv.stderr, missing+": cannot read the file: no such file or directory")
}

// TestSkipFormat checks which refused files are skipped, and as what.
func TestSkipFormat(t *testing.T) {
	notDOCX := document.Errorf(document.ErrNotDOCX, -1, "no word/document.xml")
	for _, tc := range []struct {
		name   string
		data   []byte
		err    error
		format string
		skip   bool
	}{
		{"xlsx", zipOf(t, "[Content_Types].xml", "xl/workbook.xml"), notDOCX, "xlsx", true},
		{"pptx", zipOf(t, "[Content_Types].xml", "ppt/presentation.xml"), notDOCX, "pptx", true},
		{"odt", zipOf(t, "mimetype", "content.xml"), notDOCX, "opendocument", true},
		{"plain zip", zipOf(t, "a.txt"), notDOCX, "zip", true},
		{"docx the reader refused", zipOf(t, "[Content_Types].xml", "Word/Document.xml"), notDOCX, "", false},
		{"damaged zip", []byte("PK\x03\x04garbage"), notDOCX, "", false},
		{"corrupt docx", zipOf(t, "word/document.xml"), document.Errorf(document.ErrCorrupt, -1, "x"), "", false},
		{"pdf", []byte("%PDF-1.4"), document.Errorf(document.ErrUnsupported, 0, "x"), "pdf", true},
		{"png", []byte("\x89PNG\r\n\x1a\n"), document.Errorf(document.ErrUnsupported, 0, "x"), "png", true},
		{"ole where a docx was expected", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), document.Errorf(document.ErrOLE, 0, "x"), "ole", true},
		{"empty", nil, document.Errorf(document.ErrEmpty, -1, "x"), "", false},
		{"binary", []byte{0, 1, 2, 0, 5, 0, 0, 9}, document.Errorf(document.ErrBinary, -1, "x"), "binary", true},
		{"utf-16 text that does not decode", []byte("a\x00b\x00c\x00d\x00\xd8"), document.Errorf(document.ErrBinary, -1, "x"), "", false},
		{"gb18030 with a bad byte", []byte("一、概况\xff本单位"), document.Errorf(document.ErrBinary, 3, "x"), "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			format, skip := skipFormat(tc.data, tc.err)
			assert.Equal(t, tc.format, format)
			assert.Equal(t, tc.skip, skip)
		})
	}
}
