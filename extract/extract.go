// Package extract is jixiao's pipeline: bytes in, a typed report out.
//
//	bytes ─► read ─► Document ─► segment ─► values ─► profile ─► check ─► Report
//
// Extract is the whole pipeline in one function, one line per stage. It is a
// pure function of its input: it does no I/O, keeps no state between calls,
// and is safe to call from many goroutines. The format is sniffed from the
// content, never trusted from the path's extension.
package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"path/filepath"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/check"
	"github.com/jixiao-dev/jixiao/extract/doc"
	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/docx"
	"github.com/jixiao-dev/jixiao/extract/html"
	"github.com/jixiao-dev/jixiao/extract/markdown"
	"github.com/jixiao-dev/jixiao/extract/pdf"
	"github.com/jixiao-dev/jixiao/extract/profile"
	"github.com/jixiao-dev/jixiao/extract/segment"
	"github.com/jixiao-dev/jixiao/extract/text"
	"github.com/jixiao-dev/jixiao/extract/values"
	"github.com/jixiao-dev/jixiao/extract/xlsx"
	"github.com/jixiao-dev/jixiao/schema"
)

// Options configures every stage. The zero value is the default
// configuration.
type Options struct {
	Text     text.Options
	DOCX     docx.Options
	XLSX     xlsx.Options
	HTML     html.Options
	DOC      doc.Options
	Markdown markdown.Options
	PDF      pdf.Options
	Segment  segment.Options
	Profile  profile.Options
	Check    check.Options
}

// Extract runs the pipeline on the bytes of one file. path is used only to
// name the file in the report and in errors. A file that cannot be read gives
// a *document.Error (with Path set) and no report: nothing is returned that
// pretends to be complete.
func Extract(path string, data []byte, opts Options) (*schema.Report, error) {
	doc, err := Read(path, data, opts)
	if err != nil {
		return nil, err
	}
	outline := segment.Segment(doc, opts.Segment)
	vals := values.FromDocument(doc, values.Options{Year: outline.FiscalYear, Exclude: outline.Exclude})
	prof := profile.Profile(doc, outline, vals, opts.Profile)
	checks := check.Check(prof.Facts, opts.Check)
	return assemble(path, data, doc, outline, vals, prof, checks), nil
}

// Read sniffs the format of data and reads it into a Document.
func Read(path string, data []byte, opts Options) (*document.Document, error) {
	var d *document.Document
	var err error
	f := Sniff(data)
	switch {
	case !isPackage(f) && isDOCXName(path):
		// The content wins over the name, except that a file which says
		// it is a DOCX and is not one is refused: it is most likely a
		// broken or mislabelled document, not a report to read as text.
		err = document.Errorf(document.ErrNotDOCX, 0, "named .docx but the content is %s, not a DOCX (zip) package%s", describe(f), renameHint(f))
	case f == FormatText:
		d, err = text.Read(data, opts.Text)
	case f == FormatDOCX || f == FormatZip:
		d, err = docx.Read(data, opts.DOCX)
	case f == FormatXLSX:
		d, err = xlsx.Read(data, opts.XLSX)
	case f == FormatHTML:
		d, err = html.Read(data, opts.HTML)
	case f == FormatMHTML:
		d, err = html.ReadMHT(data, opts.HTML)
	case f == FormatMarkdown:
		d, err = markdown.Read(data, opts.Markdown)
	case f == FormatOLE:
		d, err = doc.Read(data, opts.DOC)
	case f == FormatPDF:
		d, err = pdf.Read(data, opts.PDF)
	default:
		err = unsupported(f)
	}
	if err != nil {
		return nil, withPath(err, path)
	}
	return d, nil
}

func renameHint(f Format) string {
	if f == FormatText {
		return "; if it is a text report, rename it to .txt"
	}
	return ""
}

// isDOCXName reports whether path ends in .docx (any case).
func isDOCXName(path string) bool {
	return strings.EqualFold(filepath.Ext(path), ".docx")
}

// withPath names the input in a reader's error.
func withPath(err error, path string) error {
	var e *document.Error
	if errors.As(err, &e) {
		e.Path = path
		return e
	}
	return &document.Error{Path: path, Offset: -1, Err: err}
}

// newSource describes the input file.
func newSource(path string, data []byte, doc *document.Document) schema.Source {
	sum := sha256.Sum256(data)
	return schema.Source{
		Path:     filepath.ToSlash(path),
		Format:   doc.Format,
		Encoding: doc.Encoding,
		SHA256:   hex.EncodeToString(sum[:]),
		Bytes:    int64(len(data)),
	}
}

// SourceOf describes an input that could not be read: its path, size and
// digest, with no format.
func SourceOf(path string, data []byte) schema.Source {
	sum := sha256.Sum256(data)
	return schema.Source{Path: filepath.ToSlash(path), SHA256: hex.EncodeToString(sum[:]), Bytes: int64(len(data))}
}
