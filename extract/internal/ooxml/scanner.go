package ooxml

import (
	"bytes"
	"fmt"
)

// Kind is the kind of token the scanner returns.
type Kind uint8

const (
	TokEOF   Kind = iota // end of input, or an error (Err says which)
	TokStart             // start tag (an empty-element tag gives TokStart then TokEnd)
	TokEnd               // end tag
	TokText              // character data or a CDATA section
)

// NS classifies a namespace for a reader. NSNone and NSOther are the
// scanner's; a reader numbers the namespaces it acts on from NSFirst.
type NS uint8

const (
	NSNone  NS = iota // no namespace, or an undeclared prefix
	NSOther           // a declared namespace the reader does not act on
	NSFirst           // the first of a reader's own
)

// Elem classifies an element for a reader; ElemOther (zero) is every
// element it does not act on, and the reader numbers the others.
type Elem uint8

// ElemOther is every element a reader does not act on.
const ElemOther Elem = 0

// Vocab is what a reader acts on: NS classifies a namespace URL when it is
// declared (nil: every one is NSOther), Elem an element by namespace and
// local name when its start tag is read outside Skip (nil: every one is
// ElemOther). Both are called with slices of the part, which they must not
// keep. A reader has one Vocab, made once.
type Vocab struct {
	NS   func(url []byte) NS
	Elem func(ns NS, local []byte) Elem
}

// xmlURL is the namespace the prefix "xml" is bound to (XML Namespaces §3).
const xmlURL = "http://www.w3.org/XML/1998/namespace"

// binding maps a namespace prefix to a namespace URL, for the elements in
// whose scope it was declared.
type binding struct {
	prefix []byte
	url    []byte
	ns     NS
	depth  int // depth of the element that declared it
}

// frame is one open element, as offsets into the part (no pointers, so
// that pushing and popping frames costs no write barriers): its qualified
// name data[q0:q1] and local name data[l0:q1], the binding its prefix
// resolved to (-1 for none), and its classification.
type frame struct {
	q0, q1, l0 int
	bind       int
	ns         NS
	el         Elem
}

// Scanner is a small pull tokenizer for the XML of OOXML parts
// (WordprocessingML, SpreadsheetML, and the package's relationships and
// content types: XML 1.0 with namespaces; ECMA-376 Part 1 and Part 2). It
// works on the whole part in memory, returns slices of it without copying,
// resolves element and attribute prefixes to namespace URLs, classifies
// elements through the reader's Vocab, checks that end tags match, and
// skips comments, processing instructions and the DOCTYPE. Character data
// is returned raw; Text expands entities on demand. It is kept honest by a
// differential fuzz test against encoding/xml (FuzzScannerVsEncodingXML).
//
// It is the hottest code of a DOCX read (a Word-made document.xml is
// nine-tenths markup, most of it run properties nobody reads), and is
// written for that: the current token is offsets into the part, not
// slices, so that scanning stores few pointers; a start tag's attributes are
// checked as the tag is scanned but split into names and values only when
// asked for (attr.go); the elements of a skipped subtree are not resolved
// to namespaces nor classified; and a subtree seen before is recognised
// and passed over (memo.go). A byte trick kept in this one place (STYLE
// 13): encoding/xml's Decoder.Token reads a Word body at about a tenth of
// this speed.
//
// Lenient where encoding/xml is strict, on purpose and only where it costs
// nothing in correctness of what we keep: names are not checked for name
// characters and "--" inside comments is accepted.
type Scanner struct {
	data     []byte
	pos      int
	maxDepth int
	vocab    *Vocab

	// The current token.
	kind     Kind
	off      int // offset of the token in data
	el       Elem
	ns       NS
	local    []byte // TokStart, TokEnd: the element's local name
	bind     int    // TokStart: the binding of the element's prefix, -1 for none
	q0, l0   int    // TokStart: where the element's qualified and local names start
	a0, a1   int    // TokStart: its attribute list data[a0:a1], checked (attr.go)
	r0, r1   int    // TokText: the raw character data data[r0:r1]
	cdata    bool   // TokText: a CDATA section (no entities)
	pendEnd  bool   // an empty-element tag: the next token is its end
	xmlns    bool   // TokStart: an attribute name starts with "xmlns"
	skipping bool   // inside Skip: elements are neither resolved nor classified

	attrs    []attr // the attributes of the tag whose list starts at attrsAt (Attr)
	attrsAt  int
	stack    []frame // the open elements are stack[:open]
	open     int
	bindings []binding
	buf      []byte
	err      *Error

	// Subtrees seen before (memo.go): those skipped whole, and those the
	// reader read; the deepest nesting since the last mark; the binding
	// generation, which changes whenever the bindings do.
	skipped, read memo
	deepest       int
	gen           int
	forget        bool // recall nothing (Forget)
	checked       int  // data[:checked] is known to be UTF-8 (validate)

	// A one-entry cache of resolve for a prefix, valid until the bindings
	// change: nearly every element and attribute of a part has the same
	// prefix ("w"), declared once on the root.
	cache struct {
		valid  bool
		prefix []byte
		ns     NS
		bind   int
	}
}

