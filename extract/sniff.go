package extract

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/xlsx"
)

// Format is an input format recognised by its leading bytes.
type Format string

// The formats Sniff tells apart. Text, DOCX, XLSX, HTML (and web
// archives), Markdown, OLE (Word 97–2003) and PDF are read; the others are
// named so that a skipped file says what it was.
const (
	FormatText     Format = "text"
	FormatDOCX     Format = "docx"
	FormatXLSX     Format = "xlsx"
	FormatPPTX     Format = "pptx"
	FormatODF      Format = "opendocument" // .odt, .ods, .odp …
	FormatZip      Format = "zip"          // a zip that is no Office package, or a damaged one: the DOCX reader says which
	FormatOLE      Format = "ole"          // Word 97–2003 .doc (or .wps), or another OLE file the .doc reader names
	FormatXLS      Format = "xls"          // Excel 97–2003 workbook (BIFF in an OLE file)
	FormatPDF      Format = "pdf"
	FormatPNG      Format = "png"
	FormatJPEG     Format = "jpeg"
	FormatGIF      Format = "gif"
	FormatRTF      Format = "rtf"
	FormatHTML     Format = "html"
	FormatMarkdown Format = "markdown"
	FormatMHTML    Format = "mhtml" // a web archive, a "single file web page": read as the HTML page it wraps
	FormatUnknown  Format = "unknown"
)

var magics = []struct {
	prefix string
	format Format
}{
	{"PK\x03\x04", FormatZip},
	{"PK\x05\x06", FormatZip}, // an empty zip
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", FormatOLE},
	{"%PDF-", FormatPDF},
	{"\x89PNG\r\n\x1a\n", FormatPNG},
	{"\xff\xd8\xff", FormatJPEG},
	{"GIF87a", FormatGIF},
	{"GIF89a", FormatGIF},
	{"{\\rtf", FormatRTF},
}

// Sniff names the format of data from its leading bytes, and for a zip or
// an OLE file from what they hold (see sniffZip, xlsx.IsXLS). Anything
// without a known signature is a web archive (see isMHT), HTML (see
// isHTML), Markdown (see isMarkdown) or text: the reader decides whether it
// decodes.
func Sniff(data []byte) Format {
	for _, m := range magics {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			switch {
			case m.format == FormatZip:
				return sniffZip(data)
			case m.format == FormatOLE && xlsx.IsXLS(data):
				return FormatXLS
			}
			return m.format
		}
	}
	head := asciiHead(data, sniffBytes)
	switch {
	case isMHT(head):
		return FormatMHTML
	case isHTML(head):
		return FormatHTML
	case isMarkdown(head):
		return FormatMarkdown
	}
	return FormatText
}

// mainTypes tell Office packages apart by the content type of their main
// part in [Content_Types].xml (ECMA-376 Part 2 §10.1.2): the document,
// macro-enabled and template variants of each application.
var mainTypes = []struct {
	fragment string
	format   Format
}{
	{"wordprocessingml.document.main+xml", FormatDOCX},
	{"wordprocessingml.template.main+xml", FormatDOCX},
	{"ms-word.document.macroenabled.main+xml", FormatDOCX},
	{"ms-word.template.macroenabledtemplate.main+xml", FormatDOCX},
	{"spreadsheetml.sheet.main+xml", FormatXLSX},
	{"spreadsheetml.template.main+xml", FormatXLSX},
	{"ms-excel.sheet.macroenabled.main+xml", FormatXLSX},
	{"ms-excel.template.macroenabled.main+xml", FormatXLSX},
	{"ms-excel.sheet.binary.macroenabled.main", FormatXLSX}, // .xlsb: the XLSX reader refuses it by name
	{"presentationml.presentation.main+xml", FormatPPTX},
	{"presentationml.slideshow.main+xml", FormatPPTX},
	{"presentationml.template.main+xml", FormatPPTX},
	{"ms-powerpoint.presentation.macroenabled.main+xml", FormatPPTX},
	{"ms-powerpoint.slideshow.macroenabled.main+xml", FormatPPTX},
	{"ms-powerpoint.template.macroenabled.main+xml", FormatPPTX},
}

// maxTypesPart caps the bytes of [Content_Types].xml that sniffZip reads.
const maxTypesPart = 1 << 20

// sniffZip names what a zip holds, to choose its reader: an OpenDocument
// file by its mimetype entry (ODF 1.2 Part 3 §3.3), an Office package by
// the main content type [Content_Types].xml declares. It only chooses: the
// reader checks the package's relationships itself. A zip it cannot open,
// or one with no recognised main part, is FormatZip.
func sniffZip(data []byte) Format {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return FormatZip
	}
	var types *zip.File
	for _, f := range zr.File {
		switch strings.ToLower(f.Name) {
		case "mimetype":
			if head := readHead(f, 64); strings.HasPrefix(head, "application/vnd.oasis.opendocument.") {
				return FormatODF
			}
		case "[content_types].xml":
			if types == nil {
				types = f
			}
		}
	}
	if types == nil {
		return FormatZip
	}
	ct := strings.ToLower(readHead(types, maxTypesPart))
	found := FormatZip
	for _, m := range mainTypes {
		if !strings.Contains(ct, m.fragment) {
			continue
		}
		if found != FormatZip && found != m.format {
			return FormatZip // two applications' main parts: let the DOCX reader decide
		}
		found = m.format
	}
	return found
}

// readHead inflates at most n bytes of f; "" when it cannot.
func readHead(f *zip.File, n int64) string {
	rc, err := f.Open()
	if err != nil {
		return ""
	}
	defer rc.Close()
	b, _ := io.ReadAll(io.LimitReader(rc, n))
	return string(b)
}

// hasPrefixFold reports whether b starts with the ASCII prefix, ignoring
// ASCII case, without lowering a copy of b.
func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && strings.EqualFold(string(b[:len(prefix)]), prefix)
}

// unsupported is the error for a format jixiao does not read.
func unsupported(f Format) error {
	switch f {
	case FormatXLS:
		return xlsx.RefuseXLS()
	case FormatPPTX:
		return document.Errorf(document.ErrUnsupported, 0, "a PowerPoint presentation (.pptx) is not read (jixiao reads plain text, DOCX, XLSX, HTML, Markdown, Word 97–2003 .doc and PDF)")
	case FormatODF:
		return document.Errorf(document.ErrUnsupported, 0, "an OpenDocument file (.odt, .ods, .odp) is not read: save it as .docx or .xlsx and try again")
	}
	return document.Errorf(document.ErrUnsupported, 0, "%s files are not read (jixiao reads plain text, DOCX, XLSX, HTML, Markdown, Word 97–2003 .doc and PDF)", f)
}

// isPackage reports whether f is a zip or OLE container, whose reader says
// what it holds.
func isPackage(f Format) bool {
	switch f {
	case FormatDOCX, FormatXLSX, FormatPPTX, FormatODF, FormatZip, FormatOLE, FormatXLS:
		return true
	}
	return false
}

// describe names a format for messages.
func describe(f Format) string {
	switch f {
	case FormatText:
		return "plain text"
	case FormatUnknown:
		return "of an unknown format"
	case FormatODF:
		return "an OpenDocument file"
	}
	return "a " + strings.ToUpper(string(f)) + " file"
}
