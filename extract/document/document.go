// Package document is the model every reader produces and every later stage
// reads: a canonical text and the blocks (paragraphs and tables) laid over it.
//
// The canonical text is the one string that all positions point into. Readers
// build it once, at the front door: decoded to UTF-8, line ends as "\n", no
// BOM, full-width digits as ASCII digits (see Canon), and reader artefacts such
// as "[bookmark: _GoBack]" removed. `jixiao text FILE` prints it.
//
// Its layout is the same for every format, so that a DOCX and its plain-text
// dump give the same report:
//
//   - a paragraph is one or more lines (a DOCX line break inside a paragraph
//     is a "\n" inside it); paragraphs are separated by "\n";
//   - a table row is a run of cells, each cell written as a TAB followed by its
//     text (several lines when the cell holds several paragraphs), and rows are
//     separated by a blank line.
//
// Every block, row and cell carries a Span; for each of them
// Text[Span.Start:Span.End] is exactly the block's text. The package does no
// parsing: it holds the model and the small helpers that keep spans honest.
package document

import (
	"strings"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
)

// Span is a half-open range of byte offsets into the canonical text, with the
// 1-based line of Start. Readers set Line on the spans of the Document
// (Verify checks it); the stages after them make spans of offsets alone and
// leave Line 0, and the report's assembly numbers the line of every span
// that has none, once, from one index of the text's lines.
type Span struct {
	Start int
	End   int
	Line  int
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Locator says where a block sits in the source container, for formats that
// have more structure than lines. Each format fills the fields that mean
// something for it and leaves the others zero:
//
//   - DOCX: Part is the package part ("word/document.xml"); Paragraph, Table,
//     Row and Cell are 0-based body indexes, -1 when not applicable.
//   - spreadsheets: Sheet is the sheet's name and Ref the cell's A1 address
//     ("B6"), the anchor of a merged range.
//   - paged formats (PDF): Page is the 1-based page and Box the block's box on
//     it.
type Locator struct {
	Part      string
	Paragraph int
	Table     int
	Row       int
	Cell      int
	Sheet     string
	Ref       string
	Page      int
	Box       *Box
}

// Box is a rectangle on a page in points (1/72 inch), with the origin at the
// top left corner of the page as displayed (rotation applied) and Y growing
// downwards: X0 <= X1, Y0 <= Y1.
type Box struct {
	X0, Y0, X1, Y1 float64
}

// Page is one page of a paged source (PDF, or text with form feeds): where
// its text lies in the canonical text, and the page furniture (running
// headers and footers, page numbers) found on it. Furniture is kept out of
// paragraphs and tables; its spans still point into the canonical text, so
// nothing that was written is lost.
type Page struct {
	// Number is the 1-based page number in the source (its position, not
	// the number printed on it).
	Number int
	// Span covers the page's text, furniture included.
	Span Span
	// Furniture are the spans of the page's running headers, footers and
	// page numbers.
	Furniture []Span
}

// Kind says what a Block holds.
type Kind int

const (
	// KindParagraph is a paragraph of body text.
	KindParagraph Kind = iota + 1
	// KindTable is a table.
	KindTable
)

// Block is one paragraph or one table, in body order. Exactly one of Para and
// Table is set, as Kind says.
type Block struct {
	Kind  Kind
	Para  *Paragraph
	Table *Table
}

// Span returns the span of the block's paragraph or table.
func (b Block) Span() Span {
	if b.Kind == KindTable {
		return b.Table.Span
	}
	return b.Para.Span
}

// Paragraph is a run of body text. Text equals the canonical text at Span.
type Paragraph struct {
	Text string
	Span Span
	// Outline is a heading hint from the source's styles (DOCX "Heading 1",
	// w:outlineLvl): 1 for the top level, 0 when the source gives none.
	Outline int
	// Numbered is true when the paragraph's leading marker was drawn by the
	// source's automatic numbering rather than typed.
	Numbered bool
	Loc      *Locator
}

// Table is a grid of cells as read. Rows keep the width the source gives them:
// no cell is invented, and merges are spans on the anchor cell (the cells a
// merge covers are not emitted).
type Table struct {
	Span Span
	Rows []Row
	Loc  *Locator
}

// Row is one table row.
type Row struct {
	Span  Span
	Cells []Cell
}

// Cell is one table cell. Text is the cell's text with its paragraphs joined
// by "\n" and surrounding white space (including U+3000) trimmed; it equals the
// canonical text at Span. An empty cell has an empty span where it stands.
type Cell struct {
	Text string
	Span Span
	// Col is the cell's 0-based grid column: the sum of the ColSpans of the
	// cells before it in the row, plus any grid columns the row skips
	// (DOCX w:gridBefore, and columns covered by a vertical merge from above).
	Col     int
	RowSpan int // 1 unless merged vertically
	ColSpan int // 1 unless merged horizontally
	// Nested holds tables inside this cell (DOCX); the cell's Text holds their
	// flattened text.
	Nested []*Table
	Loc    *Locator
}

// Warning is a diagnostic about the input: something repaired, guessed or
// left unread. Code is a stable identifier such as "text.decoded_gb18030".
type Warning struct {
	Code    string
	Message string
	Span    Span
}

// Document is the output of every reader.
type Document struct {
	// Text is the canonical text all spans point into.
	Text string
	// Blocks are the paragraphs and tables in body order.
	Blocks []Block
	// Format is the source format: "text", "docx", "pdf", "xlsx", "html",
	// "markdown" or "doc".
	Format string
	// Encoding is the source encoding that was decoded ("utf-8", "utf-8-bom",
	// "utf-16le", "utf-16be", "gb18030"), or "" for container formats.
	Encoding string
	// Warnings are the reader's diagnostics, in span order.
	Warnings []Warning
	// Pages are the pages of a paged source, in order; nil when the source
	// has no pages.
	Pages []Page
}

// Position is a span start expanded for messages: 1-based line and column,
// the column counted in runes.
type Position struct {
	Offset int
	Line   int
	Column int
}

// LineStarts returns the byte offset at which each line of text starts.
func LineStarts(text string) []int {
	starts := make([]int, 1, strings.Count(text, "\n")+1)
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			return starts
		}
		i += j + 1
		starts = append(starts, i)
	}
}

