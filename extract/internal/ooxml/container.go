package ooxml

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// Limits bound what a package can make a reader do. Every field must be
// set: the readers fill in their defaults (docx.Options, xlsx.Options) and
// name their own fields in the messages (Options.MaxPart …).
type Limits struct {
	MaxInflated int64 // inflated bytes of all the parts read
	MaxPart     int64 // inflated bytes of one part
	MaxEntries  int   // entries in the zip directory
	MaxDepth    int   // nesting of XML elements (NewScanner)
}

// Package is an opened OPC package (ECMA-376 Part 2): its zip entries by
// lower-cased name, what is left of the inflation budget, and the buffers
// of the parts read. Zip item names in a package are compared
// case-insensitively (Part 2 §9.1.1.3); they are only ever looked up, never
// used as file paths.
type Package struct {
	files  map[string]*zip.File
	budget int64
	lim    Limits
	bufs   []*[]byte // inflated parts, given back to partPool by Release
}

// partPool keeps the buffers parts are inflated into between packages, so
// that reading many documents does not allocate (and collect) a buffer the
// size of the main part for each. Nothing read from a part may keep a slice
// of it past Release: readers copy what they keep into the canonical text
// and strings.
var partPool = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledPart is the largest buffer kept in partPool, so that one huge
// part does not pin its memory for the rest of a run.
const maxPooledPart = 8 << 20

// Open opens data, which must be a zip, as a package under lim. A damaged
// archive is a document.ErrCorrupt whose message ends with repair, the
// advice for the reader's user ("open it in Word and save it again"); a
// directory of more than lim.MaxEntries entries is a document.ErrLimit.
// Of two entries of the same name (any case), the first in directory order
// is the part: a duplicate name is malformed.
func Open(data []byte, lim Limits, repair string) (*Package, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, document.Errorf(document.ErrCorrupt, -1, "the zip archive is truncated or damaged (%v); %s", err, repair)
	}
	if len(zr.File) > lim.MaxEntries {
		return nil, document.Errorf(document.ErrLimit, -1,
			"the package has %d entries, more than the limit of %d (Options.MaxEntries)", len(zr.File), lim.MaxEntries)
	}
	p := &Package{files: make(map[string]*zip.File, len(zr.File)), budget: lim.MaxInflated, lim: lim}
	for _, f := range zr.File {
		name := strings.ToLower(f.Name)
		if _, dup := p.files[name]; !dup {
			p.files[name] = f
		}
	}
	return p, nil
}

// Limits returns the limits the package was opened under.
func (p *Package) Limits() Limits { return p.lim }

// Has reports whether the package holds the part name (any case).
func (p *Package) Has(name string) bool { _, ok := p.files[strings.ToLower(name)]; return ok }

// Size returns the inflated size the zip directory declares for the part
// name, which Read does not trust, and whether there is such a part.
func (p *Package) Size(name string) (int64, bool) {
	f, ok := p.files[strings.ToLower(name)]
	if !ok {
		return 0, false
	}
	return int64(min(f.UncompressedSize64, 1<<62)), true
}

// Names returns the lower-cased names of the package's parts, sorted.
func (p *Package) Names() []string {
	names := make([]string, 0, len(p.files))
	for name := range p.files {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// Release gives the buffers of the parts read back to the pool; no part
// read, nor any slice of one, may be used after.
func (p *Package) Release() {
	for _, b := range p.bufs {
		if cap(*b) <= maxPooledPart {
			*b = (*b)[:0]
			partPool.Put(b)
		}
	}
	p.bufs = nil
}

// buffer returns an empty buffer of capacity at least n from the pool, to
// be given back by Release.
func (p *Package) buffer(n int) []byte {
	b := partPool.Get().(*[]byte)
	if cap(*b) < n {
		*b = make([]byte, 0, n)
	}
	p.bufs = append(p.bufs, b)
	return (*b)[:0]
}

// Read inflates the part name (any case), or returns nil, nil when the
// package has no such part. It refuses a part larger than MaxPart or than
// what is left of MaxInflated before inflating it when the directory says
// so, and stops inflating as soon as the limit is passed when the
// directory lies. The part stays valid until Release.
func (p *Package) Read(name string) ([]byte, error) {
	f, ok := p.files[strings.ToLower(name)]
	if !ok {
		return nil, nil
	}
	limit := min(p.lim.MaxPart, p.budget)
	if f.UncompressedSize64 > uint64(limit) {
		return nil, p.limitError(name, int64(min(f.UncompressedSize64, 1<<62)), limit)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, corruptPart(name, err)
	}
	defer rc.Close()
	buf := p.buffer(int(f.UncompressedSize64) + 1)
	for {
		if int64(len(buf)) > limit {
			return nil, p.limitError(name, int64(len(buf)), limit)
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := rc.Read(buf[len(buf):min(cap(buf), int(limit)+1)])
		buf = buf[:len(buf)+n]
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, corruptPart(name, err)
		}
	}
	if int64(len(buf)) > limit {
		return nil, p.limitError(name, int64(len(buf)), limit)
	}
	p.budget -= int64(len(buf))
	return buf, nil
}

func (p *Package) limitError(name string, size, limit int64) error {
	return PartError(document.ErrLimit, name, -1,
		"part inflates to %d bytes or more, past the limit of %d bytes (Options.MaxPart %d, Options.MaxInflated %d)",
		size, limit, p.lim.MaxPart, p.lim.MaxInflated)
}

func corruptPart(name string, err error) error {
	return PartError(document.ErrCorrupt, name, -1, "cannot inflate the part: %v", err)
}
