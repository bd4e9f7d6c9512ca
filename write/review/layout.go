package review

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/schema"
)

// Block kinds, as the template tells them apart.
const (
	blockPara    = "p"
	blockHeading = "h"
	blockTable   = "t"
	blockPage    = "pg"
)

// partBlocks is how many blocks a part holds at most. Parts are what the
// browser may skip laying out while they are off screen
// (content-visibility), so a long document without headings still renders
// in pieces.
const partBlocks = 200

// part is a run of blocks that starts at a level-1 heading, an annex or
// after partBlocks blocks.
type part struct {
	Blocks []block
}

// block is one element of the document: a paragraph, a heading, a table or
// a page marker.
type block struct {
	Kind  string
	Level int    // headings: 1 for 一、; the element is h(Level+1), at most h6
	ID    string // headings: "s-N" or "a-N"
	Class string // paragraphs: "furn" for page furniture, "stray" for text a table's cells miss
	O, E  int    // the text's span
	Runs  []run
	Rows  [][]cell // tables
	Index int      // tables: index in report.tables, -1 for a nested table; pages: page number
	brk   bool     // starts a new part
}

// cell is one table cell: its runs, or the blocks of a cell that holds
// nested tables.
type cell struct {
	RowSpan, ColSpan int
	O, E             int
	Runs             []run
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

// document lays out the whole text in parts.
func (b *builder) document() []part {
	events := b.headingEvents()
	events = append(events, b.tableEvents(b.rep.Tables, true)...)
	sortEvents(events)
	blocks := b.region(0, len(b.text), events, true)
	var parts []part
	for _, bl := range blocks {
		if len(parts) == 0 || bl.brk || len(parts[len(parts)-1].Blocks) >= partBlocks {
			parts = append(parts, part{})
		}
		p := &parts[len(parts)-1]
		p.Blocks = append(p.Blocks, bl)
	}
	return parts
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
		if !b.fits("annex "+strconv.Itoa(i), a.Span) || a.Span.Start == len(b.text) {
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
		if !b.fits("table "+strconv.Itoa(t.Index), t.Span) {
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

// region lays out text[start:end]: events where they stand, lines between
// them. Events that start inside an earlier one are left out of the layout
// (the outline still finds them by span). top is true for the document
// itself, where page markers and furniture apply.
func (b *builder) region(start, end int, events []event, top bool) []block {
	var out []block
	pos := start
	for _, ev := range events {
		if ev.start < pos || ev.end > end {
			continue
		}
		out = b.lines(out, pos, ev.start, top)
		if top {
			out = b.pageMarks(out, ev.start)
		}
		if ev.head != nil {
			h := *ev.head
			h.Runs = b.runs(h.O, h.E)
			out = append(out, h)
		} else {
			out = append(out, b.table(ev.table, ev.index)...)
		}
		pos = ev.end
	}
	return b.lines(out, pos, end, top)
}

// lines appends a paragraph for each non-blank line of text[start:end].
func (b *builder) lines(out []block, start, end int, top bool) []block {
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
				out = b.pageMarks(out, pos)
			}
			p := block{Kind: blockPara, O: pos, E: le, Runs: b.runs(pos, le)}
			if top && b.isFurniture(pos, le) {
				p.Class = "furn"
			}
			out = append(out, p)
		}
		pos = next
	}
	return out
}

// table lays out a table, followed by the text in its span that no cell
// covers, if any.
func (b *builder) table(t *schema.Table, index int) []block {
	tb := block{Kind: blockTable, O: t.Span.Start, E: t.Span.End, Index: index}
	var covered [][2]int
	for r, row := range t.Rows {
		cells := make([]cell, 0, len(row))
		for c := range row {
			sc := &row[c]
			if !b.fits("table "+strconv.Itoa(t.Index)+" row "+strconv.Itoa(r)+" cell "+strconv.Itoa(c), sc.Span) {
				continue
			}
			covered = append(covered, [2]int{sc.Span.Start, sc.Span.End})
			cl := cell{RowSpan: sc.RowSpan, ColSpan: sc.ColSpan, O: sc.Span.Start, E: sc.Span.End}
			if len(sc.Nested) > 0 {
				ev := b.tableEvents(sc.Nested, false)
				sortEvents(ev)
				cl.Blocks = b.region(sc.Span.Start, sc.Span.End, ev, false)
			} else {
				cl.Runs = b.runs(sc.Span.Start, sc.Span.End)
			}
			cells = append(cells, cl)
		}
		tb.Rows = append(tb.Rows, cells)
	}
	out := []block{tb}
	for _, g := range gaps(t.Span.Start, t.Span.End, covered) {
		if s, e := trimSpace(b.text, g[0], g[1]); s < e {
			out = append(out, block{Kind: blockPara, Class: "stray", O: s, E: e, Runs: b.runs(s, e)})
		}
	}
	return out
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

// pageMarks appends a marker for every page that starts at or before pos
// and has none yet.
func (b *builder) pageMarks(out []block, pos int) []block {
	for b.nextPage < len(b.rep.Pages) && b.rep.Pages[b.nextPage].Span.Start <= pos {
		p := b.rep.Pages[b.nextPage]
		out = append(out, block{Kind: blockPage, Index: p.Number, O: p.Span.Start, E: p.Span.Start})
		b.nextPage++
	}
	return out
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

// blank reports whether s is only white space (U+3000 included).
func blank(s string) bool {
	return strings.TrimFunc(s, unicode.IsSpace) == ""
}

// trailingPunct reports whether s, the rest of a heading's line, holds only
// punctuation and white space, so that it belongs to the heading.
func trailingPunct(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && !strings.ContainsRune("。．.:：;；,，、", r) {
			return false
		}
	}
	return true
}

// trimSpace narrows [start, end) of text to its non-space part.
func trimSpace(text string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}
