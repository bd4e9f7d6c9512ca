package segment

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// maxLevel is the deepest heading level the grammar knows.
const maxLevel = 4

// sequence tracks the open heading levels and their last ordinals, so that a
// marker of the wrong family can be read as the level whose next ordinal it
// carries.
type sequence struct {
	last [maxLevel + 1]int // last[l] is the last ordinal at level l; 0 = not open
}

// due returns the ordinal expected next at level l: one past the last when the
// level is open, else 1 (a new list).
func (s *sequence) due(l int) int { return s.last[l] + 1 }

// open reports whether any level is open.
func (s *sequence) open(l int) bool { return s.last[l] > 0 }

// accept records a heading at level l and closes every deeper level.
func (s *sequence) accept(l, ordinal int) {
	s.last[l] = ordinal
	for d := l + 1; d <= maxLevel; d++ {
		s.last[d] = 0
	}
}

// reset closes every level (at an annex boundary).
func (s *sequence) reset() { s.last = [maxLevel + 1]int{} }

// resolve decides the level of a marker. The family's own level wins when the
// ordinal is the one due there; otherwise an open level whose due ordinal the
// marker carries takes it (a repaired marker: "8、" where 八、 is due, "（2）"
// where （二） is due). A marker that fits nowhere keeps its family's level.
// It returns the level and a warning code, "" when nothing was repaired.
func (s *sequence) resolve(m marker) (level int, code string) {
	natural := m.fam.level()
	if m.ordinal == s.due(natural) {
		return natural, ""
	}
	// Prefer the deepest open level whose due ordinal matches: it is the
	// nearest list the writer was continuing.
	for l := maxLevel; l >= 1; l-- {
		if l != natural && s.open(l) && m.ordinal == s.due(l) {
			return l, "segment.marker_repaired"
		}
	}
	if m.ordinal == 1 {
		return natural, ""
	}
	return natural, "segment.ordinal_out_of_sequence"
}

// builder assembles the section tree from headings and body paragraphs.
//
// Open sections sit on a stack whose levels strictly increase (a heading
// first closes every open section at its level or deeper), so it never holds
// more than maxLevel sections. Only the innermost open section takes body
// text, and it stops taking any once a heading opens a section inside it or
// after it: a section's body pieces are therefore consecutive in pieces, and
// its Text is known as soon as the next heading comes.
type builder struct {
	seq   sequence
	stack [maxLevel]*Section // open sections, outermost first
	depth int                // number of open sections
	// closed holds the closed sections whose parent is still open: the
	// roots, then the children of stack[0] from kidsFrom[0] on, those of
	// stack[1] from kidsFrom[1] on, and so on. Closing a section moves its
	// children into ptrs, in a slice of the exact size.
	closed   []*Section
	kidsFrom [maxLevel]int
	ptrs     []*Section
	slab     []Section
	// pieces are the body pieces of all sections in the order they came;
	// bodies has one entry per section, its number of pieces. Text made of
	// two or more pieces is joined once, at the end, into one string
	// (joinBodies).
	pieces   []string
	bodies   []body
	roots    []*Section
	warnings []document.Warning
	// exclude collects the excluded spans of the whole outline (markers,
	// TOC lines, annex titles); Segment sorts them at the end.
	exclude []document.Span
}

// body counts the body pieces of a section.
type body struct {
	sec    *Section
	pieces int
}

// newBuilder returns a builder for a document of n blocks: a block gives at
// most one body piece and one section, which sizes pieces, bodies and closed.
func newBuilder(n int) builder {
	return builder{
		exclude: make([]document.Span, 0, 64),
		pieces:  make([]string, 0, n),
		bodies:  make([]body, 0, n),
		closed:  make([]*Section, 0, n),
	}
}

// sectionSlabSize is how many sections newSection allocates at a time.
const sectionSlabSize = 16

// newSection returns a pointer to a fresh Section carved out of a slab, so
// that a report's few dozen sections cost a few allocations, not one each.
// Slabs are never grown in place, so earlier pointers stay valid.
func (b *builder) newSection() *Section {
	if len(b.slab) == cap(b.slab) {
		b.slab = make([]Section, 0, sectionSlabSize)
	}
	b.slab = b.slab[:len(b.slab)+1]
	return &b.slab[len(b.slab)-1]
}

