package write

import (
	"bytes"
	"encoding/json"
	"io"
	"runtime/debug"
	"sync"

	"github.com/jixiao-dev/jixiao/schema"
)

// ProducerName is the name every record of jixiao carries in its
// producer.
const ProducerName = "jixiao"

// Producer returns the producer that the records of this program carry:
// {"name": "jixiao", "version": …}, the version being the main module's
// as the Go toolchain stamped it into the binary ("v1.2.0" for `go
// install …@v1.2.0`, a pseudo-version such as
// "v0.0.0-20250101120000-0123456789ab+dirty" for a build in a checkout),
// or "(devel)" when the build says none.
func Producer() schema.Producer { return producer() }

var producer = sync.OnceValue(func() schema.Producer {
	p := schema.Producer{Name: ProducerName, Version: "(devel)"}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		p.Version = bi.Main.Version
	}
	return p
})

// IsRecords reports whether head, the start of a file, is the start of
// jixiao's JSON or JSONL output: a JSON object whose first key is
// "producer", with the name "jixiao". Only the first record is looked at,
// and only as far as its producer, so head may stop anywhere after it. It
// is how an existing output is told from a file that must not be written
// over (an input, another program's data).
func IsRecords(head []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(head))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return false
	}
	if tok, err := dec.Token(); err != nil || tok != "producer" {
		return false
	}
	var p schema.Producer
	return dec.Decode(&p) == nil && p.Name == ProducerName
}

// Records writes records (a JSON value each, ending in a newline: a line
// of JSONL, or an indented report) to w, buffered, and counts those whose
// every byte reached w. After a failed write it writes nothing more and
// returns that error again, so that the count stays the number of whole
// records in the output — what the summary reports on a full disk.
type Records struct {
	w       io.Writer
	sync    func() error // makes what was written durable; nil when w cannot be synced
	buf     []byte
	ends    []int // end offset in buf of each buffered record
	given   int   // records given to Add
	written int   // records written whole
	err     error
}

// recordsBuffer is how much is buffered before it is written.
const recordsBuffer = 64 << 10

// NewRecords returns a Records writing to w; sync, if not nil, makes the
// written bytes durable (an *os.File's Sync).
func NewRecords(w io.Writer, sync func() error) *Records {
	return &Records{w: w, sync: sync}
}

// Add buffers one record, and writes the buffer once it is full. A record
// as large as the buffer is written at once, without a copy (a report's
// line is often larger).
func (r *Records) Add(rec []byte) error {
	if r.err != nil {
		return r.err
	}
	r.given++
	if len(r.buf)+len(rec) > recordsBuffer && len(r.buf) > 0 {
		if err := r.Flush(); err != nil {
			return err
		}
	}
	if len(rec) >= recordsBuffer {
		return r.write(rec, []int{len(rec)})
	}
	r.buf = append(r.buf, rec...)
	r.ends = append(r.ends, len(r.buf))
	return nil
}

// Flush writes what is buffered. On a short write the records wholly
// written are counted, and the rest are not.
func (r *Records) Flush() error {
	if r.err != nil || len(r.buf) == 0 {
		return r.err
	}
	err := r.write(r.buf, r.ends)
	r.buf, r.ends = r.buf[:0], r.ends[:0]
	return err
}

// write writes b, which holds whole records ending at ends, and counts
// those that were written whole.
func (r *Records) write(b []byte, ends []int) error {
	n, err := r.w.Write(b)
	if err == nil && n < len(b) {
		err = io.ErrShortWrite
	}
	for _, end := range ends {
		if end <= n {
			r.written++
		}
	}
	r.err = err
	return err
}

// Sync writes what is buffered and makes the output durable: the end of a
// batch.
func (r *Records) Sync() error {
	if err := r.Flush(); err != nil || r.sync == nil {
		return err
	}
	if err := r.sync(); err != nil {
		r.err = err
	}
	return r.err
}

// Given is the number of records given to Add; Written the number that
// reached the output whole. They differ after a write error.
func (r *Records) Given() int   { return r.given }
func (r *Records) Written() int { return r.written }

// Err is the first write error, or nil.
func (r *Records) Err() error { return r.err }
