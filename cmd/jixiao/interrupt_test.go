package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestInterrupt sends Ctrl-C (once, then twice) at the start of a run: the
// run stops taking files, exits 130, says so, and leaves valid JSONL that
// is a prefix of the uninterrupted output, so --resume can finish it.
func TestInterrupt(t *testing.T) {
	dir, _ := archive(t)
	full := runWith(t, "", nil, "extract", "--format", "jsonl", "-j", "2", dir)
	for _, signals := range []int{1, 2} {
		t.Run(fmt.Sprint(signals, " signals"), func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out.jsonl")
			sig := make(chan os.Signal, 2)
			for range signals {
				sig <- syscall.SIGINT
			}
			inv := runWith(t, "", sig, "extract", "-j", "2", "-o", out, dir)
			assert.Equal(t, exitInterrupted, inv.code, inv.stderr)
			got := readFile(t, out)
			lines(t, got)
			assert.True(t, strings.HasPrefix(full.stdout, got), "the output is a prefix of the whole run's")
			assert.Contains(t, inv.stderr, "interrupted: read ")
			assert.Contains(t, inv.stderr, "run again with --resume")

			resumed := runWith(t, "", nil, "extract", "--resume", "-j", "2", "-o", out, dir)
			assert.Contains(t, []int{exitOK, exitFail}, resumed.code, resumed.stderr)
			assert.Equal(t, full.stdout, readFile(t, out), "--resume finishes the run")
		})
	}
}

// TestPipelineOrder runs workers that finish in random order and checks
// that results come out in input order, with at most about two inputs per
// worker in flight.
func TestPipelineOrder(t *testing.T) {
	const n, jobs = 200, 4
	inputs := make([]input, n)
	for i := range inputs {
		inputs[i] = input{path: fmt.Sprint(i)}
	}
	var started, emitted, peak atomic.Int64
	process := func(in input) *result {
		inFlight := started.Add(1) - emitted.Load()
		for {
			p := peak.Load()
			if inFlight <= p || peak.CompareAndSwap(p, inFlight) {
				break
			}
		}
		time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
		return &result{record: []byte(in.path)}
	}
	var got []string
	emit := func(r *result) error {
		got = append(got, string(r.record))
		emitted.Add(1)
		return nil
	}
	count, err := pipeline(inputs, jobs, process, emit, func() {}, nil, nil)
	require.NoError(t, err)
	assert.Equal(t, n, count)
	want := make([]string, n)
	for i := range want {
		want[i] = fmt.Sprint(i)
	}
	assert.Equal(t, want, got)
	assert.LessOrEqual(t, peak.Load(), int64(2*jobs+2), "inputs in flight")
}

// TestPipelineStop closes stop while two inputs are being worked on: they
// (and at most the one already queued) are finished and emitted, in order,
// and nothing after them is started.
func TestPipelineStop(t *testing.T) {
	inputs := []input{{path: "0"}, {path: "1"}, {path: "2"}, {path: "3"}, {path: "4"}, {path: "5"}, {path: "6"}, {path: "7"}}
	stop := make(chan struct{})
	release := make(chan struct{})
	var startedWG sync.WaitGroup
	startedWG.Add(2)
	var once [8]sync.Once
	process := func(in input) *result {
		i := int(in.path[0] - '0')
		once[i].Do(func() {
			if i < 2 {
				startedWG.Done()
			}
		})
		<-release
		return &result{record: []byte(in.path)}
	}
	var got []string
	done := make(chan int)
	go func() {
		n, _ := pipeline(inputs, 2, process, func(r *result) error { got = append(got, string(r.record)); return nil }, func() {}, stop, nil)
		done <- n
	}()
	startedWG.Wait()
	close(stop)
	close(release)
	n := <-done
	assert.Contains(t, []int{2, 3}, n)
	assert.Equal(t, []string{"0", "1", "2"}[:n], got)
}

// TestPipelineDrop closes drop while an input hangs: pipeline returns at
// once without it.
func TestPipelineDrop(t *testing.T) {
	stop, drop := make(chan struct{}), make(chan struct{})
	hang := make(chan struct{})
	defer close(hang)
	started := make(chan struct{}, 1)
	process := func(in input) *result {
		started <- struct{}{}
		<-hang
		return &result{}
	}
	done := make(chan int)
	go func() {
		n, _ := pipeline([]input{{path: "a"}, {path: "b"}}, 1, process, func(*result) error { return nil }, func() {}, stop, drop)
		done <- n
	}()
	<-started
	close(stop)
	close(drop)
	select {
	case n := <-done:
		assert.Equal(t, 0, n)
	case <-time.After(5 * time.Second):
		t.Fatal("pipeline waited for a dropped input")
	}
}

// TestPipelineEmitError stops at the first write error.
func TestPipelineEmitError(t *testing.T) {
	inputs := []input{{path: "a"}, {path: "b"}, {path: "c"}}
	process := func(in input) *result { return &result{} }
	n, err := pipeline(inputs, 2, process, func(*result) error { return os.ErrClosed }, func() {}, nil, nil)
	assert.ErrorIs(t, err, os.ErrClosed)
	assert.Equal(t, 0, n)
}