// NewScanner returns a scanner over data; maxDepth caps element nesting
// (past it, Err is a limit error); v classifies namespaces and elements.
func NewScanner(data []byte, maxDepth int, v *Vocab) *Scanner {
	s := &Scanner{data: data, maxDepth: maxDepth, vocab: v, bind: -1, attrsAt: -1, checked: len(data)}
	s.bindings = append(s.bindings, binding{prefix: []byte("xml"), url: []byte(xmlURL), ns: NSOther, depth: -1})
	return s
}

// Kind returns the kind of the current token.
func (s *Scanner) Kind() Kind { return s.kind }

// Off returns the offset in the part of the current token.
func (s *Scanner) Off() int { return s.off }

// Elem returns the class of the current element (TokStart, TokEnd), by
// the reader's Vocab.
func (s *Scanner) Elem() Elem { return s.el }

// NS returns the class of the namespace of the current element (TokStart,
// TokEnd).
func (s *Scanner) NS() NS { return s.ns }

// Local returns the local name of the current element (TokStart, TokEnd),
// a slice of the part.
func (s *Scanner) Local() []byte { return s.local }

// Is reports whether the current token is the start or end of the element
// local in namespace ns.
func (s *Scanner) Is(ns NS, local string) bool { return s.ns == ns && string(s.local) == local }

// Err returns the error that stopped the scanner, or nil.
func (s *Scanner) Err() *Error { return s.err }

// Depth returns the number of open elements: after a TokStart it counts the
// element just opened, after a TokEnd it no longer counts the element closed.
func (s *Scanner) Depth() int { return s.open }

func (s *Scanner) fail(off int, format string, args ...any) Kind {
	if s.err == nil {
		s.err = &Error{Offset: off, Msg: fmt.Sprintf(format, args...)}
	}
	s.kind = TokEOF
	return TokEOF
}

// FailLimit stops the scanner with a limit error at offset off of the part,
// for a limit of the reader's own (a run of text too long): the next
// token is TokEOF and Err says why. An error already met stays.
func (s *Scanner) FailLimit(off int, format string, args ...any) {
	if s.err == nil {
		s.err = &Error{Offset: off, Msg: fmt.Sprintf(format, args...), Limit: true}
	}
	s.kind = TokEOF
}

// Next advances to the next token and returns its kind. After an error or at
// the end of input it returns TokEOF; Err tells which.
func (s *Scanner) Next() Kind {
	if s.err != nil {
		s.kind = TokEOF
		return TokEOF
	}
	if s.pendEnd {
		s.pendEnd = false
		s.popElement()
		s.kind = TokEnd
		return TokEnd
	}
	for {
		if s.pos >= len(s.data) {
			if s.open > 0 {
				return s.fail(len(s.data), "unexpected end of input inside <%s>", s.qname(s.stack[s.open-1]))
			}
			s.kind = TokEOF
			return TokEOF
		}
		s.off = s.pos
		if s.data[s.pos] != '<' {
			end := bytes.IndexByte(s.data[s.pos:], '<')
			if end < 0 {
				end = len(s.data)
			} else {
				end += s.pos
			}
			s.r0, s.r1, s.cdata = s.pos, end, false
			s.pos = end
			s.kind = TokText
			return TokText
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
				return TokEOF
			}
		default:
			return s.startTag()
		}
	}
}

// skipPast moves pos past the first occurrence of end at or after from.
func (s *Scanner) skipPast(from int, end string) bool {
	i := bytes.Index(s.data[from:], []byte(end))
	if i < 0 {
		return false
	}
	s.pos = from + i + len(end)
	return true
}

