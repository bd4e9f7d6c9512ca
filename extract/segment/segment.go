// Package segment turns a Document into the outline of a report: its title,
// unit and fiscal year, its annexes ("附件2"), and the tree of numbered
// narrative sections.
//
// Headings are read in four levels by the family of their marker, in the
// one marker grammar of the floor (cjk.ScanMarker):
//
//	level 1  一、 一. 一， 一．            (Chinese numerals 一 … 九十九)
//	level 2  （一） (一) （一) [sep]
//	level 3  1. 1、 1． 1，                (1 … 99)
//	level 4  （1） (1) [sep]
//
// The grammar's parts (第一部分, 第二章) and circled numbers (①) are not
// headings yet. A marker is followed by some text on its line.
//
// A heading's title runs to the first 。 or ： of its line ("（一）主要职能。"
// has the title 主要职能); the rest of the line, and the paragraphs up to the
// next heading, are its body. Only paragraphs are headings: table cells never
// are.
//
// Reading is sequence-aware. A marker whose own level is not due but whose
// ordinal is the next one of another open level is read as that level, with a
// warning "segment.marker_repaired": in "七、… 8、 下一步改进措施" the 8、 is
// level 1 ordinal 8, and "（2） 项目支出情况" after "（一）…" and its items is
// level 2 ordinal 2. A marker that fits no open level keeps its family's level
// and, unless it starts a list (ordinal 1), is flagged
// "segment.ordinal_out_of_sequence".
//
// Numbers are not markers: "2023.1-2023.12", "3.5万元" and "2023年本单位…"
// stay body text. An Arabic marker followed by a year is an item
// ("1.2023年预算资金…" is item 1); one stray digit between marker and year is
// read as a typo fused into the marker ("3.22023年度…" is item 3, marker
// "3.2", warning "segment.marker_fused").
//
// A table of contents (the lines after "目录", or a run of heading lines that
// end in page numbers, as Word's TOC field writes them) gives no sections.
//
// An annex starts at a line "附件N" (or "附表N", optionally followed by "：" and
// a title) and closes every open section; the next paragraph is its title
// when the marker line has none.
package segment

import (
	"context"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
)

// Options configures Segment. The zero value is the only configuration so
// far; the type exists so options can be added without breaking callers.
type Options struct{}

// Section is a numbered heading with its body and sub-sections.
type Section struct {
	Marker     string // as written, without trailing white space ("（一）", "8、")
	Ordinal    int
	Level      int
	Title      string // the heading's title, equal to the text at TitleSpan
	Text       string // body without children: paragraphs joined by "\n"
	Span       document.Span
	TitleSpan  document.Span
	MarkerSpan document.Span
	Children   []*Section
}

// Annex is an attachment of the report.
type Annex struct {
	Marker    string // "附件2"
	Ordinal   int
	Title     string
	Span      document.Span // from the marker to the end of the annex's last block
	TitleSpan document.Span
	Blocks    []int // indexes into Document.Blocks
	Tables    []int // indexes of the annex's tables among the document's tables
}

// Result is the outline of a report.
type Result struct {
	Title      string
	Unit       string
	FiscalYear int // 0 when not stated
	Sections   []*Section
	Annexes    []Annex
	// TableAnnex gives, for each table of the document in order, the ordinal
	// of the annex holding it (0 for none).
	TableAnnex []int
	// Exclude lists spans that hold markers and titles: years and ordinals
	// there are parts of names, not values.
	Exclude  []document.Span
	Warnings []document.Warning
}

// Segment reads the outline of doc. It never fails: a document without
// headings gives no sections, one without a title an empty title.
func Segment(doc *document.Document, opts Options) *Result {
	res, _ := SegmentContext(context.Background(), doc, opts)
	return res
}

// SegmentContext is Segment that stops, with the error of
// document.Canceled and no outline, once ctx is done.
func SegmentContext(ctx context.Context, doc *document.Document, opts Options) (*Result, error) {
	poll := document.NewPoll(ctx)
	w := walker{doc: doc, res: &Result{}}
	w.b.exclude = make([]document.Span, 0, 64)
	toc := tocBlocks(doc)
	for i, blk := range doc.Blocks {
		if err := poll.Err(); err != nil {
			return nil, err
		}
		switch {
		case toc[i]:
			w.b.exclude = append(w.b.exclude, blk.Para.Span)
			w.inAnnex(i, blk.Para.Span.End)
		case blk.Kind == document.KindTable:
			w.table(i, blk.Table)
		default:
			w.paragraph(i, blk.Para)
		}
	}
	w.b.closeAll()
	w.res.Sections = w.b.roots
	w.res.Warnings = w.b.warnings
	w.res.Exclude = w.b.exclude
	readHeader(doc, w.res)
	if err := poll.Now(); err != nil {
		return nil, err
	}
	return w.res, nil
}

