package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract"
	"github.com/jixiao-dev/jixiao/schema"
)

// digest is what a test needs to know of one JSONL record.
type digest struct {
	Path    string // source.path, relative to the archive
	Outcome string // "report", "error" or "skipped"
	Detail  string // the error code or the skipped format
}

// digestOf reads one record.
func digestOf(t testing.TB, root, line string) digest {
	t.Helper()
	var rec struct {
		Source  schema.Source     `json:"source"`
		Error   *schema.ErrorInfo `json:"error"`
		Skipped *schema.SkipInfo  `json:"skipped"`
		Version string            `json:"schema_version"`
	}
	require.NoError(t, json.Unmarshal([]byte(line), &rec))
	rel, err := filepath.Rel(root, filepath.FromSlash(rec.Source.Path))
	require.NoError(t, err)
	d := digest{Path: filepath.ToSlash(rel), Outcome: "report"}
	switch {
	case rec.Error != nil:
		d.Outcome, d.Detail = "error", rec.Error.Code
		assert.NotEmpty(t, rec.Error.Message, "an error record says what was wrong")
	case rec.Skipped != nil:
		d.Outcome, d.Detail = "skipped", rec.Skipped.Format
		assert.NotEmpty(t, rec.Skipped.Reason, "a skip record says why")
	default:
		assert.Equal(t, schema.Version, rec.Version)
	}
	return d
}

// summaryLine matches the summary printed at the end of every run.
var summaryLine = regexp.MustCompile(`(?m)^read (\d+) \(recognised (\d+), unknown (\d+)\), failed (\d+), skipped (\d+), resumed (\d+) in [0-9.]+[µm]?s \(\d+ docs/s, [0-9.]+ MB/s\)$`)

// TestArchive is the acceptance run: a folder of valid reports plus
// a corrupt DOCX, an empty file, a .doc and a PNG. Every report is in the
// JSONL, exactly as the library makes it, in input order; the four others
// are error or skip records; the exit status is 1 and the summary counts
// them all.
func TestArchive(t *testing.T) {
	dir, reports := archive(t)
	out := filepath.Join(t.TempDir(), "out.jsonl")
	inv := runWith(t, "", nil, "extract", "-o", out, dir)
	require.Equal(t, exitFail, inv.code, inv.stderr)
	assert.Empty(t, inv.stdout)
	got := lines(t, readFile(t, out))

	want := []digest{
		{"bad/corrupt.docx", "error", "corrupt"},
		{"bad/empty.txt", "skipped", "empty"}, // debris
		{"bad/old.doc", "error", "corrupt"},   // a truncated compound file: the .doc reader fails it
		{"bad/scan.png", "skipped", "png"},
	}
	var read []string // the reports that are written as reports
	recognised, unknown := 0, 0
	for _, r := range reports {
		data, err := os.ReadFile(r)
		require.NoError(t, err)
		rep, err := extract.Extract(r, data, extract.Options{})
		require.NoError(t, err)
		switch {
		case notReport(rep): // a fixture with nothing of a report (014_textbox.docx): skipped
			want = append(want, digest{"reports/" + filepath.Base(r), "skipped", rep.Source.Format})
			continue
		case rep.Kind == "unknown":
			unknown++
		default:
			recognised++
		}
		want = append(want, digest{"reports/" + filepath.Base(r), "report", ""})
		read = append(read, r)
	}
	var digests []digest
	var reportLines []string
	for _, l := range got {
		d := digestOf(t, dir, l)
		digests = append(digests, d)
		if d.Outcome == "report" {
			reportLines = append(reportLines, l)
		}
	}
	assert.Equal(t, want, digests)
	require.Len(t, reportLines, len(read))

	for i, r := range read { // reports are the library's, byte for byte
		data, err := os.ReadFile(r)
		require.NoError(t, err)
		if libraryRecord(t, r, data, false) != reportLines[i]+"\n" { // a diff of two whole reports would drown the message
			t.Errorf("the report of %s is not the library's", r)
		}
	}

	m := summaryLine.FindStringSubmatch(inv.stderr)
	require.NotNil(t, m, "no summary in %q", inv.stderr)
	skipped := len(digests) - len(read) - 2
	assert.Equal(t, []string{strconv.Itoa(len(read)), strconv.Itoa(recognised), strconv.Itoa(unknown), "2", strconv.Itoa(skipped), "0"}, m[1:])
	assert.Contains(t, inv.stderr, filepath.Join(dir, "bad", "corrupt.docx")+": ", "failures are printed")
	assert.Contains(t, inv.stderr, filepath.Join(dir, "bad", "scan.png")+": skipped (png)", "skips are printed")
}

