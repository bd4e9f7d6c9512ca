package xlsx

import (
	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/ooxml"
)

// table1 writes the grid of a sheet as a table: each visible row of the
// used range a row, each visible position not covered by a merged range a
// cell ("\t" and its text; cells separated by "\n", rows by a blank line),
// merges as RowSpan and ColSpan on their anchor. Every cell keeps its
// address as Locator{Sheet, Ref}; a merge's Ref is its anchor's address.
func (w *writer) table1(sh *sheet, g *grid) error {
	n := len(g.rows) * len(g.cols)
	cells := make([]document.Cell, 0, n)
	locs := make([]document.Locator, 0, n)
	refs := make([]byte, 0, n*4)
	t := &document.Table{Span: document.Span{Start: len(w.buf)}, Rows: make([]document.Row, len(g.rows)),
		Loc: &document.Locator{Sheet: sh.name, Ref: g.box.String()}}
	for ri, r := range g.rows {
		if ri > 0 {
			w.buf = append(w.buf, "\n\n"...)
		}
		row := &t.Rows[ri]
		row.Span.Start = len(w.buf)
		first := len(cells)
		for ci, c := range g.cols {
			if g.cover[ri*len(g.cols)+ci] {
				continue
			}
			if len(cells) > first {
				w.buf = append(w.buf, '\n')
			}
			w.buf = append(w.buf, '\t')
			start := len(w.buf)
			cell := document.Cell{Col: ci, RowSpan: 1, ColSpan: 1}
			ref := r*maxCols + c
			if m, ok := g.anchor[key(r, c)]; ok {
				cell.RowSpan, cell.ColSpan = m.rowSpan, m.colSpan
				ref = m.r0*maxCols + m.c0 // the text and the address are the range's first cell's
			}
			if i, ok := g.text[ref]; ok {
				ct := sh.cells[i]
				w.buf = append(w.buf, sh.text[ct.off:ct.end]...)
			}
			s, e := document.TrimBytes(w.buf, start, len(w.buf))
			cell.Span = document.Span{Start: s, End: e}
			refStart := len(refs)
			refs = appendRef(refs, ref/maxCols, ref%maxCols)
			locs = append(locs, document.Locator{Sheet: sh.name})
			cell.Loc = &locs[len(locs)-1]
			cell.Loc.Ref = string(refs[refStart:]) // one small string per cell
			cells = append(cells, cell)
			if len(w.buf) > w.opts.MaxText {
				return ooxml.PartError(document.ErrLimit, sh.part, -1,
					"the text written reaches %d bytes at sheet %q cell %s, past the limit of %d (Options.MaxText)",
					len(w.buf), sh.name, cell.Loc.Ref, w.opts.MaxText)
			}
		}
		row.Cells = cells[first:len(cells):len(cells)]
		row.Span.End = len(w.buf)
	}
	t.Span.End = len(w.buf)
	w.blocks = append(w.blocks, document.Block{Kind: document.KindTable, Table: t})
	w.table = true
	return nil
}

// fillWarnings sets the Line of every warning's span (document.FillText
// sets the blocks').
func fillWarnings(doc *document.Document) {
	if len(doc.Warnings) == 0 {
		return
	}
	lines := document.NewLines(doc.Text)
	for i := range doc.Warnings {
		doc.Warnings[i].Span.Line = lines.Line(doc.Warnings[i].Span.Start)
	}
}
