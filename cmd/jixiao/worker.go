package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/jixiao-dev/jixiao/extract"
	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/schema"
	"github.com/jixiao-dev/jixiao/write"
)

// outcome is what became of one input.
type outcome int

const (
	outRead    outcome = iota // a report was made
	outFailed                 // an error record was made
	outSkipped                // a skip record was made: not a format jixiao reads
	outResumed                // every output already holds it (--resume)
)

// dests is a set of the outputs a record goes to.
type dests uint8

const (
	toOut    dests = 1 << iota // -o, or standard output
	toErrs                     // --errors
	toTables                   // --sqlite and --format csv
)

// result is one input's outcome, encoded and ready to write. Workers make
// results in any order; the sequencer writes them in input order.
type result struct {
	outcome outcome
	unknown bool           // a report of no known kind (outRead)
	report  *schema.Report // the report, when the worker keeps it (check)
	errRec  *schema.ErrorRecord
	skipRec *schema.SkipRecord
	bytes   int64             // size of the input
	record  []byte            // the report, or the error or skip record (one JSONL line)
	tables  []write.FlatTable // its flat tables, when tables are written
	diag    string            // for standard error: the error, or the skip's reason
	held    dests             // outputs that already hold it (--resume): not written again
	// buf holds record when it came from recordPool; release returns it.
	buf *bytes.Buffer
}

// worker turns inputs into results. It holds nothing that changes but the
// slots, so any number of goroutines may share one.
type worker struct {
	e        *env
	indent   bool             // reports as indented JSON
	maxSize  int64            // --max-size
	timeout  time.Duration    // --timeout
	special  bool             // --allow-special
	tables   bool             // flatten results for CSV or SQLite
	json     bool             // encode reports as JSON: an output takes them
	producer *schema.Producer // set on every record
	held     holdings         // --resume: what the outputs hold; read only
	wants    func(outcome) dests
	// slots holds one token per extraction running, abandoned ones (past
	// --timeout) included; its capacity is -j. A worker takes a token
	// before it starts the clock of a file, so a file that timed out but
	// runs on keeps its worker's place until it ends, and the files after
	// it neither compete with it for the CPU nor time out because of it.
	slots chan struct{}
	ctx   context.Context // cancelled when the run drops the files in flight
	// stages runs the pipeline: extractReport, or a stand-in in tests.
	stages func(ctx context.Context, path string, data []byte) (*schema.Report, error)
	fields []string // --fields: the top-level keys a report keeps; nil: all
	keep   bool     // keep the report in the result (check)
	lang   string   // --lang as given, for the check stage's messages; "" when not given
}

// writeJSON encodes a report for the outputs: whole, or only its identity
// and the keys of --fields (write.EncodeFields).
func (w *worker) writeJSON(buf *bytes.Buffer, rep *schema.Report) error {
	if w.fields != nil {
		return write.EncodeFields(buf, rep, w.indent, w.fields)
	}
	return write.Encode(buf, rep, w.indent)
}

// newWorker makes a worker for jobs extractions at a time.
func newWorker(e *env, jobs int) *worker {
	p := write.Producer()
	w := &worker{e: e, producer: &p, slots: make(chan struct{}, jobs), ctx: context.Background()}
	w.stages = func(ctx context.Context, path string, data []byte) (*schema.Report, error) {
		return extractReport(ctx, path, data, w.lang)
	}
	return w
}

// process reads and extracts one input. It never panics and never blocks
// longer than reading the file plus the timeout, plus the wait for a slot.
// A file found in a walk or a list may be skipped instead (see skip).
func (w *worker) process(in input) *result {
	switch {
	case in.special != "" && !(in.named && w.special):
		return w.refuseSpecial(in)
	case in.broken:
		return w.skipUnread(in, skipBroken)
	}
	debris, isDebris := debrisByName(in.path)
	if isDebris && in.size > w.maxSize && !in.named {
		return w.skipUnread(in, debris)
	}
	data, err := w.e.readInput(in, w.maxSize, w.timeout)
	if err != nil {
		if sk, ok := w.skipLarge(in, err); ok {
			return w.skipUnread(in, sk)
		}
		return w.failure(in.path, nil, err)
	}
	held, done := w.holds(in.path, data)
	if done {
		return &result{outcome: outResumed, bytes: int64(len(data))}
	}
	var r *result
	switch sk, ok := skipByContent(data); {
	case in.named:
		r = w.extract(in, data)
	case isDebris:
		r = w.skip(in.path, data, debris)
	case ok:
		r = w.skip(in.path, data, sk)
	default:
		r = w.extract(in, data)
	}
	r.held = held
	return r
}

