package main

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"

	"github.com/jixiao-dev/jixiao/extract"
	"github.com/jixiao-dev/jixiao/extract/document"
)

// skipFormat decides whether a file that extract refused is skipped rather
// than failed, and names its format. A file is skipped when it is something
// else than a report jixiao could read: a format the library says it does
// not read (images, RTF, .pptx, .xls, an OLE file that is no Word
// document …), a sound zip package that is not a word-processing document
// (a .pptx, an .odt, a plain zip), or bytes that are no text at all
// (looksBinary: an executable, an archive of an unknown kind). A damaged
// zip, an empty file or text that does not decode fails: those were meant
// to be read. Only files found by walking a directory or listed in
// --files-from are skipped: a file named on the command line was meant to
// be read, so there the same verdict is a failure (exit status 1).
func skipFormat(data []byte, err error) (format string, skip bool) {
	f := extract.Sniff(data)
	switch {
	case errors.Is(err, document.ErrOLE):
		return "ole", true // an OLE file where a DOCX was expected; the reason says which
	case errors.Is(err, document.ErrUnsupported):
		return string(f), true
	case errors.Is(err, document.ErrNotDOCX) && f == extract.FormatZip:
		return zipKind(data)
	case errors.Is(err, document.ErrBinary) && looksBinary(data):
		return "binary", true
	}
	return "", false
}

// zipKind names what a zip package holds when it is not a DOCX. It reports
// false when the zip cannot be opened (a damaged package fails) or does hold
// word/document.xml (the DOCX reader's verdict stands). Only the central
// directory is read; no entry is inflated.
func zipKind(data []byte) (string, bool) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", false
	}
	names := make(map[string]bool, len(zr.File))
	for _, f := range zr.File {
		names[strings.ToLower(f.Name)] = true
	}
	switch {
	case names["word/document.xml"]:
		return "", false
	case names["xl/workbook.xml"]:
		return "xlsx", true
	case names["ppt/presentation.xml"]:
		return "pptx", true
	case names["mimetype"] && names["content.xml"]:
		return "opendocument", true
	}
	return "zip", true
}
