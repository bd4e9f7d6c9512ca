package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHelpEveryCommand asks every command for help, in every spelling:
// the usage goes to standard output and the exit status is 0.
func TestHelpEveryCommand(t *testing.T) {
	for _, args := range [][]string{
		{"help"}, {"-h"}, {"--help"},
		{"help", "extract"}, {"extract", "-h"}, {"extract", "--help"}, {"extract", "a.txt", "-help"},
		{"check", "-h"}, {"text", "--help"}, {"schema", "-h"}, {"review", "-h"}, {"version", "-h"},
		{"help", "check"},
	} {
		inv := runWith(t, "", nil, args...)
		assert.Equal(t, exitOK, inv.code, "%q: %s", args, inv.stderr)
		assert.Contains(t, inv.stdout, "Usage", "%q", args)
		assert.Empty(t, inv.stderr, "%q", args)
	}
	inv := runWith(t, "", nil, "help", "frobnicate")
	assert.Equal(t, exitUsage, inv.code)
	inv = runWith(t, "", nil, "extract", "--frob")
	assert.Equal(t, exitUsage, inv.code)
	assert.Contains(t, inv.stderr, "flag provided but not defined: -frob")
	assert.Contains(t, inv.stderr, "Usage: jixiao extract", "an error shows the usage on standard error")
}

// TestVersion prints the version the binary was built as.
func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"version"}, {"-version"}} {
		inv := runWith(t, "", nil, args...)
		assert.Equal(t, exitOK, inv.code)
		assert.Regexp(t, `^jixiao \S+ \(go1\.\d+\S* \w+/\w+(, commit [0-9a-f]+( modified)?)?\)\n$`, inv.stdout)
	}
}

// TestDoubleDash reads files whose names start with "-" after "--".
func TestDoubleDash(t *testing.T) {
	dir := t.TempDir()
	seed := readFile(t, seedPath)
	writeFile(t, filepath.Join(dir, "-a.txt"), []byte(seed))
	writeFile(t, filepath.Join(dir, "-b.txt"), []byte(seed))
	t.Chdir(dir)
	inv := runWith(t, "", nil, "extract", "--format", "jsonl", "--", "-a.txt", "-b.txt")
	require.Equal(t, exitOK, inv.code, inv.stderr)
	got := lines(t, inv.stdout)
	require.Len(t, got, 2)
	assert.Contains(t, got[0], `"path":"-a.txt"`)
	assert.Contains(t, got[1], `"path":"-b.txt"`)
	inv = runWith(t, "", nil, "extract", "-o", "--", "--", "-a.txt") // a flag's value may be "--"
	assert.Equal(t, exitOK, inv.code, inv.stderr)
	assert.FileExists(t, filepath.Join(dir, "--"))
}

// TestQuiet prints nothing but errors with -q.
func TestQuiet(t *testing.T) {
	dir, _ := archive(t)
	out := filepath.Join(t.TempDir(), "out.jsonl")
	inv := runWith(t, "", nil, "extract", "-q", "-o", out, filepath.Join(dir, "reports"))
	assert.Equal(t, exitOK, inv.code)
	assert.Empty(t, inv.stderr)
	inv = runWith(t, "", nil, "extract", "-q", "-o", out, dir)
	assert.Equal(t, exitFail, inv.code)
	assert.Contains(t, inv.stderr, "corrupt.docx: ")
	assert.NotContains(t, inv.stderr, "skipped")
	assert.NotContains(t, inv.stderr, "read ")
}