// walker carries Segment's state from block to block: the section builder,
// the annex open (nil before the first 附件 line), whether that annex still
// waits for its title, and the number of tables seen.
type walker struct {
	doc          *document.Document
	b            builder
	res          *Result
	annex        *Annex
	pendingTitle bool
	tables       int
}

// inAnnex adds block i, ending at end, to the open annex, if any.
func (w *walker) inAnnex(i, end int) {
	if w.annex != nil {
		w.annex.Blocks = append(w.annex.Blocks, i)
		w.annex.Span.End = end
	}
}

// openAnnex opens annex a, starting at block i.
func (w *walker) openAnnex(i int, a Annex) {
	a.Blocks = []int{i}
	w.res.Annexes = append(w.res.Annexes, a)
	w.annex = &w.res.Annexes[len(w.res.Annexes)-1]
}

// table records table block i in its annex; it extends the open sections.
func (w *walker) table(i int, t *document.Table) {
	ordinal := 0
	if w.annex != nil {
		w.annex.Tables = append(w.annex.Tables, w.tables)
		ordinal = w.annex.Ordinal
	}
	w.inAnnex(i, t.Span.End)
	w.res.TableAnnex = append(w.res.TableAnnex, ordinal)
	w.tables++
	w.pendingTitle = false
	w.b.extend(t.Span.End)
}

// paragraph reads paragraph block i: an annex line, an annex's title, a
// heading or body text.
func (w *walker) paragraph(i int, p *document.Paragraph) {
	if a, ok := scanAnnex(p); ok {
		w.b.closeAll()
		w.openAnnex(i, a)
		w.b.exclude = append(w.b.exclude, p.Span)
		w.pendingTitle = a.Title == ""
		return
	}
	w.inAnnex(i, p.Span.End)
	if w.pendingTitle && w.annexTitle(i, p) {
		return
	}
	if m, ok := marker(p.Text); ok {
		w.b.heading(p, m)
		return
	}
	w.b.paragraph(p)
}

// annexTitle takes paragraph i (with the next line when the title runs over
// two) as the title of the annex that waits for one, and reports whether it
// was one; a paragraph that is no title is left for headings and body.
func (w *walker) annexTitle(i int, p *document.Paragraph) bool {
	w.pendingTitle = false
	a := w.annex
	clean, title := titleLine(p.Text)
	if !title {
		clean = cjk.StripSpace(p.Text)
	}
	a.Title, a.TitleSpan = clean, p.Span
	// A title line is no title head (isTitleHead): only another line may
	// start a title that runs over two.
	if !title {
		if next := nextTitleLine(w.doc, i); next != nil && titleHeadShape(p.Text) {
			a.Title = cjk.StripSpace(p.Text + next.Text)
			a.TitleSpan.End = next.Span.End
		}
	}
	if title || a.Title != clean {
		w.b.exclude = append(w.b.exclude, a.TitleSpan)
		return true
	}
	a.Title, a.TitleSpan = "", document.Span{}
	return false
}

// nextTitleLine returns the paragraph right after block i when it is on the
// next line and ends a title, else nil.
func nextTitleLine(doc *document.Document, i int) *document.Paragraph {
	if i+1 >= len(doc.Blocks) || doc.Blocks[i+1].Kind != document.KindParagraph {
		return nil
	}
	p, next := doc.Blocks[i].Para, doc.Blocks[i+1].Para
	if !nextLine(doc.Text, p, next) || !isTitleLine(next.Text) {
		return nil
	}
	return next
}

// nextLine reports whether paragraph q starts on the line after the last
// line of paragraph p: one line end between them.
func nextLine(text string, p, q *document.Paragraph) bool {
	return strings.Count(text[p.Span.End:q.Span.Start], "\n") == 1
}
