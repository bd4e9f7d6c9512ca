package xlsx

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// tokKind is the kind of token the scanner returns.
type tokKind uint8

const (
	tokEOF   tokKind = iota // end of input
	tokStart                // start tag (an empty-element tag gives tokStart then tokEnd)
	tokEnd                  // end tag
	tokText                 // character data or a CDATA section
)

// attr is one attribute of the current start tag, as offsets into the part
// (no pointers, so that collecting them costs no write barriers): the
// qualified name data[name:end], its colon (-1 for none) and the raw value
// data[val:valEnd], entities not yet expanded.
type attr struct {
	name, colon, end, val, valEnd int
}

// parts returns the attribute's prefix (nil for none), local name and raw
// value.
func (a attr) parts(data []byte) (prefix, local, value []byte) {
	value = data[a.val:a.valEnd]
	if a.colon < 0 {
		return nil, data[a.name:a.end], value
	}
	return data[a.name:a.colon], data[a.colon+1 : a.end], value
}

// binding maps a namespace prefix to a namespace URL, for the elements in
// whose scope it was declared.
type binding struct {
	prefix []byte
	url    []byte
	ns     nsID
	depth  int // depth of the element that declared it
}

// frame is one open element, as offsets into the part (no pointers, so
// that pushing and popping frames costs no write barriers): its qualified
// name data[q0:q1] and local name data[l0:q1], the binding its prefix
// resolved to (-1 for none), and its namespace.
type frame struct {
	q0, q1, l0 int
	bind       int
	ns         nsID
}

// scanError is a tokenizer error at an offset of the part.
type scanError struct {
	offset int
	msg    string
	limit  bool // a safety limit, not malformed XML
}

func (e *scanError) Error() string { return fmt.Sprintf("offset %d: %s", e.offset, e.msg) }

// scanner is a small pull tokenizer for the XML that SpreadsheetML and OPC
// parts use (XML 1.0, namespaces; ECMA-376 Part 1 §18 and Part 2). It is
// the tokenizer of extract/docx (scanner.go there) without its
// WordprocessingML element table: elements are told apart by namespace and
// local name (is). The two should become one package; until then a fix to
// one belongs in the other. It works on the
// whole part in memory, returns slices of it without copying, resolves element
// and attribute prefixes to namespace URLs, checks that end tags match, and
// skips comments, processing instructions and the DOCTYPE. Character data is
// returned raw; text() expands entities on demand. It is kept honest by a
// differential fuzz test against encoding/xml (FuzzScannerVsEncodingXML).
//
// Lenient where encoding/xml is strict, on purpose and only where it costs
// nothing in correctness of what we keep: names are not checked for name
// characters and "--" inside comments is accepted.
type scanner struct {
	data     []byte
	pos      int
	maxDepth int

	// The current token.
	kind    tokKind
	off     int // offset of the token in data
	ns      nsID
	local   []byte
	url     []byte
	attrs   []attr
	raw     []byte // tokText: raw character data
	cdata   bool   // tokText: raw is a CDATA section (no entities)
	pendEnd bool   // an empty-element tag: the next token is its end
	xmlns   bool   // tokStart: an attribute name starts with "xmlns"

	stack    []frame
	bindings []binding
	buf      []byte
	err      *scanError

	// A one-entry cache of resolve for a prefix, valid until the bindings
	// change: nearly every element and attribute of a part has the same
	// prefix ("w"), declared once on the root.
	cache struct {
		valid  bool
		prefix []byte
		url    []byte
		ns     nsID
		bind   int
	}
}

// newScanner returns a scanner over data; maxDepth caps element nesting.
func newScanner(data []byte, maxDepth int) *scanner {
	s := &scanner{data: data, maxDepth: maxDepth}
	s.bindings = append(s.bindings, binding{prefix: []byte("xml"), url: []byte(xmlURL), ns: nsOther, depth: -1})
	return s
}

// depth returns the number of open elements: after a tokStart it counts the
// element just opened, after a tokEnd it no longer counts the element closed.
func (s *scanner) depth() int { return len(s.stack) }

func (s *scanner) fail(off int, format string, args ...any) tokKind {
	if s.err == nil {
		s.err = &scanError{offset: off, msg: fmt.Sprintf(format, args...)}
	}
	s.kind = tokEOF
	return tokEOF
}

