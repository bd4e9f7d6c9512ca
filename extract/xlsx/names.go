package xlsx

import "unicode/utf8"

// nsID names the namespaces the reader acts on. Elements are matched by
// namespace URL and local name, never by prefix: Excel writes SpreadsheetML
// in the default namespace, other producers bind it to "x:" or "ss:".
type nsID uint8

const (
	nsNone  nsID = iota // no namespace or an undeclared prefix
	nsOther             // a declared namespace the reader does not act on
	nsMain              // SpreadsheetML main (transitional or strict)
	nsRel               // officeDocument relationships, as in r:id
	nsPkg               // OPC package relationships and content types
)

const (
	// mainURL is the transitional SpreadsheetML namespace (ECMA-376 Part 1
	// §18), which Excel, WPS and LibreOffice write.
	mainURL = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	// mainStrictURL is the same vocabulary in Strict OOXML.
	mainStrictURL   = "http://purl.oclc.org/ooxml/spreadsheetml/main"
	relURL          = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	relStrictURL    = "http://purl.oclc.org/ooxml/officeDocument/relationships"
	pkgRelURL       = "http://schemas.openxmlformats.org/package/2006/relationships"
	contentTypesURL = "http://schemas.openxmlformats.org/package/2006/content-types"
	xmlURL          = "http://www.w3.org/XML/1998/namespace"
)

// lookupNS classifies a namespace URL.
func lookupNS(url []byte) nsID {
	switch string(url) {
	case mainURL, mainStrictURL:
		return nsMain
	case relURL, relStrictURL:
		return nsRel
	case pkgRelURL, contentTypesURL:
		return nsPkg
	}
	return nsOther
}

// is reports whether the current token is the element local in namespace ns.
func (s *scanner) is(ns nsID, local string) bool {
	return s.ns == ns && string(s.local) == local
}

// encodeRune writes the UTF-8 encoding of r into p and returns its length.
func encodeRune(p []byte, r rune) int { return len(utf8.AppendRune(p[:0], r)) }