// ptrSlabSize is how many child pointers children allocates at a time.
const ptrSlabSize = 64

// children returns a copy of list carved out of a slab of pointers (nil for
// an empty list), capped at its length so that appending to it copies.
func (b *builder) children(list []*Section) []*Section {
	if len(list) == 0 {
		return nil
	}
	if cap(b.ptrs)-len(b.ptrs) < len(list) {
		b.ptrs = make([]*Section, 0, max(ptrSlabSize, len(list)))
	}
	start := len(b.ptrs)
	b.ptrs = append(b.ptrs, list...)
	return b.ptrs[start:len(b.ptrs):len(b.ptrs)]
}

// paraSpan builds the span [start, end) inside paragraph p, its line counted
// from the paragraph's own line: the same span Lines.Span gives, without
// indexing the lines of the whole text.
func paraSpan(p *document.Paragraph, start, end int) document.Span {
	line := p.Span.Line + strings.Count(p.Text[:start-p.Span.Start], "\n")
	return document.Span{Start: start, End: end, Line: line}
}

// heading opens a section for paragraph p with marker m. The marker and the
// title are on the paragraph's first line, so their spans have its line.
func (b *builder) heading(p *document.Paragraph, m marker) {
	level, code := b.seq.resolve(m)
	b.seq.accept(level, m.ordinal)
	start := p.Span.Start
	written := p.Text[:m.sepEnd]
	markerSpan := document.Span{Start: start, End: start + m.sepEnd, Line: p.Span.Line}
	if code != "" {
		b.warn(code, markerSpan, repairedMessage(written, level, m.ordinal))
	}
	if m.fused {
		b.warn("segment.marker_fused", markerSpan, fusedMessage(written, m.ordinal))
	}
	b.exclude = append(b.exclude, markerSpan)

	first, _ := firstLine(p.Text)
	tStart, tEnd, bodyStart := runInTitle(first, m.end)
	sec := b.newSection()
	*sec = Section{
		Marker:     written,
		Ordinal:    m.ordinal,
		Level:      level,
		Title:      first[tStart:tEnd],
		Span:       p.Span,
		TitleSpan:  document.Span{Start: start + tStart, End: start + tEnd, Line: p.Span.Line},
		MarkerSpan: markerSpan,
	}
	b.closeTo(level)
	b.push(sec)
	b.extend(p.Span.End)
	if body := strings.TrimSpace(p.Text[bodyStart:]); body != "" {
		b.addPiece(body)
	}
}

// push opens sec inside the innermost open section and starts its body.
func (b *builder) push(sec *Section) {
	b.stack[b.depth] = sec
	b.kidsFrom[b.depth] = len(b.closed)
	b.depth++
	b.bodies = append(b.bodies, body{sec: sec})
}

// paragraph adds a body paragraph to the innermost open section.
func (b *builder) paragraph(p *document.Paragraph) {
	if b.depth == 0 {
		return
	}
	b.addPiece(p.Text)
	b.extend(p.Span.End)
}

// addPiece adds a piece of body text to the innermost open section, the
// last one pushed.
func (b *builder) addPiece(s string) {
	b.pieces = append(b.pieces, s)
	b.bodies[len(b.bodies)-1].pieces++
}

// extend stretches every open section to end.
func (b *builder) extend(end int) {
	for _, sec := range b.stack[:b.depth] {
		if end > sec.Span.End {
			sec.Span.End = end
		}
	}
}

// closeTo closes the open sections at level >= l.
func (b *builder) closeTo(l int) {
	for b.depth > 0 && b.stack[b.depth-1].Level >= l {
		b.pop()
	}
}

// closeAll closes every open section and restarts the sequence.
func (b *builder) closeAll() {
	for b.depth > 0 {
		b.pop()
	}
	b.seq.reset()
}

// pop closes the innermost open section: its children are complete, and it
// becomes the last child of its parent (or the last root).
func (b *builder) pop() {
	b.depth--
	sec := b.stack[b.depth]
	from := b.kidsFrom[b.depth]
	sec.Children = b.children(b.closed[from:])
	b.closed = append(b.closed[:from], sec)
}

