package review

import (
	"sort"
	"strconv"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/schema"
)

// Block kinds, as the template tells them apart.
const (
	blockPara    = "p"
	blockHeading = "h"
	blockTable   = "t"
	blockPage    = "pg"
)

// block is one element of the document: a paragraph, a heading, a table or
// a page marker.
type block struct {
	Kind  string
	Level int      // headings: 1 for 一、; the element is h(Level+1), at most h6
	ID    string   // headings: "s-N" or "a-N"
	Class string   // paragraphs: "furn" for page furniture, "stray" for text a table's cells miss
	O, E  int      // the text's span
	Head  int      // a paragraph led by a run-in heading: its level
	HE    int      // a paragraph led by a run-in heading: where the heading ends
	Rows  [][]cell // tables
	Index int      // tables: index in report.tables, -1 for a nested table; pages: page number
	brk   bool     // may start a new part (see minPartBlocks)
}

// cell is one table cell: its text's span, or the blocks of a cell that
// holds nested tables.
type cell struct {
	RowSpan, ColSpan int
	O, E             int
	Loc              string // where the cell stands in its source (locator), shown as its title
	Blocks           []block
}

// event is something in the text that is not a plain line: a heading or a
// table.
type event struct {
	start, end int
	order      int // among events at the same start: annexes, then sections, then tables
	head       *block
	table      *schema.Table
	index      int // tables: index in report.tables, -1 for a nested table
}

// document lays out the whole text, block by block, into emit. The spans
// have been checked (newPage): a span that does not fit is left out.
func (b *builder) document(emit func(*block)) {
	events := b.headingEvents()
	events = append(events, b.tableEvents(b.rep.Tables, true)...)
	sortEvents(events)
	b.region(0, len(b.text), events, true, emit)
}

func sortEvents(ev []event) {
	sort.SliceStable(ev, func(i, j int) bool {
		if ev[i].start != ev[j].start {
			return ev[i].start < ev[j].start
		}
		return ev[i].order < ev[j].order
	})
}

// headingEvents are the annex marker lines and the section headings.
func (b *builder) headingEvents() []event {
	var ev []event
	for i, a := range b.rep.Annexes {
		if !b.fits(a.Span, func() string { return "annex " + strconv.Itoa(i) }) || a.Span.Start == len(b.text) {
			continue
		}
		start := lineStart(b.text, a.Span.Start)
		end := lineEnd(b.text, a.Span.Start)
		ev = append(ev, event{start: start, end: end, order: 0,
			head: &block{Kind: blockHeading, Level: 1, Class: "annex", ID: "a-" + strconv.Itoa(i+1), O: start, E: end, brk: true}})
	}
	for _, s := range b.sections {
		start, end := b.headingSpan(s.sec)
		ev = append(ev, event{start: start, end: end, order: 1,
			head: &block{Kind: blockHeading, Level: s.sec.Level, ID: s.id, O: start, E: end, brk: s.sec.Level <= 1}})
	}
	return ev
}

// headingSpan is the text a section's heading element holds: from the start
// of its line (when only white space stands before the marker) to the end of
// its title, plus the rest of the line when that is only punctuation
// ("（一）主要职能。").
func (b *builder) headingSpan(s *schema.Section) (int, int) {
	start := s.Span.Start
	if ls := lineStart(b.text, start); blank(b.text[ls:start]) {
		start = ls
	}
	end := s.TitleSpan.End
	if end <= s.Span.Start || end > s.Span.End {
		end = lineEnd(b.text, s.Span.Start)
	}
	if le := lineEnd(b.text, end); trailingPunct(b.text[end:le]) {
		end = le
	}
	return start, end
}

// tableEvents are tables as events; only tables whose spans fit are kept.
func (b *builder) tableEvents(tables []schema.Table, top bool) []event {
	ev := make([]event, 0, len(tables))
	for i := range tables {
		t := &tables[i]
		if !b.fits(t.Span, func() string { return "table " + strconv.Itoa(t.Index) }) {
			continue
		}
		index := t.Index
		if !top {
			index = -1
		}
		ev = append(ev, event{start: t.Span.Start, end: t.Span.End, order: 2, table: t, index: index})
	}
	return ev
}

// region lays out text[start:end] into emit: events where they stand,
// lines between them. Events that start inside an earlier one are left out
// of the layout (the outline still finds them by span). top is true for the
// document itself, where page markers and furniture apply; there a table's
// rows and cells are valid only until emit returns.
func (b *builder) region(start, end int, events []event, top bool, emit func(*block)) {
	pos := start
	for _, ev := range events {
		if ev.start < pos || ev.end > end {
			continue
		}
		b.lines(pos, ev.start, top, emit)
		if top {
			b.pageMarks(ev.start, emit)
		}
		if ev.head != nil {
			pos = b.heading(ev, min(lineEnd(b.text, ev.end), end), emit)
			continue
		}
		b.table(ev.table, ev.index, top, emit)
		pos = ev.end
	}
	b.lines(pos, end, top, emit)
}

// heading emits a heading, and returns where the text after it starts. A
// run-in heading, one whose line goes on with body text ("（一）主要职能。本单位…"),
// is a paragraph led by the heading (Head is its level, HE its end).
func (b *builder) heading(ev event, le int, emit func(*block)) int {
	h := *ev.head
	if rest := b.text[h.E:le]; !blank(rest) {
		h.Kind, h.Head, h.HE, h.E = blockPara, h.Level, h.E, le
	}
	emit(&h)
	return h.E
}

