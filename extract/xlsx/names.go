package xlsx

import (
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/internal/ooxml"
)

// The namespaces the reader acts on. Elements are matched by namespace URL
// and local name, never by prefix: Excel writes SpreadsheetML in the
// default namespace, other producers bind it to "x:" or "ss:".
const (
	nsMain = ooxml.NSFirst + iota // SpreadsheetML main (transitional or strict)
	nsRel                         // officeDocument relationships, as in r:id
)

const (
	// mainURL is the transitional SpreadsheetML namespace (ECMA-376 Part 1
	// §18), which Excel, WPS and LibreOffice write.
	mainURL = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	// mainStrictURL is the same vocabulary in Strict OOXML.
	mainStrictURL = "http://purl.oclc.org/ooxml/spreadsheetml/main"
	relURL        = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	relStrictURL  = "http://purl.oclc.org/ooxml/officeDocument/relationships"
)

// vocab is what the reader acts on, for the scanner: namespaces only, the
// elements being told apart by Scanner.Is.
var vocab = ooxml.Vocab{NS: lookupNS}

// lookupNS classifies a namespace URL.
func lookupNS(url []byte) ooxml.NS {
	switch string(url) {
	case mainURL, mainStrictURL:
		return nsMain
	case relURL, relStrictURL:
		return nsRel
	}
	return ooxml.NSOther
}

// encodeRune writes the UTF-8 encoding of r into p and returns its length.
func encodeRune(p []byte, r rune) int { return len(utf8.AppendRune(p[:0], r)) }
