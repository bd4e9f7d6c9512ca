package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// snapshot is every regular file under dir with its content.
func snapshot(t testing.TB, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	require.NoError(t, filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		files[path] = readFile(t, path)
		return nil
	}))
	return files
}

// TestOutputsNeverTouchInputs names, in every way the issue found and a
// few more, an output that is an input or a file jixiao did not write:
// each run exits 2 before writing anything, and every file is as it was.
func TestOutputsNeverTouchInputs(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic and hard links")
	}
	seed := readFile(t, seedPath)
	for _, tc := range []struct {
		name string
		args func(dir string) []string
		msg  string
	}{
		{"-o names a report in the walked folder", func(d string) []string {
			return []string{"extract", "-o", filepath.Join(d, "arch", "a_report.txt"), filepath.Join(d, "arch")}
		}, "is not a jixiao JSON output; refusing to write over it"},
		{"-o names a named input through a symbolic link", func(d string) []string {
			return []string{"extract", "-o", filepath.Join(d, "link.jsonl"), filepath.Join(d, "arch", "a_report.txt")}
		}, "both an input and an output"},
		{"-o names a named input through a hard link", func(d string) []string {
			return []string{"extract", "-o", filepath.Join(d, "hard.jsonl"), filepath.Join(d, "arch", "a_report.txt")}
		}, "both an input and an output"},
		{"-o names a document that is no input", func(d string) []string {
			return []string{"extract", "-o", filepath.Join(d, "notes.txt"), filepath.Join(d, "arch")}
		}, "is not a jixiao JSON output"},
		{"--errors names an input spelled otherwise", func(d string) []string {
			return []string{"extract", "--errors", filepath.Join(d, "arch", ".", "b.txt"), "-o", filepath.Join(d, "out.jsonl"), filepath.Join(d, "arch")}
		}, "is not a jixiao JSONL output"},
		{"--errors names a named input", func(d string) []string {
			return []string{"extract", "--errors", filepath.Join(d, "arch", "b.txt"), filepath.Join(d, "arch", "b.txt")}
		}, "both an input and an output"},
		{"--cpuprofile names an input", func(d string) []string {
			return []string{"extract", "--cpuprofile", filepath.Join(d, "arch", "b.txt"), "-o", filepath.Join(d, "out.jsonl"), filepath.Join(d, "arch")}
		}, "is not a profile"},
		{"--memprofile names a named input", func(d string) []string {
			return []string{"extract", "--memprofile", filepath.Join(d, "arch", "b.txt"), filepath.Join(d, "arch", "b.txt")}
		}, "both an input and an output"},
		{"--sqlite names an input", func(d string) []string {
			return []string{"extract", "--sqlite", filepath.Join(d, "arch", "b.txt"), filepath.Join(d, "arch")}
		}, "is not a jixiao SQLite database"},
		{"--files-from is -o", func(d string) []string {
			return []string{"extract", "-o", filepath.Join(d, "list.txt"), "--files-from", filepath.Join(d, "list.txt")}
		}, "--files-from"},
		{"-o and --errors are one file spelled twice", func(d string) []string {
			return []string{"extract", "-o", filepath.Join(d, "out.jsonl"), "--errors", filepath.Join(d, ".", "out.jsonl"), filepath.Join(d, "arch")}
		}, "name the same file"},
		{"a CSV table file that is not jixiao's", func(d string) []string {
			return []string{"extract", "--format", "csv", "-o", filepath.Join(d, "csv"), filepath.Join(d, "arch")}
		}, "is not a jixiao CSV file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "arch", "a_report.txt"), []byte(seed))
			writeFile(t, filepath.Join(dir, "arch", "b.txt"), []byte(seed+"\n附注\n"))
			writeFile(t, filepath.Join(dir, "notes.txt"), []byte("my notes\n"))
			writeFile(t, filepath.Join(dir, "list.txt"), []byte(filepath.Join(dir, "arch", "b.txt")+"\n"))
			writeFile(t, filepath.Join(dir, "csv", "reports.csv"), []byte("name,total\r\nmine,1\r\n"))
			require.NoError(t, os.Symlink(filepath.Join(dir, "arch", "a_report.txt"), filepath.Join(dir, "link.jsonl")))
			require.NoError(t, os.Link(filepath.Join(dir, "arch", "a_report.txt"), filepath.Join(dir, "hard.jsonl")))
			before := snapshot(t, dir)
			inv := runWith(t, "", nil, tc.args(dir)...)
			assert.Equal(t, exitUsage, inv.code, inv.stderr)
			assert.Contains(t, inv.stderr, tc.msg)
			assert.Empty(t, inv.stdout)
			assert.Equal(t, before, snapshot(t, dir), "no file changed, none was created")
		})
	}
}

// TestOutputsOfJixiaoRewritten checks the other side: an empty file, or
// one jixiao wrote, is written; the JSON output is put in place whole, with
// no temporary file left beside it.
func TestOutputsOfJixiaoRewritten(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in", "seed.txt")
	writeFile(t, in, []byte(readFile(t, seedPath)))
	for _, out := range []string{"out.jsonl", "out.json"} {
		path := filepath.Join(dir, out)
		writeFile(t, path, nil) // empty: written
		first := runWith(t, "", nil, "extract", "-o", path, in)
		require.Equal(t, exitOK, first.code, first.stderr)
		again := runWith(t, "", nil, "extract", "-o", path, in) // jixiao's: written again
		require.Equal(t, exitOK, again.code, again.stderr)
		assert.Equal(t, readFile(t, path), libraryRecord(t, in, []byte(readFile(t, in)), out == "out.json"))
	}
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	assert.Equal(t, []string{"in", "out.json", "out.jsonl"}, names, "no temporary file is left")
}