// next advances to the next token and returns its kind. After an error or at
// the end of input it returns tokEOF; s.err tells which.
func (s *scanner) next() tokKind {
	if s.err != nil {
		s.kind = tokEOF
		return tokEOF
	}
	if s.pendEnd {
		s.pendEnd = false
		s.popElement()
		s.kind = tokEnd
		return tokEnd
	}
	for {
		if s.pos >= len(s.data) {
			if len(s.stack) > 0 {
				return s.fail(len(s.data), "unexpected end of input inside <%s>", s.qname(s.stack[len(s.stack)-1]))
			}
			s.kind = tokEOF
			return tokEOF
		}
		s.off = s.pos
		if s.data[s.pos] != '<' {
			end := bytes.IndexByte(s.data[s.pos:], '<')
			if end < 0 {
				end = len(s.data)
			} else {
				end += s.pos
			}
			s.raw, s.cdata = s.data[s.pos:end], false
			s.pos = end
			s.kind = tokText
			return tokText
		}
		if s.pos+1 >= len(s.data) {
			return s.fail(s.pos, "unexpected end of input after '<'")
		}
		switch s.data[s.pos+1] {
		case '/':
			return s.endTag()
		case '?':
			if !s.skipPast(s.pos+2, "?>") {
				return s.fail(s.pos, "unterminated processing instruction")
			}
		case '!':
			if k, ok := s.bang(); ok {
				return k
			}
			if s.err != nil {
				return tokEOF
			}
		default:
			return s.startTag()
		}
	}
}

// skipPast moves pos past the first occurrence of end at or after from.
func (s *scanner) skipPast(from int, end string) bool {
	i := bytes.Index(s.data[from:], []byte(end))
	if i < 0 {
		return false
	}
	s.pos = from + i + len(end)
	return true
}

