package pdf

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// writer lays the blocks over the canonical text, as the DOCX reader does:
// a paragraph is one line; a table row is its cells, each "\t" and the
// cell's text, one per line, rows separated by a blank line, the place of
// a cell merged down from above written as an empty "\t" line; "\n"
// between blocks and two blank lines after a table. Furniture is written
// as lines of their own where they stand on the page.
type writer struct {
	b          strings.Builder
	lines      int // "\n" written so far
	n          int // things written
	afterTable bool
	doc        *document.Document
}

func newWriter() *writer {
	return &writer{doc: &document.Document{Format: "pdf"}}
}

// write writes every page.
func (w *writer) write(pages []pageItems) {
	for _, pg := range pages {
		p := document.Page{Number: pg.pl.num}
		start := -1
		for _, it := range pg.items {
			s := w.item(it, &p)
			if start < 0 {
				start = s
			}
		}
		if start < 0 {
			start = w.b.Len()
		}
		p.Span = w.span(start, w.b.Len())
		w.doc.Pages = append(w.doc.Pages, p)
		w.pageWarnings(pg.pl, start)
	}
	w.doc.Text = w.b.String()
}

// item writes one item and returns where it starts.
func (w *writer) item(it pitem, p *document.Page) int {
	w.separate(it.t != nil)
	start := w.b.Len()
	switch {
	case it.u != nil:
		w.str(it.u.text)
		p.Furniture = append(p.Furniture, w.span(start, w.b.Len()))
	case it.p != nil:
		w.paragraph(it.p)
	default:
		w.table(it.t)
	}
	return start
}

// separate writes the separator before a thing.
func (w *writer) separate(table bool) {
	if w.n > 0 {
		if w.afterTable {
			w.str("\n\n\n")
		} else {
			w.str("\n")
		}
	}
	w.n++
	w.afterTable = table
}

// str writes s, counting its line ends.
func (w *writer) str(s string) {
	w.lines += strings.Count(s, "\n")
	w.b.WriteString(s)
}

// span makes the span [start, end); start must lie on the current line or
// the text written since must hold no line end before end.
func (w *writer) span(start, end int) document.Span {
	line := w.lines + 1 - strings.Count(w.b.String()[start:], "\n")
	return document.Span{Start: start, End: end, Line: line}
}

// paragraph writes a paragraph block.
func (w *writer) paragraph(p *para) {
	start := w.b.Len()
	text := p.text()
	w.str(text)
	box := p.units[0].box
	for _, u := range p.units {
		if u.page == p.page.num {
			box = box.union(u.box)
		}
	}
	w.doc.Blocks = append(w.doc.Blocks, document.Block{Kind: document.KindParagraph, Para: &document.Paragraph{
		Text: text, Span: w.span(start, w.b.Len()),
		Loc: &document.Locator{Paragraph: -1, Table: -1, Row: -1, Cell: -1, Page: p.page.num, Box: displayBox(p.page.toDisplay, box)},
	}})
}

// table writes a table block.
func (w *writer) table(t *ptable) {
	start := w.b.Len()
	index := w.tables()
	dt := &document.Table{Loc: &document.Locator{Paragraph: -1, Table: index, Row: -1, Cell: -1, Page: t.page, Box: displayBox(t.toDisplay, t.box)}}
	for r, row := range t.rows {
		if r > 0 {
			w.str("\n\n")
		}
		rowStart := w.b.Len()
		var cells []document.Cell
		for i, c := range row {
			if i > 0 {
				w.str("\n")
			}
			w.str("\t")
			if c.cont {
				continue
			}
			cs := w.b.Len()
			w.str(c.text)
			cells = append(cells, document.Cell{
				Text: c.text, Span: w.span(cs, w.b.Len()), Col: c.col, RowSpan: c.rowSpan, ColSpan: c.colSpan,
				Loc: &document.Locator{Paragraph: -1, Table: index, Row: len(dt.Rows), Cell: len(cells), Page: c.page, Box: displayBox(c.toDisplay, c.box)},
			})
		}
		dt.Rows = append(dt.Rows, document.Row{Span: w.span(rowStart, w.b.Len()), Cells: cells})
	}
	dt.Span = w.span(start, w.b.Len())
	w.doc.Blocks = append(w.doc.Blocks, document.Block{Kind: document.KindTable, Table: dt})
}

// tables counts the tables written so far.
func (w *writer) tables() int {
	n := 0
	for _, b := range w.doc.Blocks {
		if b.Kind == document.KindTable {
			n++
		}
	}
	return n
}

// pageWarnings notes a page that gave no text.
func (w *writer) pageWarnings(pl *pageLayout, at int) {
	sp := w.span(at, at)
	switch {
	case pl.empty:
		w.doc.Warnings = append(w.doc.Warnings, document.Warning{Code: "pdf.no_text_page", Message: pageMsg(pl.num, "has no text layer (a scanned or drawn page); its content is not read"), Span: sp})
	case pl.garbled:
		w.doc.Warnings = append(w.doc.Warnings, document.Warning{Code: "pdf.garbled_page", Message: pageMsg(pl.num, "has a text layer without Unicode (fonts without a ToUnicode map); its text is dropped rather than read as mojibake"), Span: sp})
	}
}

func pageMsg(n int, msg string) string {
	return "page " + itoa(n) + " " + msg
}
