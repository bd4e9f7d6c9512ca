package doc

import (
	"bytes"
	"errors"
	"io"
	"sort"
	"strings"

	"github.com/richardlehane/mscfb"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// ErrEncrypted is the sentinel of a password-protected document.
var ErrEncrypted = &document.Kinded{Code: "encrypted", Msg: "encrypted (password-protected) document"}

// streams are the streams of the compound file the reader needs, and the
// names of all streams at its root, for messages.
type streams struct {
	word  []byte
	data  []byte            // the Data stream, where huge paragraph properties live
	table map[string][]byte // "0Table" and "1Table", when present
	names []string
}

// readChunk is how much of a stream is read at a time: mscfb gathers the
// sectors of one read into a list it compacts in quadratic time, so reads
// stay small.
const readChunk = 64 << 10

// openOLE reads the streams of the compound file in data. A compound file
// without a WordDocument stream is refused, naming what it is when the
// streams tell (a workbook, a presentation, an encrypted Office Open XML
// package, a Microsoft Works document).
func openOLE(data []byte, opts Options) (*streams, error) {
	if len(data) < 512 {
		return nil, corrupt("an OLE compound file (Word 97–2003 .doc) of %d bytes, shorter than its 512-byte header", len(data))
	}
	r, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return nil, corrupt("compound file: %v", err)
	}
	s := &streams{table: map[string][]byte{}}
	for {
		f, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, corrupt("compound file directory: %v", err)
		}
		if len(f.Path) != 0 {
			continue // inside a storage: embedded objects, not the body
		}
		s.names = append(s.names, f.Name)
		switch f.Name {
		case "WordDocument":
			if s.word, err = readStream(f, len(data), opts); err != nil {
				return nil, err
			}
		case "Data":
			if s.data, err = readStream(f, len(data), opts); err != nil {
				return nil, err
			}
		case "0Table", "1Table":
			if s.table[f.Name], err = readStream(f, len(data), opts); err != nil {
				return nil, err
			}
		}
	}
	if s.word == nil {
		return nil, notWord(s.names)
	}
	return s, nil
}

// readStream reads a whole stream. Its declared size is distrusted: a
// stream larger than the file (possible only through a loop in its sector
// chain) or than MaxStream is refused.
func readStream(f *mscfb.File, fileSize int, opts Options) ([]byte, error) {
	if f.Size > int64(fileSize) || f.Size > int64(opts.MaxStream) {
		return nil, document.Errorf(document.ErrLimit, -1, "stream %s declares %d bytes, more than the file (%d bytes) or the limit (%d)", f.Name, f.Size, fileSize, opts.MaxStream)
	}
	buf := make([]byte, f.Size)
	for off := 0; off < len(buf); {
		n, err := f.Read(buf[off:min(len(buf), off+readChunk)])
		off += n
		if err != nil && !(errors.Is(err, io.EOF) && off == len(buf)) {
			return nil, corrupt("stream %s at byte %d: %v", f.Name, off, err)
		}
		if n == 0 && off < len(buf) {
			return nil, corrupt("stream %s ends at byte %d of %d", f.Name, off, len(buf))
		}
	}
	return buf, nil
}

// notWord names what a compound file without a WordDocument stream is.
func notWord(names []string) error {
	has := map[string]bool{}
	for _, n := range names {
		has[n] = true
	}
	switch {
	case has["EncryptedPackage"] || has["EncryptionInfo"]:
		return document.Errorf(ErrEncrypted, 0, "an encrypted Office Open XML package (a password-protected .docx, .xlsx or .pptx): remove the password and try again")
	case has["Workbook"] || has["Book"]:
		return document.Errorf(document.ErrUnsupported, 0, "a legacy Excel workbook (.xls, BIFF), not a Word document: save it as .xlsx and try again")
	case has["PowerPoint Document"]:
		return document.Errorf(document.ErrUnsupported, 0, "a legacy PowerPoint presentation (.ppt), not a Word document")
	case has["CONTENTS"] || has["MatOST"]:
		return document.Errorf(document.ErrUnsupported, 0, "a Microsoft Works word-processor document (.wps), not a Word or WPS Office document: save it as .docx and try again")
	case has["VisioDocument"]:
		return document.Errorf(document.ErrUnsupported, 0, "a Visio drawing, not a Word document")
	}
	sort.Strings(names)
	if len(names) > 8 {
		names = append(names[:8], "…")
	}
	return document.Errorf(document.ErrUnsupported, 0, "an OLE compound file without a WordDocument stream (streams: %s), not a Word document", strings.Join(names, ", "))
}

func corrupt(format string, args ...any) error {
	return document.Errorf(document.ErrCorrupt, -1, format, args...)
}
