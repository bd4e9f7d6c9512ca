package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/jixiao-dev/jixiao/extract"
	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/write"
)

// outcome is what became of one input.
type outcome int

const (
	outRead    outcome = iota // a report was made
	outFailed                 // an error record was made
	outSkipped                // a skip record was made: not a format jixiao reads
	outResumed                // already in the output of an earlier run (--resume)
)

// result is one input's outcome, encoded and ready to write. Workers make
// results in any order; the sequencer writes them in input order.
type result struct {
	outcome outcome
	bytes   int64  // size of the input
	record  []byte // the report, or the error or skip record (one JSONL line)
	diag    string // for standard error: the error, or the skip's reason
	// buf holds record when it came from recordPool; release returns it.
	buf *bytes.Buffer
}

// worker turns inputs into results. It holds nothing that changes, so any
// number of goroutines may share one.
type worker struct {
	e       *env
	indent  bool            // reports as indented JSON
	maxSize int64           // --max-size
	timeout time.Duration   // --timeout
	done    map[string]bool // sha256s already in the output (--resume), read only
}

// process reads and extracts one input. It never panics and never blocks
// longer than reading the file plus the timeout.
func (w *worker) process(in input) *result {
	data, err := w.e.readInput(in.path, w.maxSize)
	if err != nil {
		return failure(in.path, nil, err)
	}
	if w.done != nil {
		sum := sha256.Sum256(data)
		if w.done[hex.EncodeToString(sum[:])] {
			return &result{outcome: outResumed, bytes: int64(len(data))}
		}
	}
	buf, err := w.extract(in.path, data)
	if err != nil {
		if format, ok := skipFormat(data, err); ok && !in.named {
			return skipped(in.path, data, format, err)
		}
		return failure(in.path, data, err)
	}
	return &result{outcome: outRead, bytes: int64(len(data)), record: buf.Bytes(), buf: buf}
}

// extract runs the pipeline and encodes the report, within the timeout.
// Extraction cannot be interrupted: past the timeout its goroutine is
// abandoned (it finishes in the background and its result is dropped) and
// the file gets a timeout error, so one pathological file cannot stall the
// run. The report comes in a buffer of recordPool.
func (w *worker) extract(path string, data []byte) (*bytes.Buffer, error) {
	if w.timeout <= 0 {
		return w.encode(path, data)
	}
	type out struct {
		rec *bytes.Buffer
		err error
	}
	ch := make(chan out, 1) // buffered: an abandoned goroutine can still send and end
	go func() {
		rec, err := w.encode(path, data)
		ch <- out{rec, err}
	}()
	start := time.Now()
	t := time.NewTimer(w.timeout)
	defer t.Stop()
	select {
	case o := <-ch:
		// A result and the timer may be ready together, and select then
		// picks one at random; a result that came after the deadline is a
		// timeout all the same, so that the outcome does not depend on the
		// scheduler (a 1ns --timeout always times out).
		if time.Since(start) < w.timeout {
			return o.rec, o.err
		}
	case <-t.C:
	}
	return nil, &document.Error{Path: path, Offset: -1,
		Err: fmt.Errorf("%w: gave up after --timeout %v", document.ErrTimeout, w.timeout)}
}

// encode is extract.Extract followed by the encoder, which writes the
// report (write.Marshal's bytes, in one Write) into a buffer of
// recordPool. A panic in either is a bug; in a bulk run it must cost one
// file, not the run, so it becomes an error of that file.
func (w *worker) encode(path string, data []byte) (rec *bytes.Buffer, err error) {
	defer func() {
		if p := recover(); p != nil {
			rec, err = nil, &document.Error{Path: path, Offset: -1, Err: fmt.Errorf("%w: %v", errInternal, p)}
		}
	}()
	rep, err := extract.Extract(path, data, extract.Options{})
	if err != nil {
		return nil, err
	}
	buf := getRecordBuffer()
	if err := write.Encode(buf, rep, w.indent); err != nil {
		return nil, err
	}
	return buf, nil
}

// failure is the result of a file that failed.
func failure(path string, data []byte, err error) *result {
	rec, _ := write.Marshal(newErrorRecord(path, data, err), false)
	return &result{outcome: outFailed, bytes: int64(len(data)), record: rec, diag: err.Error()}
}

// skipped is the result of a file in a format jixiao does not read.
func skipped(path string, data []byte, format string, err error) *result {
	reason := err.Error()
	if de, ok := err.(*document.Error); ok {
		reason = de.Err.Error() // the path is in the source already
	}
	src := sourceOf(path, data)
	src.Format = format
	rec, _ := write.Marshal(skipRecord{Source: src, Skipped: skipBody{Format: format, Reason: reason}}, false)
	return &result{outcome: outSkipped, bytes: int64(len(data)), record: rec,
		diag: fmt.Sprintf("%s: skipped (%s): %s", path, format, reason)}
}