// holds says which outputs hold the input already (--resume), and
// whether that is all of those that take its record.
func (w *worker) holds(path string, data []byte) (dests, bool) {
	if w.held == nil {
		return 0, false
	}
	key := inputKey{path: filepath.ToSlash(path)}
	if data != nil {
		key.sha = sha256.Sum256(data)
	}
	h, ok := w.held[key]
	if !ok {
		return 0, false
	}
	return h.in, w.wants(h.kind)&^h.in == 0
}

// extract runs the pipeline on data and encodes the outcome.
func (w *worker) extract(in input, data []byte) *result {
	enc, err := within(w, in.path, func(ctx context.Context) (*encoded, error) {
		return w.encode(ctx, in.path, data, !in.named)
	})
	if err != nil {
		if format, ok := skipFormat(data, err); ok && !in.named {
			return w.skipped(in.path, data, format, err)
		}
		return w.failure(in.path, data, err)
	}
	if enc.skip != nil {
		return w.skip(in.path, data, *enc.skip)
	}
	r := &result{outcome: outRead, unknown: enc.unknown, bytes: int64(len(data)), buf: enc.buf, tables: enc.tables, report: enc.report}
	if enc.buf != nil {
		r.record = enc.buf.Bytes()
	}
	return r
}

// within runs f in a goroutine that holds one of w's slots until f
// returns, and waits for it at most --timeout. Past the timeout the
// goroutine is abandoned with its slot and the file gets a timeout error,
// so one pathological file cannot stall the run; its context is
// cancelled, which stops it once the stages honour a context (see encode).
// The clock starts when the slot is taken, not before.
func within[T any](w *worker, path string, f func(context.Context) (T, error)) (T, error) {
	w.slots <- struct{}{}
	if w.timeout <= 0 {
		defer func() { <-w.slots }()
		return f(w.ctx)
	}
	ctx, cancel := context.WithTimeout(w.ctx, w.timeout)
	defer cancel()
	type out struct {
		v   T
		err error
	}
	ch := make(chan out, 1) // buffered: an abandoned goroutine can still send and end
	start := time.Now()
	go func() {
		defer func() { <-w.slots }()
		v, err := f(ctx)
		ch <- out{v, err}
	}()
	select {
	case o := <-ch:
		// A result and the deadline may be ready together, and select then
		// picks one at random; a result that came after the deadline is a
		// timeout all the same, so that the outcome does not depend on the
		// scheduler (a 1ns --timeout always times out).
		if time.Since(start) < w.timeout {
			return o.v, o.err
		}
	case <-ctx.Done():
	}
	var zero T
	return zero, &document.Error{Path: path, Offset: -1,
		Err: fmt.Errorf("%w: gave up after --timeout %v", document.ErrTimeout, w.timeout)}
}

// encoded is a report encoded for the outputs, or the skip of a file
// that is not a report.
type encoded struct {
	buf     *bytes.Buffer     // the JSON, from recordPool
	tables  []write.FlatTable // the flat tables, when asked for
	unknown bool              // a report of no known kind
	skip    *skip             // not a report: nothing encoded
	report  *schema.Report    // the report, when the worker keeps it
}

// encode is extract.Extract followed by the encoders: the JSON record
// (write.Encode's bytes, in one Write) in a buffer of recordPool when an
// output takes reports as JSON, and the flat tables when CSV or SQLite is
// written, made here from the report in memory. With found, a report that
// is no report at all (notReport) is a skip instead. A panic in any of
// them is a bug; in a bulk run it must cost one file, not the run, so it
// becomes an error of that file.
func (w *worker) encode(ctx context.Context, path string, data []byte, found bool) (enc *encoded, err error) {
	defer func() {
		if p := recover(); p != nil {
			enc, err = nil, &document.Error{Path: path, Offset: -1, Err: fmt.Errorf("%w: %v", errInternal, p)}
		}
	}()
	rep, err := w.stages(ctx, path, data)
	if err != nil {
		return nil, err
	}
	if found && notReport(rep) {
		sk := skipNotReport(rep.Source.Format)
		return &encoded{skip: &sk}, nil
	}
	rep.Producer = w.producer
	enc = &encoded{unknown: rep.Kind == "unknown"}
	if w.keep {
		enc.report = rep
	}
	if w.json {
		enc.buf = getRecordBuffer()
		if err := w.writeJSON(enc.buf, rep); err != nil {
			return nil, err
		}
	}
	if w.tables {
		enc.tables = write.Flatten(rep)
	}
	return enc, nil
}

