package ooxml

import "bytes"

// Attributes of a start tag. A Word-made document.xml holds more attributes
// than bytes of text (corpus/010: 11,000 attributes, 9,000 bytes of text),
// nearly all of them on run and paragraph properties that the reader skips;
// so the scanner checks an attribute list as it scans the tag (attrList)
// and keeps only where the list is, and attrAt splits it into names and
// values for the few elements whose attributes are read (Attr) and for
// namespace declarations. A SpreadsheetML cell is the other way round: its
// three attributes (r, t, s) are all read, so Attr splits the list of a
// tag once, on its first call, and looks the others up in the split.

// attr is one attribute of the current start tag, as offsets into the part:
// the qualified name data[name:end], its colon (-1 for none), its local
// name data[local:end], and the raw value data[val:valEnd], entities not
// yet expanded.
type attr struct {
	name, colon, local, end, val, valEnd int
}

// parts returns the attribute's prefix (nil for none), local name and raw
// value.
func (a attr) parts(data []byte) (prefix, local, value []byte) {
	value = data[a.val:a.valEnd]
	if a.colon < 0 {
		return nil, data[a.local:a.end], value
	}
	return data[a.name:a.colon], data[a.local:a.end], value
}

// attrList checks the attribute list of the start tag q from data[i] to the
// tag's end, (S? name S? '=' S? quoted-value)* S? ('>' | '/>'), and moves
// pos past the tag. It returns where the list ends (at the '>' or '/>'),
// whether the tag is an empty-element tag and whether an attribute name
// starts with "xmlns"; ok is false after an error, which it records.
// Errors are worded by attrError, so that this loop keeps its indexes in
// registers.
func (s *Scanner) attrList(i int, q []byte) (end int, empty, xmlns, ok bool) {
	data := s.data
	for {
		if i = skipSpace(data, i); i >= len(data) {
			return s.attrError(attrEOF, i, 0, q)
		}
		switch data[i] {
		case '>':
			s.pos = i + 1
			return i, false, xmlns, true
		case '/':
			if i+1 < len(data) && data[i+1] == '>' {
				s.pos = i + 2
				return i, true, xmlns, true
			}
			return s.attrError(attrSlash, i, 0, q)
		}
		name := i
		if i = scanName(data, i); i == name {
			return s.attrError(attrChar, i, 0, q)
		}
		if i-name >= 5 && string(data[name:name+5]) == "xmlns" {
			xmlns = true
		}
		if i = skipSpace(data, i); i >= len(data) || data[i] != '=' {
			return s.attrError(attrNoValue, i, name, q)
		}
		if i = skipSpace(data, i+1); i >= len(data) || (data[i] != '"' && data[i] != '\'') {
			return s.attrError(attrUnquoted, i, name, q)
		}
		if i = valueEnd(data, i+1, data[i]); i >= len(data) || data[i] == '<' {
			return s.attrError(attrValue, i, name, q)
		}
		i++
	}
}

// valueEnd returns the index of the first quote or '<' in data[i:], or
// len(data): where an attribute value ends, or where it goes wrong.
func valueEnd(data []byte, i int, quote byte) int {
	for i < len(data) && data[i] != quote && data[i] != '<' {
		i++
	}
	return i
}

// What attrList found wrong.
const (
	attrEOF      = iota // the input ends inside the tag
	attrSlash           // a '/' not followed by '>'
	attrChar            // a byte that cannot start a name
	attrNoValue         // a name not followed by '='
	attrUnquoted        // a value without quotes
	attrValue           // a value not closed, or holding a '<'
)

// attrError records what attrList found wrong at data[i], in the tag q;
// name is where the attribute's name starts.
func (s *Scanner) attrError(what, i, name int, q []byte) (int, bool, bool, bool) {
	data := s.data
	an := data[name:scanName(data, name)]
	switch what {
	case attrEOF:
		s.fail(s.off, "unexpected end of input in tag <%s>", q)
	case attrSlash:
		s.fail(i, "expected '/>' in tag <%s>", q)
	case attrChar:
		s.fail(i, "invalid character %q in tag <%s>", data[i], q)
	case attrNoValue:
		s.fail(i, "attribute %s without value in tag <%s>", an, q)
	case attrUnquoted:
		s.fail(i, "unquoted value of attribute %s", an)
	case attrValue:
		if i < len(data) {
			s.fail(i, "unescaped < inside the value of attribute %s", an)
			break
		}
		start := skipSpace(data, skipSpace(data, name+len(an))+1) + 1 // past '=' and the quote
		s.fail(start, "unterminated value of attribute %s", an)
	}
	return 0, false, false, false
}

// attrAt returns the attribute of the current start tag that starts at or
// after data[i] (white space first), and the index past it; ok is false at
// the end of the list. Start at s.a0. The list was checked by attrList.
func (s *Scanner) attrAt(i int) (a attr, next int, ok bool) {
	data := s.data[:s.a1]
	for i < len(data) && IsSpace(data[i]) {
		i++
	}
	if i >= len(data) {
		return attr{}, i, false
	}
	a.name = i
	i = scanName(data, i)
	a.end = i
	a.colon = -1
	a.local = localStart(data, a.name, a.end)
	if a.local > a.name {
		a.colon = a.local - 1
	}
	for data[i] != '"' && data[i] != '\'' { // white space and '='
		i++
	}
	a.val = i + 1
	a.valEnd = a.val + bytes.IndexByte(data[a.val:], data[i])
	return a, a.valEnd + 1, true
}

// Attr returns the expanded value of the current start tag's attribute
// in namespace ns with the given local name, or nil when it is absent.
// Unprefixed attributes are in no namespace (XML Namespaces §6.2):
// SpreadsheetML's own (r, t, s) are unprefixed; Word's are always
// prefixed, but lenient readers accept "val" for "w:val" and so do we: an
// unprefixed attribute of the name is taken when none in ns is there. The
// value may be a slice of the part: copy what you keep.
func (s *Scanner) Attr(ns NS, local string) []byte {
	if s.attrsAt != s.a0 {
		s.attrs = s.attrs[:0]
		for a, i, ok := s.attrAt(s.a0); ok; a, i, ok = s.attrAt(i) {
			s.attrs = append(s.attrs, a)
		}
		s.attrsAt = s.a0
	}
	var bare []byte
	for i := range s.attrs {
		a := &s.attrs[i]
		if a.end-a.local != len(local) || string(s.data[a.local:a.end]) != local {
			continue
		}
		value := s.data[a.val:a.valEnd]
		if a.colon < 0 {
			bare = value
			continue
		}
		if got, _ := s.resolveBinding(s.data[a.name:a.colon]); got == ns {
			return s.attrExpand(value)
		}
	}
	if bare != nil {
		return s.attrExpand(bare)
	}
	return nil
}

// attrExpand returns the raw attribute value v expanded: v itself when it
// holds no reference and no CR, nil when it is empty (as absent: callers
// take an empty value for none).
func (s *Scanner) attrExpand(v []byte) []byte {
	if len(v) == 0 {
		return nil
	}
	for _, c := range v {
		if c == '&' || c == '\r' {
			return s.expand(v, make([]byte, 0, len(v)))
		}
	}
	return v
}