// TestJobsByteIdentical checks that the number of workers does not change
// a byte of the output, in either format.
func TestJobsByteIdentical(t *testing.T) {
	dir, _ := archive(t)
	for _, format := range []string{"jsonl", "json"} {
		t.Run(format, func(t *testing.T) {
			var outs []string
			for _, j := range []string{"1", "4"} {
				inv := runWith(t, "", nil, "extract", "--format", format, "-j", j, "--errors", filepath.Join(t.TempDir(), "e.jsonl"), dir)
				require.Equal(t, exitFail, inv.code, inv.stderr)
				outs = append(outs, inv.stdout)
			}
			require.NotEmpty(t, outs[0])
			assert.Equal(t, outs[0], outs[1], "-j 1 and -j 4 differ")
		})
	}
}

// TestErrorsFile checks that --errors takes the error and skip records out
// of the report stream.
func TestErrorsFile(t *testing.T) {
	dir, reports := archive(t)
	tmp := t.TempDir()
	out, errs := filepath.Join(tmp, "out.jsonl"), filepath.Join(tmp, "errors.jsonl")
	inv := runWith(t, "", nil, "extract", "-q", "-o", out, "--errors", errs, dir)
	require.Equal(t, exitFail, inv.code, inv.stderr)
	assert.Len(t, lines(t, readFile(t, out)), len(reports))
	var got []digest
	for _, l := range lines(t, readFile(t, errs)) {
		got = append(got, digestOf(t, dir, l))
	}
	assert.Equal(t, []digest{
		{"bad/corrupt.docx", "error", "corrupt"},
		{"bad/empty.txt", "skipped", "empty"},
		{"bad/old.doc", "error", "corrupt"}, // a truncated compound file: the .doc reader fails it
		{"bad/scan.png", "skipped", "png"},
	}, got)
	assert.NotContains(t, inv.stderr, "skipped (", "--quiet prints no skip lines")
	assert.Contains(t, inv.stderr, "corrupt.docx: ", "--quiet still prints failures")
}

// TestOnlySkipsExitZero checks that skipped files alone do not fail a run.
func TestOnlySkipsExitZero(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.rtf"), []byte("{\\rtf1\\ansi report}"))
	writeFile(t, filepath.Join(dir, "b.xlsx"), zipOf(t, "[Content_Types].xml", "xl/workbook.xml"))
	inv := runWith(t, "", nil, "extract", "--format", "jsonl", dir)
	assert.Equal(t, exitOK, inv.code, inv.stderr)
	var got []digest
	for _, l := range lines(t, inv.stdout) {
		got = append(got, digestOf(t, dir, l))
	}
	assert.Equal(t, []digest{{"a.rtf", "skipped", "rtf"}, {"b.xlsx", "skipped", "xlsx"}}, got)
}