// finish closes every open section and sets the sections' texts: the body
// pieces joined by "\n", as strings.Join would, the texts of two or more
// pieces copied into one string shared by all of them.
func (b *builder) finish() {
	b.closeAll()
	if len(b.closed) > 0 {
		b.roots = b.closed[:len(b.closed):len(b.closed)]
	}
	size, next := 0, 0
	for _, bd := range b.bodies {
		if bd.pieces > 1 {
			for _, s := range b.pieces[next : next+bd.pieces] {
				size += len(s) + 1
			}
		}
		next += bd.pieces
	}
	var all strings.Builder
	all.Grow(size)
	next = 0
	for _, bd := range b.bodies {
		pieces := b.pieces[next : next+bd.pieces]
		next += bd.pieces
		switch len(pieces) {
		case 0:
		case 1:
			bd.sec.Text = pieces[0]
		default:
			start := all.Len()
			for i, s := range pieces {
				if i > 0 {
					all.WriteByte('\n')
				}
				all.WriteString(s)
			}
			// all.String() views the bytes written so far; later writes
			// go past them (or to a new array), so the view never changes.
			bd.sec.Text = all.String()[start:]
		}
	}
}

// repairedMessage is fmt.Sprintf("marker %q read as level %d ordinal %d",
// marker, level, ordinal), written in one allocation (%q is strconv.Quote).
func repairedMessage(marker string, level, ordinal int) string {
	buf := make([]byte, 0, 64)
	buf = append(buf, "marker "...)
	buf = strconv.AppendQuote(buf, marker)
	buf = append(buf, " read as level "...)
	buf = strconv.AppendInt(buf, int64(level), 10)
	buf = append(buf, " ordinal "...)
	buf = strconv.AppendInt(buf, int64(ordinal), 10)
	return string(buf)
}

// fusedMessage is fmt.Sprintf("marker %q is fused with its text: read as
// item %d, the digit after the point as a typo", marker, ordinal), written
// in one allocation.
func fusedMessage(marker string, ordinal int) string {
	buf := make([]byte, 0, 160)
	buf = append(buf, "marker "...)
	buf = strconv.AppendQuote(buf, marker)
	buf = append(buf, " is fused with its text: read as item "...)
	buf = strconv.AppendInt(buf, int64(ordinal), 10)
	buf = append(buf, ", the digit after the point as a typo"...)
	return string(buf)
}

func (b *builder) warn(code string, span document.Span, msg string) {
	if b.warnings == nil {
		b.warnings = make([]document.Warning, 0, 4)
	}
	b.warnings = append(b.warnings, document.Warning{Code: code, Message: msg, Span: span})
}

// runInTitle finds the title of a heading line whose marker ends at from: it
// runs to the first 。 or ： (a run-in heading, "（一）主要职能。" or
// "1.2023年预算资金179.52万元。"), the rest of the line being body. It returns
// the title's bounds and where the body starts, all offsets into line.
func runInTitle(line string, from int) (start, end, body int) {
	rest := line[from:]
	cut := len(rest)
	body = len(line)
	if i := indexEither(rest, "。", "："); i >= 0 {
		cut = i
		_, size := utf8.DecodeRuneInString(rest[i:])
		body = from + i + size
	}
	title := trimTitleEnd(rest[:cut])
	return from, from + len(title), body
}

// trimTitleEnd is strings.TrimRight(s, " \u3000；;，,:"), matching the
// runes' bytes at the end of s: the rune decoded backwards from the end of s
// is one of them exactly when s ends with its bytes.
func trimTitleEnd(s string) string {
	for s != "" {
		switch c := s[len(s)-1]; {
		case c == ' ' || c == ';' || c == ',' || c == ':':
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "\u3000") || strings.HasSuffix(s, "；") || strings.HasSuffix(s, "，"):
			s = s[:len(s)-len("，")]
		default:
			return s
		}
	}
	return s
}

func firstLine(s string) (string, string) {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

// indexEither returns the index of the first a or b in s, or -1: what
// strings.IndexAny(s, a+b) gives for two runes, by two substring searches
// instead of decoding every rune of s (UTF-8 is self-synchronizing, so a
// rune's encoding found as bytes is that rune). The second search stops
// where the first matched.
func indexEither(s, a, b string) int {
	i := strings.Index(s, a)
	limit := s
	if i >= 0 {
		limit = s[:i]
	}
	if j := strings.Index(limit, b); j >= 0 {
		return j
	}
	return i
}

// containsAny reports whether s contains any of subs: strings.ContainsAny
// for a set of non-ASCII runes, by substring search (see indexEither).
func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
