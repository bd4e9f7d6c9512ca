package segment

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"jixiao/extract/document"
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

// node is a section under construction. Nodes live by value on the
// builder's stack: the parent of a node is the one below it, and a popped
// slot is reused with its body's backing array.
type node struct {
	sec  *Section
	body []string
}

// builder assembles the section tree from headings and body paragraphs.
type builder struct {
	seq      sequence
	roots    []*Section
	stack    []node // open sections, outermost first
	slab     []Section
	warnings []document.Warning
	// exclude collects the excluded spans of the whole outline (markers,
	// TOC lines, annex titles); Segment sorts them at the end.
	exclude []document.Span
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

// paraSpan builds the span [start, end) inside paragraph p, its line counted
// from the paragraph's own line: the same span Lines.Span gives, without
// indexing the lines of the whole text.
func paraSpan(p *document.Paragraph, start, end int) document.Span {
	line := p.Span.Line + strings.Count(p.Text[:start-p.Span.Start], "\n")
	return document.Span{Start: start, End: end, Line: line}
}

// heading opens a section for paragraph p with marker m.
func (b *builder) heading(p *document.Paragraph, m marker) {
	level, code := b.seq.resolve(m)
	b.seq.accept(level, m.ordinal)
	start := p.Span.Start
	written := p.Text[:m.sepEnd]
	if code != "" {
		b.warn(code, paraSpan(p, start, start+m.sepEnd), fmt.Sprintf("marker %q read as level %d ordinal %d", written, level, m.ordinal))
	}
	if m.fused {
		b.warn("segment.marker_fused", paraSpan(p, start, start+m.sepEnd), fmt.Sprintf("marker %q is fused with its text: read as item %d, the digit after the point as a typo", written, m.ordinal))
	}
	markerSpan := paraSpan(p, start, start+m.sepEnd)
	b.exclude = append(b.exclude, markerSpan)

	first, rest := firstLine(p.Text)
	tStart, tEnd, bodyStart := runInTitle(first, m.end)
	sec := b.newSection()
	*sec = Section{
		Marker:     written,
		Ordinal:    m.ordinal,
		Level:      level,
		Title:      first[tStart:tEnd],
		Span:       p.Span,
		TitleSpan:  paraSpan(p, start+tStart, start+tEnd),
		MarkerSpan: markerSpan,
	}
	b.closeTo(level)
	n := b.push(sec)
	b.extend(p.Span.End)
	if body := strings.TrimSpace(first[bodyStart:] + rest); body != "" {
		n.body = append(n.body, body)
	}
}

// push opens sec on the stack, reusing a popped slot's body array, and
// returns its node.
func (b *builder) push(sec *Section) *node {
	if len(b.stack) < cap(b.stack) {
		b.stack = b.stack[:len(b.stack)+1]
	} else {
		b.stack = append(b.stack, node{})
	}
	n := &b.stack[len(b.stack)-1]
	n.sec, n.body = sec, n.body[:0]
	return n
}

// paragraph adds a body paragraph to the innermost open section.
func (b *builder) paragraph(p *document.Paragraph) {
	if len(b.stack) == 0 {
		return
	}
	n := &b.stack[len(b.stack)-1]
	n.body = append(n.body, p.Text)
	b.extend(p.Span.End)
}

// extend stretches every open section to end.
func (b *builder) extend(end int) {
	for i := range b.stack {
		if n := &b.stack[i]; end > n.sec.Span.End {
			n.sec.Span.End = end
		}
	}
}

// closeTo closes the open sections at level >= l.
func (b *builder) closeTo(l int) {
	for len(b.stack) > 0 && b.stack[len(b.stack)-1].sec.Level >= l {
		b.pop()
	}
}

// closeAll closes every open section and restarts the sequence.
func (b *builder) closeAll() {
	for len(b.stack) > 0 {
		b.pop()
	}
	b.seq.reset()
}

func (b *builder) pop() {
	n := &b.stack[len(b.stack)-1]
	b.stack = b.stack[:len(b.stack)-1]
	n.sec.Text = strings.Join(n.body, "\n")
	if len(b.stack) > 0 {
		parent := b.stack[len(b.stack)-1].sec
		parent.Children = append(parent.Children, n.sec)
	} else {
		b.roots = append(b.roots, n.sec)
	}
}

func (b *builder) warn(code string, span document.Span, msg string) {
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
	title := strings.TrimRight(rest[:cut], " \u3000；;，,:")
	return from, from + len(title), body
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