// TestOutputDirectoriesCreated writes into directories that do not exist.
func TestOutputDirectoriesCreated(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out", "2023", "a.jsonl")
	db := filepath.Join(dir, "db", "a.db")
	csvDir := filepath.Join(dir, "tables", "2023")
	inv := runWith(t, "", nil, "extract", "-o", out, "--sqlite", db, seedPath)
	require.Equal(t, exitOK, inv.code, inv.stderr)
	assert.Len(t, lines(t, readFile(t, out)), 1)
	assert.FileExists(t, db)
	inv = runWith(t, "", nil, "extract", "--format", "csv", "-o", csvDir, seedPath)
	require.Equal(t, exitOK, inv.code, inv.stderr)
	assert.FileExists(t, filepath.Join(csvDir, "reports.csv"))

	inv = runWith(t, "", nil, "extract", "-o", filepath.Join(dir, "none", "x.jsonl"), "--format", "xml", seedPath)
	assert.Equal(t, exitUsage, inv.code)
	bad := filepath.Join(dir, "bad", "b.jsonl")
	inv = runWith(t, "", nil, "extract", "-o", bad, "--errors", bad, seedPath)
	assert.Equal(t, exitUsage, inv.code)
	_, err := os.Stat(filepath.Join(dir, "bad"))
	assert.True(t, os.IsNotExist(err), "a refused run leaves no directory behind")
}

// TestExitZeroOnFileErrors makes a failed file a record and not a failed
// run, as Spark's RDD.pipe and Hadoop Streaming need; usage errors still
// exit 2.
func TestExitZeroOnFileErrors(t *testing.T) {
	dir, _ := archive(t)
	inv := runWith(t, "", nil, "extract", "--exit-zero-on-file-errors", "--format", "jsonl", dir)
	assert.Equal(t, exitOK, inv.code, inv.stderr)
	assert.Contains(t, inv.stdout, `"error":{"code":"corrupt"`)
	assert.Contains(t, inv.stderr, "failed 2,")
	list := filepath.Join(dir, "reports", "000_0a15cb66ce3c31e1.txt") + "\n" + filepath.Join(dir, "bad", "corrupt.docx") + "\n"
	inv = runWith(t, list, nil, "extract", "-q", "--exit-zero-on-file-errors", "--format", "jsonl", "--files-from", "-")
	assert.Equal(t, exitOK, inv.code)
	assert.Len(t, lines(t, inv.stdout), 2)
	inv = runWith(t, "", nil, "extract", "--exit-zero-on-file-errors", "-j", "0", dir)
	assert.Equal(t, exitUsage, inv.code)
}

// TestLang prints the command's messages in Chinese with --lang zh or a
// Chinese locale; LC_ALL wins over LANG; records do not change.
func TestLang(t *testing.T) {
	dir, _ := archive(t)
	run := func(vars map[string]string, args ...string) invocation {
		var out, errOut bytes.Buffer
		e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, getenv: func(k string) string { return vars[k] },
			signals: func() (<-chan os.Signal, func()) { return nil, func() {} }}
		return invocation{code: e.run(args), stdout: out.String(), stderr: errOut.String()}
	}
	en := run(nil, "extract", "--format", "jsonl", dir)
	zh := run(nil, "extract", "--lang", "zh", "--format", "jsonl", dir)
	assert.Equal(t, en.stdout, zh.stdout, "records do not depend on the language")
	assert.Regexp(t, `(?m)^读取 \d+ 份（已识别 \d+，未识别 \d+），失败 2，跳过 2，此前已完成 0，用时 `, zh.stderr)
	assert.Contains(t, zh.stderr, "scan.png：已跳过（png）：PNG 图片，jixiao 不读取图片\n")
	assert.Contains(t, zh.stderr, "empty.txt：已跳过（empty）：空文件（0 字节）")

	byEnv := run(map[string]string{"LANG": "zh_CN.UTF-8"}, "extract", "--format", "jsonl", dir)
	assert.Contains(t, byEnv.stderr, "读取 ")
	cLocale := run(map[string]string{"LANG": "zh_CN.UTF-8", "LC_ALL": "C"}, "extract", "--format", "jsonl", dir)
	assert.Contains(t, cLocale.stderr, "read ")
	help := run(map[string]string{"LC_MESSAGES": "zh_TW.UTF-8"}, "help")
	assert.Contains(t, help.stdout, "用法：")

	bad := run(nil, "extract", "--lang", "fr", dir)
	assert.Equal(t, exitUsage, bad.code)
	assert.Contains(t, bad.stderr, `--lang "fr": want zh or en`)
}

