package main

import (
	"bytes"
	"sync"
)

// recordPool keeps the buffers reports are encoded into between files. A
// report's JSON is tens of kilobytes; encoding it into a fresh slice for
// every file made that slice one of the largest allocations of a run, and
// the garbage collector paid for it again. A buffer goes back to the pool
// once the sink has written its record (result.release).
var recordPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledRecord is the largest buffer kept for reuse, so that one huge
// report does not pin its memory for the rest of a run.
const maxPooledRecord = 4 << 20

// getRecordBuffer returns an empty buffer from the pool.
func getRecordBuffer() *bytes.Buffer {
	b := recordPool.Get().(*bytes.Buffer)
	b.Reset()
	return b
}

// release gives r's record buffer back to the pool, if it has one. r's
// record must not be used afterwards.
func (r *result) release() {
	if r.buf == nil {
		return
	}
	if r.buf.Cap() <= maxPooledRecord {
		recordPool.Put(r.buf)
	}
	r.buf, r.record = nil, nil
}
