package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"strings"
	"sync"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// Part names (ECMA-376 Part 1 §11.3). Zip item names in an OPC package are
// compared case-insensitively (ECMA-376 Part 2 §9.1.1.3); they are only ever
// looked up, never used as file paths.
const (
	partDocument  = "word/document.xml"
	partNumbering = "word/numbering.xml"
	partStyles    = "word/styles.xml"
	partRels      = "_rels/.rels"
	partTypes     = "[content_types].xml"
)

// oleMagic starts every OLE compound file (MS-CFB §2.2): Word 97–2003 .doc
// files and encrypted OOXML packages (MS-OFFCRYPTO §2.3.4.1).
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// pkg is an opened DOCX package: its entries by lower-cased name and what is
// left of the inflation budget.
type pkg struct {
	files  map[string]*zip.File
	budget int64
	opts   Options
	bufs   []*[]byte // inflated parts, given back to partPool by release
}

// partPool keeps the buffers parts are inflated into between packages, so
// that reading many documents does not allocate (and collect) a buffer the
// size of document.xml for each. Nothing read from a part keeps a slice of
// it: the reader copies what it keeps into the canonical text and strings.
var partPool = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledPart is the largest buffer kept in partPool, so that one huge
// part does not pin its memory for the rest of a run.
const maxPooledPart = 8 << 20

// release gives the buffers of the parts read back to the pool; the parts
// must not be used after.
func (p *pkg) release() {
	for _, b := range p.bufs {
		if cap(*b) <= maxPooledPart {
			*b = (*b)[:0]
			partPool.Put(b)
		}
	}
	p.bufs = nil
}

// buffer returns an empty buffer of capacity at least n from the pool, to
// be given back by release.
func (p *pkg) buffer(n int) []byte {
	b := partPool.Get().(*[]byte)
	if cap(*b) < n {
		*b = make([]byte, 0, n)
	}
	p.bufs = append(p.bufs, b)
	return (*b)[:0]
}

// openPackage checks what data is and opens it as a zip.
func openPackage(data []byte, opts Options) (*pkg, error) {
	switch {
	case len(data) == 0:
		return nil, document.Errorf(document.ErrEmpty, -1, "no bytes to read")
	case bytes.HasPrefix(data, oleMagic):
		return nil, oleError(data)
	case !bytes.HasPrefix(data, []byte("PK")):
		return nil, document.Errorf(document.ErrNotDOCX, 0,
			"not a zip archive (a DOCX is a zip package); the file starts with %q", head(data))
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, document.Errorf(document.ErrCorrupt, -1,
			"the zip archive is truncated or damaged (%v); open it in Word and save it again", err)
	}
	if len(zr.File) > opts.MaxEntries {
		return nil, document.Errorf(document.ErrLimit, -1,
			"the package has %d entries, more than the limit of %d", len(zr.File), opts.MaxEntries)
	}
	p := &pkg{files: make(map[string]*zip.File, len(zr.File)), budget: opts.MaxInflated, opts: opts}
	for _, f := range zr.File {
		name := strings.ToLower(f.Name)
		if _, dup := p.files[name]; !dup { // a duplicate name is malformed; the first wins, as in the directory order
			p.files[name] = f
		}
	}
	return p, nil
}

// head returns the first bytes of data for a message.
func head(data []byte) string {
	if len(data) > 8 {
		data = data[:8]
	}
	return string(data)
}

// oleError says which kind of OLE compound file data is, and what to do.
// The directory entry names are UTF-16LE in the file (MS-CFB §2.6.1); a scan
// for them is enough to tell the two kinds apart.
func oleError(data []byte) error {
	if bytes.Contains(data, utf16le("EncryptedPackage")) {
		return document.Errorf(document.ErrOLE, 0,
			"an encrypted OOXML package (a password-protected .docx); remove the password in Word (File › Info › Protect Document) and save it again")
	}
	return document.Errorf(document.ErrOLE, 0,
		"a Word 97–2003 .doc (or another legacy Office file), not a .docx; save it as .docx in Word or convert it with LibreOffice (soffice --headless --convert-to docx)")
}

func utf16le(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}

// read inflates the part name, or returns nil, nil when the package has no
// such part. It refuses a part larger than MaxPart or than what is left of
// MaxInflated before inflating it when the directory says so, and stops
// inflating as soon as the limit is passed when the directory lies.
func (p *pkg) read(name string) ([]byte, error) {
	f, ok := p.files[name]
	if !ok {
		return nil, nil
	}
	limit := min(p.opts.MaxPart, p.budget)
	if f.UncompressedSize64 > uint64(limit) {
		return nil, p.limitError(name, int64(f.UncompressedSize64), limit)
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

func (p *pkg) limitError(name string, size, limit int64) error {
	e := document.Errorf(document.ErrLimit, -1,
		"part inflates to %d bytes or more, past the limit of %d bytes (Options.MaxPart %d, Options.MaxInflated %d)",
		size, limit, p.opts.MaxPart, p.opts.MaxInflated)
	e.Part = name
	return e
}

func corruptPart(name string, err error) error {
	e := document.Errorf(document.ErrCorrupt, -1, "cannot inflate the part: %v", err)
	e.Part = name
	return e
}
