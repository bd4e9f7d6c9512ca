package main

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync/atomic"
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
	assert.Equal(t, "files checked: 1; checks: 0 failed, 0 warned, 0 passed; reports not recognised: 0; unreadable: 1; skipped: 0\n", inv.stdout)
}