// Lines maps byte offsets of one text to line numbers. The zero value is not
// usable; build one with NewLines.
type Lines struct {
	text   string
	starts []int
}

// NewLines indexes the line starts of text.
func NewLines(text string) *Lines {
	return &Lines{text: text, starts: LineStarts(text)}
}

// Line returns the 1-based line of offset: the number of line starts at or
// before it, found by binary search.
func (l *Lines) Line(offset int) int {
	lo, hi := 0, len(l.starts)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if l.starts[m] <= offset {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Span builds the span [start, end) with its line.
func (l *Lines) Span(start, end int) Span {
	return Span{Start: start, End: end, Line: l.Line(start)}
}

// Position expands offset into line and rune column.
func (l *Lines) Position(offset int) Position {
	line := l.Line(offset)
	if offset > len(l.text) {
		offset = len(l.text)
	}
	col := utf8.RuneCountInString(l.text[l.starts[line-1]:offset]) + 1
	return Position{Offset: offset, Line: line, Column: col}
}

// Canon rewrites s into canonical form: full-width digits become ASCII digits.
// It is the one place that decides what "canonical" means for characters, so
// readers of every format agree. Line ends, BOMs and encodings are the
// readers' business, since only they know the bytes.
func Canon(s string) string {
	i := strings.IndexFunc(s, isFullWidthDigit)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if isFullWidthDigit(r) {
			r = '0' + (r - '０')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isFullWidthDigit(r rune) bool { return r >= '０' && r <= '９' }

// IsBlank reports whether s holds only white space (cjk.IsSpace: U+3000 and
// U+00A0 are white space).
func IsBlank(s string) bool { return cjk.AllSpace(s) }

// IsSpace reports whether r is white space: the floor's one definition
// (cjk.IsSpace), named here for the readers, which trim cells and lines by
// it.
func IsSpace(r rune) bool { return cjk.IsSpace(r) }

// Trim returns the sub-range [start, end) of text[start:end] without leading
// and trailing white space (IsSpace). An all-blank range collapses to an
// empty range at start.
func Trim(text string, start, end int) (int, int) { return cjk.Trim(text, start, end) }
