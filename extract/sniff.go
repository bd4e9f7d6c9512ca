package extract

import (
	"bytes"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// Format is an input format recognised by its leading bytes.
type Format string

// The formats Sniff tells apart. Text, DOCX (a zip), HTML, Markdown and
// OLE (Word 97–2003) are read; the others are named so that a skipped file
// says what it was.
const (
	FormatText     Format = "text"
	FormatDOCX     Format = "docx"
	FormatZip      Format = "zip" // a zip that may be a DOCX: the DOCX reader decides
	FormatOLE      Format = "ole" // Word 97–2003 .doc, or an encrypted OOXML package
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

// Sniff names the format of data from its leading bytes. Anything without a
// known signature is text, HTML (see isHTML) or Markdown (see isMarkdown):
// the reader decides whether it decodes.
func Sniff(data []byte) Format {
	for _, m := range magics {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
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

// hasPrefixFold reports whether b starts with the ASCII prefix, ignoring
// ASCII case, without lowering a copy of b.
func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && strings.EqualFold(string(b[:len(prefix)]), prefix)
}

// unsupported is the error for a format jixiao does not read.
func unsupported(f Format) error {
	return document.Errorf(document.ErrUnsupported, 0, "%s files are not read (jixiao reads plain text, DOCX, HTML, Markdown and Word 97–2003 .doc)", f)
}

// describe names a format for messages.
func describe(f Format) string {
	switch f {
	case FormatText:
		return "plain text"
	case FormatUnknown:
		return "of an unknown format"
	}
	return "a " + strings.ToUpper(string(f)) + " file"
}