// bang handles "<!": comments and DOCTYPE are skipped; a CDATA section is
// returned as text (ok true).
func (s *scanner) bang() (tokKind, bool) {
	rest := s.data[s.pos:]
	switch {
	case bytes.HasPrefix(rest, []byte("<!--")):
		if !s.skipPast(s.pos+4, "-->") {
			s.fail(s.pos, "unterminated comment")
		}
		return 0, false
	case bytes.HasPrefix(rest, []byte("<![CDATA[")):
		start := s.pos + 9
		i := bytes.Index(s.data[start:], []byte("]]>"))
		if i < 0 {
			s.fail(s.pos, "unterminated CDATA section")
			return 0, false
		}
		if len(s.stack) == 0 {
			// Character data outside the root is skipped, as text there
			// is; encoding/xml accepts it too.
			s.pos = start + i + 3
			return 0, false
		}
		s.raw, s.cdata = s.data[start:start+i], true
		s.pos = start + i + 3
		s.kind = tokText
		return tokText, true
	}
	// Any other "<!" is a directive such as a DOCTYPE, which has no place in
	// OOXML (ECMA-376 Part 2 §8.1.4 forbids DTDs): skip it, with its quoted
	// strings and nested brackets, and expand nothing from it.
	// The byte after "<!" is taken as is, as encoding/xml does.
	depth, quote := 0, byte(0)
	for i := s.pos + 3; i < len(s.data); i++ {
		c := s.data[i]
		switch {
		case quote == 0 && c == '>' && depth == 0:
			s.pos = i + 1
			return 0, false
		case c == quote:
			quote = 0
		case quote != 0:
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			depth--
		case c == '<' && bytes.HasPrefix(s.data[i:], []byte("<!--")):
			end := bytes.Index(s.data[i+4:], []byte("-->"))
			if end < 0 {
				break
			}
			i += 4 + end + 2
		case c == '<':
			depth++
		}
	}
	s.fail(s.pos, "unterminated directive")
	return 0, false
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// nameEnd marks the bytes that end a name: white space, '/', '>', '=' and
// '<'.
var nameEnd = [256]bool{' ': true, '\t': true, '\n': true, '\r': true, '/': true, '>': true, '=': true, '<': true}

// name scans an XML name at s.pos: everything up to white space, '/', '>',
// '=' or '<'.
func (s *scanner) name() []byte {
	q, _ := s.qualifiedName()
	return q
}

// qualifiedName is name that also returns where splitName would split it:
// the index in the name of its first colon when that splits it into a
// prefix and a local name, else -1. It saves a second pass over the name.
func (s *scanner) qualifiedName() ([]byte, int) {
	start, data := s.pos, s.data
	i, colon := start, -1
	for i < len(data) {
		c := data[i]
		if nameEnd[c] {
			break
		}
		if c == ':' && colon < 0 {
			colon = i - start
		}
		i++
	}
	s.pos = i
	if colon <= 0 || colon >= i-start-1 {
		colon = -1
	}
	return data[start:i], colon
}

func (s *scanner) skipSpace() {
	for s.pos < len(s.data) && isSpace(s.data[s.pos]) {
		s.pos++
	}
}

// splitName splits "p:local" into its prefix and local name.
func splitName(q []byte) (prefix, local []byte) {
	if i := bytes.IndexByte(q, ':'); i > 0 && i < len(q)-1 {
		return q[:i], q[i+1:]
	}
	return nil, q
}

// startTag scans "<name attr="v" ...>" or "<name .../>".
func (s *scanner) startTag() tokKind {
	s.pos++
	q, colon := s.qualifiedName()
	if len(q) == 0 {
		return s.fail(s.off, "expected element name after '<'")
	}
	s.attrs, s.xmlns = s.attrs[:0], false
	for {
		s.skipSpace()
		if s.pos >= len(s.data) {
			return s.fail(s.off, "unexpected end of input in tag <%s>", q)
		}
		switch s.data[s.pos] {
		case '>':
			s.pos++
			return s.openElement(q, colon, false)
		case '/':
			if s.pos+1 < len(s.data) && s.data[s.pos+1] == '>' {
				s.pos += 2
				return s.openElement(q, colon, true)
			}
			return s.fail(s.pos, "expected '/>' in tag <%s>", q)
		}
		if !s.attribute(q) {
			return tokEOF
		}
	}
}

// attribute scans one name="value" pair of the tag q.
func (s *scanner) attribute(q []byte) bool {
	nameStart := s.pos
	an, acolon := s.qualifiedName()
	if len(an) == 0 {
		s.fail(s.pos, "invalid character %q in tag <%s>", s.data[s.pos], q)
		return false
	}
	s.skipSpace()
	if s.pos >= len(s.data) || s.data[s.pos] != '=' {
		s.fail(s.pos, "attribute %s without value in tag <%s>", an, q)
		return false
	}
	s.pos++
	s.skipSpace()
	if s.pos >= len(s.data) || (s.data[s.pos] != '"' && s.data[s.pos] != '\'') {
		s.fail(s.pos, "unquoted value of attribute %s", an)
		return false
	}
	data := s.data
	quote := data[s.pos]
	start := s.pos + 1
	i := start
	for i < len(data) && data[i] != quote {
		if data[i] == '<' {
			s.pos = i
			s.fail(i, "unescaped < inside the value of attribute %s", an)
			return false
		}
		i++
	}
	s.pos = i
	if i >= len(data) {
		s.fail(start, "unterminated value of attribute %s", an)
		return false
	}
	colon := -1
	if acolon >= 0 {
		colon = nameStart + acolon
	}
	if len(an) >= 5 && string(an[:5]) == "xmlns" {
		s.xmlns = true
	}
	s.attrs = append(s.attrs, attr{name: nameStart, colon: colon, end: nameStart + len(an), val: start, valEnd: i})
	s.pos = i + 1
	return true
}

// openElement pushes the element q, declares its namespace bindings and
// resolves its name.
func (s *scanner) openElement(q []byte, colon int, empty bool) tokKind {
	if len(s.stack) >= s.maxDepth {
		if s.err == nil {
			s.err = &scanError{offset: s.off, msg: fmt.Sprintf("elements nested deeper than %d", s.maxDepth), limit: true}
		}
		s.kind = tokEOF
		return tokEOF
	}
	depth := len(s.stack)
	for _, a := range s.attrs {
		if !s.xmlns {
			break // no attribute name starts with xmlns
		}
		if a.end-a.name < 5 || string(s.data[a.name:a.name+5]) != "xmlns" {
			continue
		}
		prefix, local, value := a.parts(s.data)
		switch {
		case prefix == nil && string(local) == "xmlns":
			s.declare(nil, value, depth)
		case string(prefix) == "xmlns":
			s.declare(local, value, depth)
		}
	}
	prefix, local := []byte(nil), q
	if colon >= 0 {
		prefix, local = q[:colon], q[colon+1:]
	}
	url, ns, bind := s.resolveBinding(prefix)
	q0 := s.off + 1 // q follows the '<'
	s.stack = append(s.stack, frame{q0: q0, q1: q0 + len(q), l0: q0 + len(q) - len(local), bind: bind, ns: ns})
	s.ns, s.local, s.url = ns, local, url
	s.pendEnd = empty
	s.kind = tokStart
	return tokStart
}

// declare binds prefix (nil: the default namespace) to the URL value.
func (s *scanner) declare(prefix, value []byte, depth int) {
	url := value
	if bytes.IndexByte(value, '&') >= 0 {
		url = append([]byte(nil), s.expand(value, nil)...)
	}
	s.bindings = append(s.bindings, binding{prefix: prefix, url: url, ns: lookupNS(url), depth: depth})
	s.cache.valid = false
}

// resolve returns the URL and namespace id bound to prefix. An undeclared
// prefix resolves to itself, as encoding/xml does.
func (s *scanner) resolve(prefix []byte) ([]byte, nsID) {
	url, ns, _ := s.resolveBinding(prefix)
	return url, ns
}

// resolveBinding is resolve that also returns the index of the binding in
// s.bindings, or -1 when the prefix is undeclared.
func (s *scanner) resolveBinding(prefix []byte) ([]byte, nsID, int) {
	if prefix != nil && s.cache.valid && bytes.Equal(s.cache.prefix, prefix) {
		return s.cache.url, s.cache.ns, s.cache.bind
	}
	for i := len(s.bindings) - 1; i >= 0; i-- {
		b := &s.bindings[i]
		if bytes.Equal(b.prefix, prefix) && (prefix != nil || b.prefix == nil) {
			if prefix != nil {
				s.cache.valid, s.cache.prefix, s.cache.url, s.cache.ns, s.cache.bind = true, prefix, b.url, b.ns, i
			}
			return b.url, b.ns, i
		}
	}
	return prefix, nsNone, -1
}

// qname returns the qualified name of an open element.
func (s *scanner) qname(f frame) []byte { return s.data[f.q0:f.q1] }

// popElement closes the innermost element and its namespace bindings.
func (s *scanner) popElement() {
	top := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	s.ns, s.local = top.ns, s.data[top.l0:top.q1]
	switch {
	case top.bind >= 0:
		s.url = s.bindings[top.bind].url
	case top.l0 > top.q0:
		s.url = s.data[top.q0 : top.l0-1] // an undeclared prefix is its own URL
	default:
		s.url = nil
	}
	d := len(s.stack)
	if n := len(s.bindings); n > 0 && s.bindings[n-1].depth >= d {
		for len(s.bindings) > 0 && s.bindings[len(s.bindings)-1].depth >= d {
			s.bindings = s.bindings[:len(s.bindings)-1]
		}
		s.cache.valid = false
	}
}

// endTag scans "</name>" and checks it closes the innermost open element.
func (s *scanner) endTag() tokKind {
	s.pos += 2
	q := s.name()
	s.skipSpace()
	if s.pos >= len(s.data) || s.data[s.pos] != '>' {
		return s.fail(s.off, "invalid end tag </%s", q)
	}
	s.pos++
	if len(s.stack) == 0 {
		return s.fail(s.off, "unexpected end tag </%s>", q)
	}
	if top := s.qname(s.stack[len(s.stack)-1]); !bytes.Equal(top, q) {
		return s.fail(s.off, "element <%s> closed by </%s>", top, q)
	}
	s.popElement()
	s.kind = tokEnd
	return tokEnd
}

// attrValue returns the expanded value of the current start tag's attribute
// in namespace ns with the given local name, or nil when it is absent.
// Unprefixed attributes are in no namespace (XML Namespaces §6.2):
// SpreadsheetML's own attributes (r, t, s, ref) are unprefixed; r:id is in
// the relationships namespace.
func (s *scanner) attrValue(ns nsID, local string) []byte {
	var bare []byte
	for _, a := range s.attrs {
		prefix, name, value := a.parts(s.data)
		if string(name) != local {
			continue
		}
		if prefix == nil {
			bare = value
			continue
		}
		if _, got := s.resolve(prefix); got == ns {
			return s.expand(value, nil)
		}
	}
	if bare != nil {
		return s.expand(bare, nil)
	}
	return nil
}

// text returns the current text token with entities expanded and line ends
// normalized to "\n" (XML 1.0 §2.11). The result may alias an internal buffer
// valid until the next call.
func (s *scanner) text() []byte {
	if s.cdata {
		if bytes.IndexByte(s.raw, '\r') < 0 {
			return s.raw
		}
		s.buf = normalizeCR(s.buf[:0], s.raw)
		return s.buf
	}
	if bytes.IndexByte(s.raw, '&') < 0 && bytes.IndexByte(s.raw, '\r') < 0 {
		return s.raw
	}
	s.buf = s.expand(s.raw, s.buf[:0])
	return s.buf
}

func normalizeCR(dst, src []byte) []byte {
	for i := 0; i < len(src); i++ {
		if src[i] == '\r' {
			if i+1 < len(src) && src[i+1] == '\n' {
				continue
			}
			dst = append(dst, '\n')
			continue
		}
		dst = append(dst, src[i])
	}
	return dst
}

// expand appends raw to dst with entity and character references expanded
// and "\r\n" or "\r" turned into "\n". A malformed reference is an error.
func (s *scanner) expand(raw, dst []byte) []byte {
	for i := 0; i < len(raw); i++ {
		b := raw[i]
		if b == '\r' {
			if i+1 < len(raw) && raw[i+1] == '\n' {
				continue
			}
			dst = append(dst, '\n')
			continue
		}
		if b != '&' {
			dst = append(dst, b)
			continue
		}
		semi := bytes.IndexByte(raw[i:], ';')
		if semi < 0 {
			s.fail(s.off, "unterminated entity reference")
			return dst
		}
		r, ok := entity(raw[i+1 : i+semi])
		if !ok {
			s.fail(s.off, "invalid entity reference &%s;", raw[i+1:i+semi])
			return dst
		}
		dst = utf8.AppendRune(dst, r)
		i += semi
	}
	return dst
}

// entity decodes the body of a reference: one of the five predefined
// entities or a decimal or hexadecimal character reference to a legal XML
// character (XML 1.0 §4.1, §2.2).
func entity(name []byte) (rune, bool) {
	switch string(name) {
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "amp":
		return '&', true
	case "quot":
		return '"', true
	case "apos":
		return '\'', true
	}
	if len(name) < 2 || name[0] != '#' {
		return 0, false
	}
	base, digits := 10, name[1:]
	if digits[0] == 'x' {
		base, digits = 16, digits[1:]
	}
	if len(digits) == 0 || len(digits) > 8 {
		return 0, false
	}
	var r rune
	for _, c := range digits {
		var d rune
		switch {
		case c >= '0' && c <= '9':
			d = rune(c - '0')
		case base == 16 && c >= 'a' && c <= 'f':
			d = rune(c-'a') + 10
		case base == 16 && c >= 'A' && c <= 'F':
			d = rune(c-'A') + 10
		default:
			return 0, false
		}
		r = r*rune(base) + d
	}
	return r, isXMLChar(r)
}

// isXMLChar reports whether r is a legal XML 1.0 character (§2.2).
func isXMLChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

// skip consumes the rest of the current element, whose start tag was the last
// token, up to and including its end tag.
func (s *scanner) skip() {
	if s.pendEnd {
		s.next()
		return
	}
	d := len(s.stack)
	for {
		k := s.next()
		if k == tokEOF || (k == tokEnd && len(s.stack) < d) {
			return
		}
	}
}

// child advances to the next element inside the element open at depth d and
// reports whether there is one; at the end of that element, or of the input,
// it reports false. Callers handle the children they know and skip the rest:
//
//	d := s.depth()
//	for s.child(d) {
//		switch s.el { … default: s.skip() }
//	}
func (s *scanner) child(d int) bool {
	for {
		switch s.next() {
		case tokEOF:
			return false
		case tokEnd:
			if s.depth() < d {
				return false
			}
		case tokStart:
			return true
		}
	}
}