// bang handles "<!": comments and DOCTYPE are skipped; a CDATA section is
// returned as text (ok true).
func (s *Scanner) bang() (Kind, bool) {
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
		if s.open == 0 {
			// Character data outside the root is skipped, as text there
			// is; encoding/xml accepts it too.
			s.pos = start + i + 3
			return 0, false
		}
		s.r0, s.r1, s.cdata = start, start+i, true
		s.pos = start + i + 3
		s.kind = TokText
		return TokText, true
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

// IsSpace reports whether b is XML white space (XML 1.0 §2.3).
func IsSpace(b byte) bool { return b <= ' ' && spaceMask>>b&1 != 0 }

const spaceMask = 1<<' ' | 1<<'\t' | 1<<'\n' | 1<<'\r'

// skipSpace returns the index of the first byte of data[i:] that is not
// white space, or len(data).
func skipSpace(data []byte, i int) int {
	for i < len(data) && IsSpace(data[i]) {
		i++
	}
	return i
}

// nameEnd marks the bytes that end a name: white space, '/', '>', '=' and
// '<'.
var nameEnd = [256]bool{' ': true, '\t': true, '\n': true, '\r': true, '/': true, '>': true, '=': true, '<': true}

// scanName returns the end of the XML name at data[i:]: everything up to
// white space, '/', '>', '=' or '<'.
func scanName(data []byte, i int) int {
	for i < len(data) && !nameEnd[data[i]] {
		i++
	}
	return i
}

// localStart returns where the local name of the qualified name
// data[q0:q1] starts: after its first colon when that splits it into a
// prefix and a local name ("w:p"), else at q0 ("p", ":p", "p:").
func localStart(data []byte, q0, q1 int) int {
	for i := q0; i < q1; i++ {
		if data[i] == ':' {
			if i == q0 || i == q1-1 {
				return q0
			}
			return i + 1
		}
	}
	return q0
}

// startTag scans "<name attr="v" ...>" or "<name .../>".
func (s *Scanner) startTag() Kind {
	q0 := s.pos + 1
	q1 := scanName(s.data, q0)
	if q1 == q0 {
		return s.fail(s.off, "expected element name after '<'")
	}
	a1, empty, xmlns, ok := s.attrList(q1, s.data[q0:q1])
	if !ok {
		return TokEOF
	}
	if s.open >= s.maxDepth {
		if s.err == nil {
			s.err = &Error{Offset: s.off, Msg: fmt.Sprintf("elements nested deeper than %d", s.maxDepth), Limit: true}
		}
		s.kind = TokEOF
		return TokEOF
	}
	s.a0, s.a1, s.xmlns = q1, a1, xmlns
	if xmlns {
		s.declareAll()
	}
	l0 := localStart(s.data, q0, q1)
	bind, ns, el := -1, NSNone, ElemOther
	if !s.skipping {
		var prefix []byte
		if l0 > q0 {
			prefix = s.data[q0 : l0-1]
		}
		ns, bind = s.resolveBinding(prefix)
		if s.vocab.Elem != nil {
			el = s.vocab.Elem(ns, s.data[l0:q1])
		}
	}
	if s.open == len(s.stack) {
		s.stack = append(s.stack, frame{})
		s.stack = s.stack[:cap(s.stack)]
	}
	s.stack[s.open] = frame{q0: q0, q1: q1, l0: l0, bind: bind, ns: ns, el: el}
	s.open++
	if s.open > s.deepest {
		s.deepest = s.open
	}
	s.q0, s.l0, s.bind, s.ns, s.el = q0, l0, bind, ns, el
	s.local = s.data[l0:q1]
	s.pendEnd = empty
	s.kind = TokStart
	return TokStart
}

// URL returns the namespace URL of the element of the current start tag:
// the URL bound to its prefix, the prefix itself when it is undeclared (as
// encoding/xml does), or nil for none. It is not kept inside skip.
func (s *Scanner) URL() []byte {
	switch {
	case s.bind >= 0:
		return s.bindings[s.bind].url
	case s.l0 > s.q0:
		return s.data[s.q0 : s.l0-1]
	}
	return nil
}

// declareAll declares the namespace bindings of the current start tag,
// which will be at depth s.open.
func (s *Scanner) declareAll() {
	for a, i, ok := s.attrAt(s.a0); ok; a, i, ok = s.attrAt(i) {
		if a.end-a.name < 5 || string(s.data[a.name:a.name+5]) != "xmlns" {
			continue
		}
		prefix, local, value := a.parts(s.data)
		switch {
		case prefix == nil && string(local) == "xmlns":
			s.declare(nil, value, s.open)
		case string(prefix) == "xmlns":
			s.declare(local, value, s.open)
		}
	}
}

// declare binds prefix (nil: the default namespace) to the URL value.
func (s *Scanner) declare(prefix, value []byte, depth int) {
	url := value
	if bytes.IndexByte(value, '&') >= 0 {
		url = append([]byte(nil), s.expand(value, nil)...)
	}
	ns := NSOther
	if s.vocab.NS != nil {
		ns = s.vocab.NS(url)
	}
	s.bindings = append(s.bindings, binding{prefix: prefix, url: url, ns: ns, depth: depth})
	s.cache.valid = false
	s.gen++
}

// resolve returns the URL and namespace id bound to prefix. An undeclared
// prefix resolves to itself, as encoding/xml does.
func (s *Scanner) resolve(prefix []byte) ([]byte, NS) {
	ns, bind := s.resolveBinding(prefix)
	if bind < 0 {
		return prefix, ns
	}
	return s.bindings[bind].url, ns
}

// resolveBinding returns the namespace id bound to prefix and the index of
// its binding in s.bindings, or NSNone and -1 when the prefix is undeclared.
func (s *Scanner) resolveBinding(prefix []byte) (NS, int) {
	if prefix != nil && s.cache.valid && sameBytes(s.cache.prefix, prefix) {
		return s.cache.ns, s.cache.bind
	}
	for i := len(s.bindings) - 1; i >= 0; i-- {
		b := &s.bindings[i]
		if bytes.Equal(b.prefix, prefix) && (prefix != nil || b.prefix == nil) {
			if prefix != nil {
				s.cache.valid, s.cache.prefix, s.cache.ns, s.cache.bind = true, b.prefix, b.ns, i
			}
			return b.ns, i
		}
	}
	return NSNone, -1
}

// sameBytes is bytes.Equal for the short prefixes of a part ("w"), where a
// loop costs less than a call.
func sameBytes(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// qname returns the qualified name of an open element.
func (s *Scanner) qname(f frame) []byte { return s.data[f.q0:f.q1] }

// popElement closes the innermost element and its namespace bindings.
func (s *Scanner) popElement() {
	s.open--
	top := &s.stack[s.open]
	s.ns, s.el, s.local = top.ns, top.el, s.data[top.l0:top.q1]
	if n := len(s.bindings); n > 0 && s.bindings[n-1].depth >= s.open {
		for len(s.bindings) > 0 && s.bindings[len(s.bindings)-1].depth >= s.open {
			s.bindings = s.bindings[:len(s.bindings)-1]
		}
		s.cache.valid = false
		s.gen++
	}
}

// endTag scans "</name>" and checks it closes the innermost open element.
// The usual "</name>" of the innermost element is matched in place; all
// else goes the long way, which says what is wrong.
func (s *Scanner) endTag() Kind {
	s.pos += 2
	if s.open > 0 {
		top := s.stack[s.open-1]
		end := s.pos + top.q1 - top.q0
		if end < len(s.data) && s.data[end] == '>' && string(s.data[s.pos:end]) == string(s.data[top.q0:top.q1]) {
			s.pos = end + 1
			s.popElement()
			s.kind = TokEnd
			return TokEnd
		}
	}
	q := s.data[s.pos:scanName(s.data, s.pos)]
	s.pos = skipSpace(s.data, s.pos+len(q))
	if s.pos >= len(s.data) || s.data[s.pos] != '>' {
		return s.fail(s.off, "invalid end tag </%s", q)
	}
	s.pos++
	if s.open == 0 {
		return s.fail(s.off, "unexpected end tag </%s>", q)
	}
	if top := s.qname(s.stack[s.open-1]); !bytes.Equal(top, q) {
		return s.fail(s.off, "element <%s> closed by </%s>", top, q)
	}
	s.popElement()
	s.kind = TokEnd
	return TokEnd
}