// TestGzipOutput writes -o FILE.jsonl.gz: the same records as .jsonl,
// compressed; a second run replaces it; --resume is refused; a .gz file
// that is not jixiao's is not written over.
func TestGzipOutput(t *testing.T) {
	dir, _ := archive(t)
	tmp := t.TempDir()
	plain, gz := filepath.Join(tmp, "out.jsonl"), filepath.Join(tmp, "out.jsonl.gz")
	require.Equal(t, exitFail, runWith(t, "", nil, "extract", "-o", plain, dir).code)
	for range 2 {
		inv := runWith(t, "", nil, "extract", "-o", gz, dir)
		require.Equal(t, exitFail, inv.code, inv.stderr)
		assert.Equal(t, readFile(t, plain), gunzip(t, gz))
	}
	info, err := os.Stat(gz)
	require.NoError(t, err)
	assert.Less(t, info.Size()*5, int64(len(readFile(t, plain))), "compressed at least five times")

	inv := runWith(t, "", nil, "extract", "--resume", "-o", gz, dir)
	assert.Equal(t, exitUsage, inv.code)
	assert.Contains(t, inv.stderr, "--resume cannot continue a compressed output")
	inv = runWith(t, "", nil, "extract", "--format", "json", "-o", gz, dir)
	assert.Equal(t, exitUsage, inv.code)

	foreign := filepath.Join(tmp, "photos.jsonl.gz")
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("not jixiao's\n"))
	zw.Close()
	writeFile(t, foreign, buf.Bytes())
	inv = runWith(t, "", nil, "extract", "-o", foreign, dir)
	assert.Equal(t, exitUsage, inv.code)
	assert.Contains(t, inv.stderr, "is not a jixiao JSONL output compressed with gzip")
}

// gunzip returns the content of a gzip file.
func gunzip(t testing.TB, path string) string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	zr, err := gzip.NewReader(f)
	require.NoError(t, err)
	b, err := io.ReadAll(zr)
	require.NoError(t, err)
	return string(b)
}

// TestFields keeps only some top-level keys of each report; error and
// skip records stay whole; an unknown key is a usage error.
func TestFields(t *testing.T) {
	dir, _ := archive(t)
	inv := runWith(t, "", nil, "extract", "--format", "jsonl", "--fields", "facts,checks", dir)
	require.Equal(t, exitFail, inv.code, inv.stderr)
	for _, l := range lines(t, inv.stdout) {
		var rec map[string]json.RawMessage
		require.NoError(t, json.Unmarshal([]byte(l), &rec))
		var keys []string
		for k := range rec {
			keys = append(keys, k)
		}
		switch {
		case rec["error"] != nil || rec["skipped"] != nil:
			assert.Len(t, keys, 3)
		default:
			assert.ElementsMatch(t, []string{"producer", "schema_version", "source", "facts", "checks"}, keys)
		}
	}
	out := filepath.Join(t.TempDir(), "out.jsonl")
	require.Equal(t, exitFail, runWith(t, "", nil, "extract", "--fields", "checks", "-o", out, dir).code)
	again := runWith(t, "", nil, "extract", "--fields", "checks", "--resume", "-o", out, dir)
	assert.Equal(t, exitOK, again.code, again.stderr)
	assert.Contains(t, again.stderr, "read 0 ", "a record with --fields resumes")

	inv = runWith(t, "", nil, "extract", "--fields", "fact", dir)
	assert.Equal(t, exitUsage, inv.code)
	assert.Contains(t, inv.stderr, `--fields: "fact" is not a key of a report`)
}
