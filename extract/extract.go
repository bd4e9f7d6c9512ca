// Package extract is jixiao's pipeline: bytes in, a typed report out.
//
//	bytes ─► read ─► Document ─► segment ─► values ─► profile ─► check ─► Report
//
// ExtractContext is the whole pipeline in one function, one line per stage.
// It is a pure function of its input: it does no I/O, keeps no state between
// calls, and is safe to call from many goroutines. The format is sniffed from
// the content, never trusted from the path's extension. Every stage, and the
// text reader, asks the context as it goes through the lines, blocks, cells
// and values of its input, so that a timed-out or interrupted extraction
// stops within a fraction of a second.
//
// Between the stages flow their own types (document.Document, the segment
// outline, values.Value, profile.Facts, check.Finding): exact decimals and
// byte offsets. The report's output types (package schema) are made once, at
// the end, where every span gets its line.
package extract

import (
	"context"
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

// Extract runs the pipeline on the bytes of one file: ExtractContext with
// context.Background().
func Extract(path string, data []byte, opts Options) (*schema.Report, error) {
	return ExtractContext(context.Background(), path, data, opts)
}

// ExtractContext runs the pipeline on the bytes of one file. path is used
// only to name the file in the report and in errors. A file that cannot be
// read gives a *document.Error (with Path set) and no report: nothing is
// returned that pretends to be complete. Once ctx is done the pipeline stops
// with a *document.Error wrapping document.ErrTimeout (its deadline passed)
// or document.ErrCanceled, and ctx.Err().
func ExtractContext(ctx context.Context, path string, data []byte, opts Options) (*schema.Report, error) {
	doc, err := ReadContext(ctx, path, data, opts)
	if err != nil {
		return nil, err
	}
	outline, err := segment.SegmentContext(ctx, doc, opts.Segment)
	if err != nil {
		return nil, withPath(err, path)
	}
	vals, err := values.FromDocumentContext(ctx, doc, values.Options{Year: outline.FiscalYear, Exclude: outline.Exclude})
	if err != nil {
		return nil, withPath(err, path)
	}
	prof, err := profile.ProfileContext(ctx, doc, outline, vals, opts.Profile)
	if err != nil {
		return nil, withPath(err, path)
	}
	checks, err := check.CheckContext(ctx, prof.Facts, opts.Check)
	if err != nil {
		return nil, withPath(err, path)
	}
	return assemble(path, data, doc, outline, vals, prof, checks), nil
}

// Read sniffs the format of data and reads it into a Document: ReadContext
// with context.Background().
func Read(path string, data []byte, opts Options) (*document.Document, error) {
	return ReadContext(context.Background(), path, data, opts)
}

// ReadContext sniffs the format of data and reads it into a Document. The
// text reader stops once ctx is done; the other readers take no context
// (they are not this package's), and their result is refused when ctx is
// done by the time they return.
func ReadContext(ctx context.Context, path string, data []byte, opts Options) (*document.Document, error) {
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
		d, err = text.ReadContext(ctx, data, opts.Text)
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
	if err == nil {
		err = document.Canceled(ctx)
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
