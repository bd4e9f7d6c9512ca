package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/schema"
)

// TestTimeoutDoesNotSpill puts two heavy files (their extraction ignores
// its context and runs long past --timeout, as the stages do until they
// take one) ahead of ordinary files with -j 1: the heavy ones time out,
// every ordinary one succeeds, and never do more extractions run at once
// than -j, so abandoned ones cannot starve the rest.
func TestTimeoutDoesNotSpill(t *testing.T) {
	const timeout, heavy = 300 * time.Millisecond, 800 * time.Millisecond
	dir := t.TempDir()
	var inputs []input
	for i, name := range []string{"heavy1.txt", "heavy2.txt", "a.txt", "b.txt", "c.txt", "d.txt", "e.txt"} {
		p := filepath.Join(dir, name)
		writeFile(t, p, []byte(fmt.Sprint(i)))
		inputs = append(inputs, input{path: p, named: true})
	}
	for _, jobs := range []int{1, 2} {
		t.Run(fmt.Sprint("-j ", jobs), func(t *testing.T) {
			var running, peak atomic.Int64
			w := newWorker(&env{}, jobs)
			w.maxSize, w.timeout = 1<<20, timeout
			w.stages = func(ctx context.Context, path string, data []byte) (*schema.Report, error) {
				n := running.Add(1)
				defer running.Add(-1)
				for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
				}
				if strings.Contains(path, "heavy") {
					time.Sleep(heavy) // ignores ctx, like today's stages
				} else {
					time.Sleep(5 * time.Millisecond)
				}
				return &schema.Report{Source: schema.Source{Path: path}}, nil
			}
			var got []string
			emit := func(r *result) error {
				code := "report"
				if r.outcome == outFailed {
					code = "error " + r.diag[strings.LastIndex(r.diag, ":")+2:]
				}
				got = append(got, code)
				return nil
			}
			_, err := pipeline(inputs, jobs, w.process, emit, func() {}, nil, nil)
			require.NoError(t, err)
			timedOut := "error gave up after --timeout 300ms"
			assert.Equal(t, []string{timedOut, timedOut, "report", "report", "report", "report", "report"}, got)
			assert.LessOrEqual(t, peak.Load(), int64(jobs), "extractions running at once")
		})
	}
}

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

// TestCheckJobsAndTimeout checks that check prints the same for any -j, in
// input order, and that --timeout fails a file.
func TestCheckJobsAndTimeout(t *testing.T) {
	dir, _ := archive(t)
	var outs []string
	for _, j := range []string{"1", "4"} {
		inv := runWith(t, "", nil, "check", "-j", j, filepath.Join(dir, "reports"))
		require.Equal(t, exitFail, inv.code, inv.stderr) // planted errors
		outs = append(outs, inv.stdout)
	}
	assert.Equal(t, outs[0], outs[1])
	assert.True(t, bytes.Contains([]byte(outs[0]), []byte("000_0a15cb66ce3c31e1.txt: 0 failed, 0 warned, 34 passed")))

	inv := runWith(t, "", nil, "check", "--timeout", "1ns", seedPath)
	assert.Equal(t, exitFail, inv.code)
	assert.Contains(t, inv.stderr, "gave up after --timeout 1ns")
	assert.Empty(t, inv.stdout)
}
