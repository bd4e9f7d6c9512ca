package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestUsageErrors checks that a wrong command line exits 2 with a message
// and writes nothing.
func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.txt")
	writeFile(t, in, []byte("一、 概况\n"))
	out := filepath.Join(dir, "out.jsonl")
	for _, tc := range []struct {
		name string
		args []string
		msg  string
	}{
		{"no command", nil, "Usage:"},
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"no input", []string{"extract"}, "no input"},
		{"unknown flag", []string{"extract", "--frob", in}, "flag provided but not defined"},
		{"unknown format", []string{"extract", "--format", "xml", in}, `unknown --format "xml"`},
		{"zero workers", []string{"extract", "-j", "0", in}, "-j 0"},
		{"negative timeout", []string{"extract", "--timeout", "-1s", in}, "--timeout"},
		{"zero max size", []string{"extract", "--max-size", "0", in}, "--max-size 0"},
		{"stdin twice", []string{"extract", "-", "-"}, "standard input (-) can be read only once"},
		{"stdin and files-from stdin", []string{"extract", "--files-from", "-", "-"}, "only once"},
		{"resume without -o", []string{"extract", "--resume", in}, "--resume needs -o FILE"},
		{"resume into JSON", []string{"extract", "--resume", "-o", filepath.Join(dir, "out.json"), in}, "--resume needs JSONL"},
		{"errors is -o", []string{"extract", "-o", out, "--errors", out, in}, "name the same file"},
		{"-o is the input", []string{"extract", "-o", in, in}, "both an input and an output"},
		{"--errors is the input", []string{"extract", "--errors", in, in}, "both an input and an output"},
		{"missing list", []string{"extract", "--files-from", filepath.Join(dir, "none")}, "--files-from"},
		{"text without path", []string{"text"}, "Usage: jixiao text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			inv := runWith(t, "", nil, tc.args...)
			assert.Equal(t, exitUsage, inv.code)
			assert.Contains(t, inv.stderr, tc.msg)
			assert.Empty(t, inv.stdout)
			assert.Equal(t, "一、 概况\n", readFile(t, in), "the input is untouched")
			_, err := os.Stat(out)
			assert.True(t, os.IsNotExist(err), "no output is created")
		})
	}
}

// TestOutputInWalkedFolder checks that an output file found while walking
// an input folder (an earlier run's) is not read as an input, so that
// `jixiao extract -o dir/out.jsonl --resume dir` works.
func TestOutputInWalkedFolder(t *testing.T) {
	dir, reports := archive(t)
	out := filepath.Join(dir, "reports", "out.jsonl")
	first := runWith(t, "", nil, "extract", "-o", out, filepath.Join(dir, "reports"))
	require.Equal(t, exitOK, first.code, first.stderr)
	assert.Len(t, lines(t, readFile(t, out)), len(reports))
	again := runWith(t, "", nil, "extract", "--resume", "-o", out, filepath.Join(dir, "reports"))
	require.Equal(t, exitOK, again.code, again.stderr)
	assert.Len(t, lines(t, readFile(t, out)), len(reports))
}

// TestHelp prints the usage on standard output.
func TestHelp(t *testing.T) {
	inv := runWith(t, "", nil, "help")
	assert.Equal(t, exitOK, inv.code)
	assert.Contains(t, inv.stdout, "jixiao extract")
}
