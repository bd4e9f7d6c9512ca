package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract"
	"github.com/jixiao-dev/jixiao/write"
)

// invocation is one in-process run of the command line.
type invocation struct {
	code           int
	stdout, stderr string
}

// runWith runs the command line with stdin as standard input and sig as
// the signals it receives (nil: none).
func runWith(t testing.TB, stdin string, sig chan os.Signal, args ...string) invocation {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut,
		signals: func() (<-chan os.Signal, func()) {
			if sig == nil {
				return nil, func() {}
			}
			return sig, func() {}
		}}
	code := e.run(args)
	return invocation{code: code, stdout: out.String(), stderr: errOut.String()}
}

// corpusReports lists the corpus files the library reads in this build
// that a walk writes as reports: every text and DOCX file but the
// fixtures with nothing of a report (014_textbox.docx …), which a walk
// skips.
func corpusReports(t testing.TB) []string {
	t.Helper()
	var names []string
	for _, pattern := range []string{"*.txt", "*.docx"} {
		found, err := filepath.Glob(filepath.Join("..", "..", "corpus", pattern))
		require.NoError(t, err)
		for _, f := range found {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			if rep, err := extract.Extract(f, data, extract.Options{}); err == nil && !notReport(rep) {
				names = append(names, f)
			}
		}
	}
	require.NotEmpty(t, names)
	return names
}

// archive makes a folder like the acceptance folder: copies of the
// corpus reports, a corrupt DOCX (a zip signature and garbage), a PNG, an
// empty file and an OLE .doc. It returns the folder and the report copies.
func archive(t testing.TB) (string, []string) {
	t.Helper()
	dir := t.TempDir()
	var reports []string
	for _, f := range corpusReports(t) {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		dst := filepath.Join(dir, "reports", filepath.Base(f))
		writeFile(t, dst, data)
		reports = append(reports, dst)
	}
	sort.Strings(reports) // the walk's order
	writeFile(t, filepath.Join(dir, "bad", "corrupt.docx"), []byte("PK\x03\x04 this is no zip at all, only garbage"))
	writeFile(t, filepath.Join(dir, "bad", "empty.txt"), nil)
	writeFile(t, filepath.Join(dir, "bad", "old.doc"), append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 504)...))
	writeFile(t, filepath.Join(dir, "bad", "scan.png"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	return dir, reports
}

// writeFile creates a file and its directories.
func writeFile(t testing.TB, path string, data []byte) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, data, 0o644))
}

// zipOf makes a zip holding the named entries, each with a little content.
func zipOf(t testing.TB, names ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		w, err := zw.Create(n)
		require.NoError(t, err)
		_, err = io.WriteString(w, "<x/>")
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

// lines splits JSONL into its lines, checking that each is one JSON value.
func lines(t testing.TB, jsonl string) []string {
	t.Helper()
	if jsonl == "" {
		return nil
	}
	require.True(t, strings.HasSuffix(jsonl, "\n"), "JSONL must end in a newline")
	ls := strings.Split(strings.TrimSuffix(jsonl, "\n"), "\n")
	for i, l := range ls {
		require.True(t, json.Valid([]byte(l)), "line %d is not JSON: %.200s", i+1, l)
	}
	return ls
}

// readFile returns a file's content as a string.
func readFile(t testing.TB, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(data)
}

// libraryRecord is what the command writes for a report the library makes
// of data: its JSON with the producer.
func libraryRecord(t testing.TB, path string, data []byte, indent bool) string {
	t.Helper()
	rep, err := extract.Extract(path, data, extract.Options{})
	require.NoError(t, err)
	p := write.Producer()
	rep.Producer = &p
	b, err := write.Marshal(rep, indent)
	require.NoError(t, err)
	return string(b)
}