// extractReport runs the pipeline on one input.
//
// TODO(ExtractContext): once package extract has ExtractContext, call
// extract.ExtractContext(ctx, path, data, opts) here. That one line makes
// a timed-out file (ctx's deadline is --timeout) and the files dropped by
// a second interrupt stop within the stages, giving back their slot, CPU
// and memory at once; until then they run to their end in the background,
// and the slots keep them from slowing the files after them.
func extractReport(ctx context.Context, path string, data []byte, lang string) (*schema.Report, error) {
	_ = ctx
	return extract.Extract(path, data, extractOptions(lang))
}

// extractOptions are the library's options for a run. lang is the
// language asked for with --lang ("" when it was not given: the
// environment's language changes the command's own messages, never the
// records, so that the same input gives the same bytes on every machine).
//
// TODO(check messages in zh/en, issue 19): once extract/check.Options has
// its Lang field, pass it on here:
//
//	opts.Check.Lang = lang
func extractOptions(lang string) extract.Options {
	_ = lang
	return extract.Options{}
}

// failure is the result of a file that failed.
func (w *worker) failure(path string, data []byte, err error) *result {
	rec := newErrorRecord(path, data, err)
	rec.Producer = w.producer
	b, _ := write.Marshal(rec, false)
	r := &result{outcome: outFailed, bytes: int64(len(data)), record: b, diag: err.Error(), errRec: &rec}
	if w.tables {
		fe := write.FileError{Source: rec.Source, Code: rec.Error.Code, Message: rec.Error.Message}
		if p := rec.Error.Position; p != nil {
			fe.Line, fe.Column = p.Line, p.Column
		}
		r.tables = write.FlattenError(fe)
	}
	return r
}

// skipped is the result of a file in a format jixiao does not read.
func (w *worker) skipped(path string, data []byte, format string, err error) *result {
	reason := err.Error()
	if de, ok := err.(*document.Error); ok {
		reason = de.Err.Error() // the path is in the source already
	}
	return w.skip(path, data, skip{schema.SkipUnsupported, format, reason})
}

// skipUnread is the result of a file skipped without reading it: its
// source has no digest.
func (w *worker) skipUnread(in input, sk skip) *result {
	held, done := w.holds(in.path, nil)
	if done {
		return &result{outcome: outResumed}
	}
	r := w.skip(in.path, nil, sk)
	r.held, r.bytes = held, in.size
	return r
}

// skip is the result of a skipped file, with its format and the reason.
func (w *worker) skip(path string, data []byte, sk skip) *result {
	src := sourceOf(path, data)
	src.Format = sk.format
	rec := schema.SkipRecord{Producer: w.producer, Source: src, Skipped: schema.SkipInfo{Code: sk.code, Format: sk.format, Reason: sk.reason}}
	b, _ := write.Marshal(rec, false)
	r := &result{outcome: outSkipped, bytes: int64(len(data)), record: b,
		diag: w.e.msg.skipped(path, sk), skipRec: &rec}
	if w.tables {
		r.tables = write.FlattenSkip(write.FileSkip{Source: src, Code: sk.code, Format: sk.format, Reason: sk.reason})
	}
	return r
}

// skipLarge tells a file found that is larger than --max-size and, from
// its first bytes, in a format jixiao does not read (a video, an image, an
// archive of an unknown kind): a skip, where a large file that may be a
// report stays a failure.
func (w *worker) skipLarge(in input, err error) (skip, bool) {
	if in.named || !errors.Is(err, document.ErrLimit) || in.special != "" {
		return skip{}, false
	}
	head, herr := readHead(in.path, 8<<10)
	if herr != nil {
		return skip{}, false
	}
	f := extract.Sniff(head)
	switch {
	case f == extract.FormatText && looksBinary(head), f == extract.FormatPNG, f == extract.FormatJPEG, f == extract.FormatGIF:
		what := string(f)
		if f == extract.FormatText {
			what = "binary"
		}
		return skip{schema.SkipUnsupported, what, fmt.Sprintf("larger than --max-size %d bytes, and %s, which jixiao does not read", w.maxSize, what)}, true
	}
	return skip{}, false
}

// specialNames says what each kind of special file is, for messages.
var specialNames = map[string]string{
	"fifo":    "a named pipe (FIFO)",
	"device":  "a device",
	"socket":  "a socket",
	"special": "not a regular file",
}

// refuseSpecial is the result of a FIFO, device or socket that is not read:
// found in a directory it is skipped (reading it could block for ever or
// never end), named without --allow-special it fails, saying how to read
// it.
func (w *worker) refuseSpecial(in input) *result {
	what := specialNames[in.special]
	if !in.named {
		return w.skipUnread(in, skip{schema.SkipSpecial, in.special, what + ": not read when found in a directory"})
	}
	err := &document.Error{Path: in.path, Offset: -1,
		Err: fmt.Errorf("%w: %s; name it with --allow-special to read it", errSpecial, what)}
	return w.failure(in.path, nil, err)
}
