package pdf

import (
	"bytes"
	"strings"
	"sync/atomic"
	"time"

	"github.com/klippa-app/go-pdfium/requests"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// Read reads a PDF into the common Document model. Errors are
// *document.Error values wrapping document.ErrEmpty, document.ErrCorrupt
// (not a PDF, or one PDFium cannot open), document.ErrLimit,
// document.ErrTimeout, or this package's ErrEncrypted, ErrNoText and
// ErrGarbled. Read never panics and is safe for concurrent use.
func Read(data []byte, opts Options) (*document.Document, error) {
	opts = opts.withDefaults()
	if err := precheck(data, opts); err != nil {
		return nil, err
	}
	pages, err := load(data, opts)
	if err != nil {
		return nil, err
	}
	return layout(pages)
}

// precheck refuses what need not reach PDFium: an empty file, one over the
// size limit, and one without a PDF header in its first KiB (where readers
// look for it, ISO 32000-1 §7.5.2 and implementation note 13).
func precheck(data []byte, opts Options) error {
	switch {
	case len(data) == 0:
		return document.Errorf(document.ErrEmpty, -1, "the file is empty")
	case len(data) > opts.MaxBytes:
		return document.Errorf(document.ErrLimit, -1, "the file has %d bytes, more than the limit of %d", len(data), opts.MaxBytes)
	case !bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-")):
		return document.Errorf(document.ErrCorrupt, 0, "not a PDF: no %%PDF- header in the first 1024 bytes")
	}
	return nil
}

// result is what a PDFium session gives back.
type result struct {
	pages []*page
	err   error
}

// load reads the pages of data with a pooled PDFium instance. The session
// runs in its own goroutine so that Read can return when the time is up
// even if one call into PDFium does not: the instance is then thrown away
// when that call returns, never reused.
func load(data []byte, opts Options) ([]*page, error) {
	deadline := time.Now().Add(opts.Timeout)
	e, err := getEngine(opts)
	if err != nil {
		first, _, _ := strings.Cut(err.Error(), "\n")
		return nil, document.Errorf(document.ErrLimit, -1, "PDFium cannot start within its memory limit of %d bytes: %s", opts.MaxMemory, first)
	}
	inst, err := e.instance(deadline)
	switch {
	case err != nil && time.Now().Before(deadline):
		first, _, _ := strings.Cut(err.Error(), "\n")
		return nil, document.Errorf(document.ErrLimit, -1, "PDFium cannot start within its memory limit of %d bytes: %s", opts.MaxMemory, first)
	case err != nil:
		return nil, timeoutError(opts.Timeout)
	}
	var abandoned atomic.Bool
	done := make(chan result, 1)
	go func() {
		l := &loader{p: inst, opts: opts, deadline: deadline}
		pages, err := l.session(data)
		if err != nil || abandoned.Load() || large(data, pages) {
			// its state is suspect, or its memory grew with a large
			// document (WebAssembly memory never shrinks): let the pool
			// make a new one
			inst.Kill()
		} else {
			inst.Close() // back to the pool
		}
		done <- result{pages, err}
	}()
	timer := time.NewTimer(time.Until(deadline) + time.Second)
	defer timer.Stop()
	select {
	case r := <-done:
		return r.pages, r.err
	case <-timer.C:
		abandoned.Store(true)
		return nil, timeoutError(opts.Timeout)
	}
}

// session opens the document and reads its pages.
func (l *loader) session(data []byte) ([]*page, error) {
	d, err := l.p.OpenDocument(&requests.OpenDocument{File: &data})
	if err != nil {
		return nil, pdfiumError(err, "PDFium cannot open the file")
	}
	l.doc = d.Document
	defer l.p.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: d.Document})
	n, err := l.p.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: d.Document})
	if err != nil {
		return nil, pdfiumError(err, "PDFium cannot count the pages")
	}
	switch {
	case n.PageCount == 0:
		return nil, document.Errorf(document.ErrEmpty, -1, "the PDF has no pages")
	case n.PageCount > l.opts.MaxPages:
		return nil, document.Errorf(document.ErrLimit, -1, "the PDF has %d pages, more than the limit of %d", n.PageCount, l.opts.MaxPages)
	}
	pages := make([]*page, 0, n.PageCount)
	for i := range n.PageCount {
		if time.Now().After(l.deadline) {
			return nil, timeoutError(l.opts.Timeout)
		}
		p, err := l.loadPage(i)
		if err != nil {
			return nil, err
		}
		pages = append(pages, p)
	}
	return pages, nil
}

// A document larger than recycleBytes or recycleChars (in characters
// read) has its instance thrown away after it, so that the memory it made
// PDFium take is given back rather than kept for the life of the process.
const (
	recycleBytes = 32 << 20
	recycleChars = 500000
)

// large reports whether a document read was large (see recycleBytes).
func large(data []byte, pages []*page) bool {
	if len(data) > recycleBytes {
		return true
	}
	n := 0
	for _, p := range pages {
		n += p.glyphs
	}
	return n > recycleChars
}