// TestEscapedNames checks that a file name with terminal escapes is printed
// with them escaped, in failures, skips and check's lines.
func TestEscapedNames(t *testing.T) {
	dir := t.TempDir()
	evil := filepath.Join(dir, "a\x1b[2Jb\u202e.docx")
	writeFile(t, evil, []byte("text, not a DOCX")) // a failure
	writeFile(t, filepath.Join(dir, "c\x07.rtf"), []byte("{\\rtf1\\ansi report}"))
	inv := runWith(t, "", nil, "extract", "--format", "jsonl", dir)
	assert.Equal(t, exitFail, inv.code)
	assert.Contains(t, inv.stderr, `a\x1b[2Jb\u202e.docx: `)
	assert.Contains(t, inv.stderr, `c\a.rtf: skipped (rtf)`)
	assert.NotRegexp(t, regexp.MustCompile("[\x00-\x08\x0b-\x1f\x7f\u202e]"), inv.stderr)
	assert.Contains(t, inv.stdout, `a\u001b[2Jb`+"\u202e"+`.docx`, "JSON keeps the name, escaped as JSON")

	chk := runWith(t, "", nil, "check", evil)
	assert.Contains(t, chk.stderr, `a\x1b[2Jb\u202e.docx`)
	assert.NotContains(t, chk.stderr, "\x1b")
}

// TestFullDisk writes to /dev/full, which refuses every byte: the run
// fails, says why, and the summary counts the records written — none.
func TestFullDisk(t *testing.T) {
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full on this system")
	}
	dir, reports := archive(t)
	inv := runWith(t, "", nil, "extract", "-q", "--format", "jsonl", "-o", "/dev/full", filepath.Join(dir, "reports"))
	assert.Equal(t, exitFail, inv.code)
	assert.Contains(t, inv.stderr, "no space left on device")
	assert.Regexp(t, `; /dev/full: 0 of \d+ records written\n$`, inv.stderr)
	assert.Greater(t, len(reports), 1)
}

// TestFlagRanges checks that every numeric flag out of its range is a
// usage error naming the range, for every command that has it.
func TestFlagRanges(t *testing.T) {
	in := seedPath
	for _, tc := range []struct {
		args []string
		msg  string
	}{
		{[]string{"extract", "-j", "4611686018427387904", in}, "want 1 to 1024 workers"},
		{[]string{"extract", "-j", "0", in}, "-j 0: want 1 to 1024"},
		{[]string{"extract", "-j", "-3", in}, "-j -3"},
		{[]string{"extract", "--max-size", "9223372036854775807", in}, "want 1 to 1073741824 bytes"},
		{[]string{"extract", "--max-size", "0", in}, "--max-size 0"},
		{[]string{"extract", "--timeout", "-1s", in}, "--timeout -1s"},
		{[]string{"extract", "--timeout", "25h", in}, "want 0 (no limit) to 24h0m0s"},
		{[]string{"extract", "--timeout", "9999999999h", in}, "invalid value"},
		{[]string{"extract", "-j", "99999999999999999999", in}, "invalid value"},
		{[]string{"check", "-j", "4611686018427387904", in}, "want 1 to 1024 workers"},
		{[]string{"check", "--max-size", "-1", in}, "--max-size -1"},
		{[]string{"check", "--timeout", "48h", in}, "--timeout 48h0m0s"},
		{[]string{"text", "--max-size", "9223372036854775807", in}, "--max-size 9223372036854775807"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			inv := runWith(t, "", nil, tc.args...)
			assert.Equal(t, exitUsage, inv.code, inv.stderr)
			assert.Contains(t, inv.stderr, tc.msg)
			assert.Empty(t, inv.stdout)
		})
	}
}

// TestMemoryLimit checks the soft memory limit set from the inputs.
func TestMemoryLimit(t *testing.T) {
	for _, tc := range []struct {
		name   string
		inputs []input
		jobs   int
		want   int64
	}{
		{"no input", nil, 4, memFloor},
		{"small files", []input{{size: 10 << 10}, {size: 20 << 10}}, 2, memFloor + 2*memPerInputByte*(20<<10)},
		{"one large file, many workers", []input{{size: 64 << 20}}, 8, memFloor + memPerInputByte*(64<<20)},
		{"standard input", []input{{path: "-"}}, 1, memFloor},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, memoryLimit(tc.inputs, tc.jobs))
		})
	}
}

// TestInterruptedJSONKeepsOld interrupts a run writing indented JSON over
// an earlier run's file: the file keeps the earlier content whole (JSON
// cannot be resumed, so a part of it would pass for the whole), and no
// temporary file is left.
func TestInterruptedJSONKeepsOld(t *testing.T) {
	dir, _ := archive(t)
	outDir := t.TempDir()
	out := filepath.Join(outDir, "out.json")
	first := runWith(t, "", nil, "extract", "-o", out, seedPath)
	require.Equal(t, exitOK, first.code, first.stderr)
	old := readFile(t, out)
	sig := make(chan os.Signal, 1)
	sig <- syscall.SIGINT
	inv := runWith(t, "", sig, "extract", "-j", "1", "-o", out, dir)
	assert.Equal(t, exitInterrupted, inv.code, inv.stderr)
	assert.True(t, old == readFile(t, out), "the earlier JSON is kept whole")
	assert.Contains(t, inv.stderr, "out.json not written: the run did not end, the files keep what they held")
	entries, err := os.ReadDir(outDir)
	require.NoError(t, err)
	assert.Len(t, entries, 1, "no temporary file is left")
}