// lines emits a paragraph for each non-blank line of text[start:end].
func (b *builder) lines(start, end int, top bool, emit func(*block)) {
	for pos := start; pos < end; {
		le := strings.IndexByte(b.text[pos:end], '\n')
		next := end
		if le >= 0 {
			next = pos + le + 1
			le += pos
		} else {
			le = end
		}
		if !blank(b.text[pos:le]) {
			if top {
				b.pageMarks(pos, emit)
			}
			p := block{Kind: blockPara, O: pos, E: le}
			if top && b.isFurniture(pos, le) {
				p.Class = "furn"
			}
			emit(&p)
		}
		pos = next
	}
}

// table lays out a table, followed by the text in its span that no cell
// covers, if any. The document's own tables (top) are written before the
// next block is made, so their rows and cells reuse the builder's buffers;
// a nested table's are kept.
func (b *builder) table(t *schema.Table, index int, top bool, emit func(*block)) {
	tb := block{Kind: blockTable, O: t.Span.Start, E: t.Span.End, Index: index}
	var rows [][]cell
	var cells []cell
	var covered [][2]int
	if top {
		rows, cells, covered = b.rowBuf[:0], b.cellBuf[:0], b.covered[:0]
	}
	for r, row := range t.Rows {
		first := len(cells)
		for c := range row {
			sc := &row[c]
			if !b.fits(sc.Span, func() string {
				return "table " + strconv.Itoa(t.Index) + " row " + strconv.Itoa(r) + " cell " + strconv.Itoa(c)
			}) {
				continue
			}
			covered = append(covered, [2]int{sc.Span.Start, sc.Span.End})
			cl := cell{RowSpan: sc.RowSpan, ColSpan: sc.ColSpan, O: sc.Span.Start, E: sc.Span.End, Loc: locator(sc.Loc)}
			if len(sc.Nested) > 0 {
				ev := b.tableEvents(sc.Nested, false)
				sortEvents(ev)
				b.region(sc.Span.Start, sc.Span.End, ev, false, func(bl *block) { cl.Blocks = append(cl.Blocks, *bl) })
			}
			cells = append(cells, cl)
		}
		rows = append(rows, cells[first:len(cells):len(cells)])
	}
	tb.Rows = rows
	emit(&tb)
	if top {
		b.rowBuf, b.cellBuf, b.covered = rows[:0], cells[:0], covered[:0]
	}
	for _, g := range gaps(t.Span.Start, t.Span.End, covered) {
		if s, e := trimSpace(b.text, g[0], g[1]); s < e {
			emit(&block{Kind: blockPara, Class: "stray", O: s, E: e})
		}
	}
}

// locator writes where a cell stands in its source: "Sheet1!B6" for a
// spreadsheet, "第3页" for a page; "" when the source says nothing more
// than the text does.
func locator(l *schema.Locator) string {
	switch {
	case l == nil:
		return ""
	case l.Sheet != "" || l.Ref != "":
		return l.Sheet + "!" + l.Ref
	case l.Page > 0:
		return "第" + strconv.Itoa(l.Page) + "页"
	}
	return ""
}

// gaps are the ranges of [start, end) that no range of covered overlaps.
func gaps(start, end int, covered [][2]int) [][2]int {
	sort.Slice(covered, func(i, j int) bool { return covered[i][0] < covered[j][0] })
	var out [][2]int
	pos := start
	for _, c := range covered {
		if c[0] > pos {
			out = append(out, [2]int{pos, min(c[0], end)})
		}
		pos = max(pos, c[1])
	}
	if pos < end {
		out = append(out, [2]int{pos, end})
	}
	return out
}

// pageMarks emits a marker for every page that starts at or before pos
// and has none yet.
func (b *builder) pageMarks(pos int, emit func(*block)) {
	for b.nextPage < len(b.rep.Pages) && b.rep.Pages[b.nextPage].Span.Start <= pos {
		p := b.rep.Pages[b.nextPage]
		emit(&block{Kind: blockPage, Index: p.Number, O: p.Span.Start, E: p.Span.Start})
		b.nextPage++
	}
}

// isFurniture reports whether the line text[start:end] lies within page
// furniture.
func (b *builder) isFurniture(start, end int) bool {
	i := sort.Search(len(b.furniture), func(i int) bool { return b.furniture[i][1] > start })
	return i < len(b.furniture) && b.furniture[i][0] <= start && end <= b.furniture[i][1]
}

// lineStart is the offset where the line holding offset i starts.
func lineStart(text string, i int) int {
	return strings.LastIndexByte(text[:i], '\n') + 1
}

// lineEnd is the offset of the end of the line holding offset i (its "\n",
// or the end of the text).
func lineEnd(text string, i int) int {
	if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(text)
}

// blank reports whether s is only white space (document.IsSpace, the
// pipeline's one definition: U+3000, U+200B and U+FEFF included).
func blank(s string) bool { return document.IsBlank(s) }

// trailingPunct reports whether s, the rest of a heading's line, holds only
// punctuation and white space, so that it belongs to the heading.
func trailingPunct(s string) bool {
	for _, r := range s {
		if !document.IsSpace(r) && !strings.ContainsRune("。．.:：;；,，、", r) {
			return false
		}
	}
	return true
}

// trimSpace narrows [start, end) of text to its non-space part
// (document.Trim).
func trimSpace(text string, start, end int) (int, int) { return document.Trim(text, start, end) }
