package segment

import (
	"strconv"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
)

// builder assembles the section tree from headings and body paragraphs.
// Open sections sit on a stack whose levels strictly increase: a heading
// first closes every open section at its level or deeper, so the stack
// holds at most maxLevel sections. Only the innermost open section takes
// body text.
type builder struct {
	seq      sequence
	stack    []openSection // outermost first
	roots    []*Section
	warnings []document.Warning
	// exclude collects the spans of the outline that hold no values:
	// markers, TOC lines, annex lines and titles.
	exclude []document.Span
}

// openSection is a section not yet closed, with the pieces of its body.
type openSection struct {
	sec  *Section
	body []string
}

// heading opens a section for paragraph p with marker m. The marker and the
// title are on the paragraph's first line.
func (b *builder) heading(p *document.Paragraph, m cjk.Marker) {
	level, code := b.seq.resolve(m)
	b.seq.accept(level, m.Ordinal)
	start := p.Span.Start
	written := p.Text[:m.Len]
	markerSpan := document.Span{Start: start, End: start + m.Len}
	if code != "" {
		b.warn(code, markerSpan, "marker "+strconv.Quote(written)+" read as level "+strconv.Itoa(level)+" ordinal "+strconv.Itoa(m.Ordinal))
	}
	if m.Fused {
		b.warn("segment.marker_fused", markerSpan, "marker "+strconv.Quote(written)+" is fused with its text: read as item "+strconv.Itoa(m.Ordinal)+", the digit after the point as a typo")
	}
	b.exclude = append(b.exclude, markerSpan)

	first, _, _ := strings.Cut(p.Text, "\n")
	title, body := runInTitle(first[m.End:])
	sec := &Section{
		Marker:     written,
		Ordinal:    m.Ordinal,
		Level:      level,
		Title:      title,
		Span:       p.Span,
		TitleSpan:  document.Span{Start: start + m.End, End: start + m.End + len(title)},
		MarkerSpan: markerSpan,
	}
	b.closeTo(level)
	b.extend(p.Span.End)
	if b.stack == nil {
		b.stack = make([]openSection, 0, maxLevel)
	}
	b.stack = append(b.stack, openSection{sec: sec})
	if body := cjk.TrimSpace(p.Text[m.End+body:]); body != "" {
		b.addBody(body)
	}
}

// runInTitle cuts the title of a heading line from the text after its
// marker: the title runs to the first 。 or ： (a run-in heading, "主要职能。
// 本单位…"), less the blanks and ；，: before that, and the body starts
// after it. It returns the title and where the body starts.
func runInTitle(rest string) (string, int) {
	cut, body := len(rest), len(rest)
	if i := cjk.IndexAny(rest, "。："); i >= 0 {
		cut, body = i, i+len("。")
	}
	return strings.TrimRightFunc(rest[:cut], titleEnd), body
}

// paragraph adds a body paragraph to the innermost open section.
func (b *builder) paragraph(p *document.Paragraph) {
	if len(b.stack) == 0 {
		return
	}
	b.addBody(p.Text)
	b.extend(p.Span.End)
}

// addBody adds a piece of body text to the innermost open section.
func (b *builder) addBody(s string) {
	top := &b.stack[len(b.stack)-1]
	top.body = append(top.body, s)
}

// extend stretches every open section to end.
func (b *builder) extend(end int) {
	for _, o := range b.stack {
		o.sec.Span.End = max(o.sec.Span.End, end)
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

// pop closes the innermost open section: its text is its body pieces joined
// by "\n", and it becomes the last child of its parent (or the last root).
func (b *builder) pop() {
	top := b.stack[len(b.stack)-1]
	b.stack = b.stack[:len(b.stack)-1]
	top.sec.Text = strings.Join(top.body, "\n")
	if len(b.stack) == 0 {
		b.roots = append(b.roots, top.sec)
		return
	}
	parent := b.stack[len(b.stack)-1].sec
	parent.Children = append(parent.Children, top.sec)
}

func (b *builder) warn(code string, span document.Span, msg string) {
	b.warnings = append(b.warnings, document.Warning{Code: code, Message: msg, Span: span})
}
