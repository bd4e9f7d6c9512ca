//go:build unix

package main

import (
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSpecialFiles checks FIFOs: found in a folder one is skipped with its
// reason; named, it fails unless --allow-special; allowed, it is read when
// a program writes to it, and times out when none does — it never blocks
// the run.
func TestSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), []byte(readFile(t, seedPath)))
	fifo := filepath.Join(dir, "p.fifo")
	require.NoError(t, syscall.Mkfifo(fifo, 0o644))

	walked := runWith(t, "", nil, "extract", "--format", "jsonl", dir)
	assert.Equal(t, exitOK, walked.code, walked.stderr)
	var got []digest
	for _, l := range lines(t, walked.stdout) {
		got = append(got, digestOf(t, dir, l))
	}
	assert.Equal(t, []digest{{"a.txt", "report", ""}, {"p.fifo", "skipped", "fifo"}}, got)
	assert.Contains(t, walked.stderr, "p.fifo: skipped (fifo): a named pipe (FIFO): not read when found in a directory")

	named := runWith(t, "", nil, "extract", "--format", "jsonl", fifo)
	assert.Equal(t, exitFail, named.code)
	assert.Contains(t, named.stderr, "name it with --allow-special to read it")
	assert.Contains(t, named.stdout, `"code":"special"`)

	start := time.Now()
	silent := runWith(t, "", nil, "extract", "--format", "jsonl", "--allow-special", "--timeout", "200ms", fifo)
	assert.Equal(t, exitFail, silent.code)
	assert.Contains(t, silent.stderr, "no program wrote to it within --timeout")
	assert.Less(t, time.Since(start), 10*time.Second, "a FIFO nobody writes to does not block the run")

	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err == nil {
			f.WriteString(readFile(t, seedPath))
			f.Close()
		}
	}()
	fed := runWith(t, "", nil, "extract", "--format", "jsonl", "--allow-special", "--timeout", "30s", fifo)
	assert.Equal(t, exitOK, fed.code, fed.stderr)
	assert.Equal(t, "report", digestOf(t, dir, lines(t, fed.stdout)[0]).Outcome)

	chk := runWith(t, "", nil, "check", dir)
	assert.Equal(t, exitOK, chk.code, chk.stderr)
	assert.Contains(t, chk.stderr, "p.fifo: skipped (fifo)")
}

// TestProgressPlain prints a progress line now and then, with the time of
// day, for logs; none prints none.
func TestProgressPlain(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "slow.fifo")
	require.NoError(t, syscall.Mkfifo(fifo, 0o644))
	var stderr safeBuffer
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: &stderr, plainEvery: 20 * time.Millisecond,
		signals: func() (<-chan os.Signal, func()) { return nil, func() {} }}
	done := make(chan int)
	go func() { done <- e.run([]string{"extract", "--progress", "plain", "--allow-special", seedPath, fifo}) }()
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(stderr.String(), "1/2 files") && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	require.NoError(t, os.WriteFile(fifo, []byte(readFile(t, seedPath)), 0o644))
	require.Equal(t, exitOK, <-done, stderr.String())
	assert.Regexp(t, regexp.MustCompile(`(?m)^\d\d:\d\d:\d\d 1/2 files  50%`), stderr.String())
	assert.NotContains(t, stderr.String(), "\r")

	inv := runWith(t, "", nil, "extract", "--progress", "dots", seedPath)
	assert.Equal(t, exitUsage, inv.code)
	assert.Contains(t, inv.stderr, `--progress "dots"`)
}