// TestNamedUnreadableFails checks that a file named on the command line
// that jixiao does not read fails (exit 1) instead of being skipped: the user
// asked for it. The same file found in a directory is skipped.
func TestNamedUnreadableFails(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "scan.png") // .doc files are read now: an image is what jixiao does not read
	writeFile(t, doc, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	nodoc := filepath.Join(dir, "sheet.docx")
	writeFile(t, nodoc, zipOf(t, "[Content_Types].xml", "hello.txt"))
	for _, f := range []string{doc, nodoc} {
		inv := runWith(t, "", nil, "extract", f)
		assert.Equal(t, exitFail, inv.code, f)
		assert.Contains(t, inv.stderr, f+": ")
	}
	inv := runWith(t, "", nil, "extract", "--format", "jsonl", dir)
	assert.Equal(t, exitOK, inv.code, inv.stderr)
	var got []digest
	for _, l := range lines(t, inv.stdout) {
		got = append(got, digestOf(t, dir, l))
	}
	assert.Equal(t, []digest{{"scan.png", "skipped", "png"}, {"sheet.docx", "skipped", "zip"}}, got)
}

// TestSingleFileIndented checks the single-file form: indented JSON on
// standard output, as the golden files have it.
func TestSingleFileIndented(t *testing.T) {
	seed := filepath.Join("..", "..", "corpus", "000_0a15cb66ce3c31e1.txt")
	inv := runWith(t, "", nil, "extract", seed)
	require.Equal(t, exitOK, inv.code, inv.stderr)
	data, err := os.ReadFile(seed)
	require.NoError(t, err)
	assert.True(t, libraryRecord(t, seed, data, true) == inv.stdout, "the output is the library's report")
	assert.Regexp(t, summaryLine, inv.stderr)
}

// TestStdin reads a report from standard input.
func TestStdin(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "corpus", "000_0a15cb66ce3c31e1.txt"))
	require.NoError(t, err)
	inv := runWith(t, string(data), nil, "extract", "--format", "jsonl", "-")
	require.Equal(t, exitOK, inv.code, inv.stderr)
	assert.True(t, libraryRecord(t, "-", data, false) == inv.stdout, "the output is the library's report")
}

// TestFilesFrom reads the inputs from a list, from a file and from
// standard input, in the list's order, directories expanded.
func TestFilesFrom(t *testing.T) {
	dir, reports := archive(t)
	list := reports[len(reports)-1] + "\r\n\n" + filepath.Join(dir, "bad") + "\n" + reports[0] + "\n"
	listFile := filepath.Join(t.TempDir(), "list.txt")
	writeFile(t, listFile, []byte(list))
	want := []digest{
		{"reports/" + filepath.Base(reports[len(reports)-1]), "report", ""},
		{"bad/corrupt.docx", "error", "corrupt"},
		{"bad/empty.txt", "skipped", "empty"},
		{"bad/old.doc", "error", "corrupt"}, // a truncated compound file: the .doc reader fails it
		{"bad/scan.png", "skipped", "png"},
		{"reports/" + filepath.Base(reports[0]), "report", ""},
	}
	for name, args := range map[string][]string{
		"file":  {"extract", "--format", "jsonl", "--files-from", listFile},
		"stdin": {"extract", "--format", "jsonl", "--files-from", "-"},
	} {
		t.Run(name, func(t *testing.T) {
			inv := runWith(t, list, nil, args...)
			require.Equal(t, exitFail, inv.code, inv.stderr)
			var got []digest
			for _, l := range lines(t, inv.stdout) {
				got = append(got, digestOf(t, dir, l))
			}
			assert.Equal(t, want, got)
		})
	}
}

// TestLimits checks --max-size and --timeout: the file becomes an error
// record and the run goes on to the next.
func TestLimits(t *testing.T) {
	dir, reports := archive(t)
	for _, tc := range []struct {
		name, flag, value, code string
	}{
		{"max-size", "--max-size", "100", "limit"},
		{"timeout", "--timeout", "1ns", "timeout"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			inv := runWith(t, "", nil, "extract", "--format", "jsonl", tc.flag, tc.value, filepath.Join(dir, "reports"))
			require.Equal(t, exitFail, inv.code, inv.stderr)
			got := lines(t, inv.stdout)
			require.Len(t, got, len(reports))
			for _, l := range got {
				d := digestOf(t, dir, l)
				assert.Equal(t, [2]string{"error", tc.code}, [2]string{d.Outcome, d.Detail}, d.Path)
			}
		})
	}
}
