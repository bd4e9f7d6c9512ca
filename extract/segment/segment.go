// Package segment turns a Document into the outline of a report: its title,
// unit and fiscal year, its annexes ("附件2"), and the tree of numbered
// narrative sections.
//
// Headings are read in four levels by the family of their marker:
//
//	level 1  一、 一. 一， 一．            (Chinese numerals 一 … 九十九)
//	level 2  （一） (一) （一) [sep]
//	level 3  1. 1、 1． 1，                (1 … 99)
//	level 4  （1） (1) [sep]
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
	"strings"

	"jixiao/extract/document"
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
	b := &builder{exclude: make([]document.Span, 0, 64)}
	res := &Result{}
	var annex *Annex
	table := 0
	pendingTitle := false
	toc := tocBlocks(doc)
	for i, blk := range doc.Blocks {
		if toc[i] {
			b.exclude = append(b.exclude, blk.Para.Span)
			if annex != nil {
				annex.Blocks = append(annex.Blocks, i)
			}
			continue
		}
		if blk.Kind == document.KindTable {
			if annex != nil {
				annex.Tables = append(annex.Tables, table)
				annex.Blocks = append(annex.Blocks, i)
				annex.Span.End = blk.Table.Span.End
				res.TableAnnex = append(res.TableAnnex, annex.Ordinal)
			} else {
				res.TableAnnex = append(res.TableAnnex, 0)
			}
			table++
			pendingTitle = false
			b.extend(blk.Table.Span.End)
			continue
		}
		p := blk.Para
		if a, ok := scanAnnex(p); ok {
			b.closeAll()
			res.Annexes = append(res.Annexes, a)
			annex = &res.Annexes[len(res.Annexes)-1]
			annex.Blocks = append(annex.Blocks, i)
			b.exclude = append(b.exclude, p.Span)
			pendingTitle = a.Title == ""
			continue
		}
		if annex != nil {
			annex.Blocks = append(annex.Blocks, i)
			annex.Span.End = p.Span.End
			if pendingTitle {
				pendingTitle = false
				annex.Title, annex.TitleSpan = cleanTitle(p.Text), p.Span
				if next := nextTitleLine(doc, i); next != nil && isTitleHead(p.Text) {
					annex.Title = cleanTitle(p.Text + next.Text)
					annex.TitleSpan.End = next.Span.End
				}
				b.exclude = append(b.exclude, annex.TitleSpan)
				if isTitleLine(p.Text) || annex.Title != cleanTitle(p.Text) {
					continue
				}
				// Not a title after all: a heading or body text.
				annex.Title, annex.TitleSpan = "", document.Span{}
				b.exclude = b.exclude[:len(b.exclude)-1]
			}
		}
		first, _ := firstLine(p.Text)
		if m, ok := scanMarker(first); ok {
			b.heading(p, m)
			continue
		}
		b.paragraph(p)
	}
	b.closeAll()
	res.Sections = b.roots
	res.Warnings = b.warnings
	res.Exclude = b.exclude
	readHeader(doc, res)
	sortSpans(res.Exclude)
	return res
}

// nextTitleLine returns the paragraph right after block i when it is on the
// next line and ends a title, else nil.
func nextTitleLine(doc *document.Document, i int) *document.Paragraph {
	if i+1 >= len(doc.Blocks) || doc.Blocks[i+1].Kind != document.KindParagraph {
		return nil
	}
	p, next := doc.Blocks[i].Para, doc.Blocks[i+1].Para
	if next.Span.Line != p.Span.Line+strings.Count(p.Text, "\n")+1 || !isTitleLine(next.Text) {
		return nil
	}
	return next
}
