package xlsx

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// writer builds the canonical text and blocks of a workbook.
type writer struct {
	opts     Options
	buf      []byte
	blocks   []document.Block
	warnings []document.Warning
	cells    int  // grid positions written so far, for MaxCells
	table    bool // the last block written is a table
}

// readSheets reads the sheets in tab order and writes the visible ones.
func readSheets(p *pkg, wb *workbook) (*document.Document, error) {
	w := &writer{opts: p.opts}
	for _, ref := range wb.sheets {
		switch {
		case ref.hidden == "hidden" || ref.hidden == "veryHidden":
			w.warn(warning("xlsx.hidden_sheet", "sheet %q is hidden (state %s) and was not read", ref.name, ref.hidden))
			continue
		case ref.kind != relWorksheet:
			w.warn(warning("xlsx.not_worksheet", "sheet %q is not a worksheet (relationship %s) and has no cells to read", ref.name, strings.TrimPrefix(ref.kind, "/")))
			continue
		}
		sh, err := readSheet(p, wb, ref)
		if err != nil {
			return nil, err
		}
		if err := w.sheet(sh); err != nil {
			return nil, err
		}
	}
	doc := &document.Document{Text: string(w.buf), Blocks: w.blocks, Format: "xlsx", Warnings: w.warnings}
	document.FillText(doc)
	fillWarnings(doc)
	return doc, nil
}

// warn records a warning at the current end of the text.
func (w *writer) warn(wn document.Warning) {
	wn.Span = document.Span{Start: len(w.buf), End: len(w.buf)}
	w.warnings = append(w.warnings, wn)
}

// separate writes the separator before a block: "\n" after a paragraph,
// two blank lines after a table, as the DOCX reader and the text dump do.
func (w *writer) separate() {
	switch {
	case len(w.blocks) == 0:
	case w.table:
		w.buf = append(w.buf, "\n\n\n"...)
	default:
		w.buf = append(w.buf, '\n')
	}
}

// sheet writes one sheet: its name as a paragraph, then its used range as a
// table.
func (w *writer) sheet(sh *sheet) error {
	w.separate()
	start := len(w.buf)
	w.buf = clean(w.buf, []byte(sh.name))
	for i := start; i < len(w.buf); i++ {
		if w.buf[i] == '\n' { // a title is one line
			w.buf[i] = ' '
		}
	}
	s, e := document.TrimBytes(w.buf, start, len(w.buf))
	w.blocks = append(w.blocks, document.Block{Kind: document.KindParagraph, Para: &document.Paragraph{
		Span: document.Span{Start: s, End: e}, Loc: &document.Locator{Sheet: sh.name},
	}})
	w.table = false
	g, warns, err := sh.layout(w.opts.MaxCells - w.cells)
	if err != nil {
		return err
	}
	for _, wn := range warns {
		w.warn(wn)
	}
	if g == nil {
		return nil
	}
	if g.hidden.rows > 0 {
		w.warn(warning("xlsx.hidden_rows", "sheet %q: %d hidden rows of the used range %s were not read", sh.name, g.hidden.rows, g.box))
	}
	if g.hidden.cols > 0 {
		w.warn(warning("xlsx.hidden_columns", "sheet %q: %d hidden columns of the used range %s were not read", sh.name, g.hidden.cols, g.box))
	}
	w.cells += len(g.rows) * len(g.cols)
	if len(g.rows) == 0 || len(g.cols) == 0 {
		return nil
	}
	w.buf = append(w.buf, '\n')
	return w.table1(sh, g)
}
