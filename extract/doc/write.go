package doc

import (
	"github.com/jixiao-dev/jixiao/extract/document"
)

// out writes the canonical text and the blocks in package document's
// layout, as the DOCX reader does.
type out struct {
	buf        []byte
	blocks     []document.Block
	n          int  // body blocks written
	afterTable bool // the last body block was a table
	paras      int
	tables     int
}

// body writes the paragraphs of the main document: tables where the
// paragraphs are in tables, body paragraphs elsewhere.
func (o *out) body(paras []para) {
	for i := 0; i < len(paras); {
		p := &paras[i]
		if p.depth() == 0 {
			o.paragraph(p)
			i++
			continue
		}
		var t *tnode
		t, i = parseTable(paras, i, 1)
		if len(t.rows) == 0 {
			continue
		}
		o.separate(true)
		dt := o.table(t, false)
		o.blocks = append(o.blocks, document.Block{Kind: document.KindTable, Table: dt})
	}
}

// separate writes "\n" between body blocks, and two blank lines after a
// table.
func (o *out) separate(table bool) {
	if o.n > 0 {
		if o.afterTable {
			o.buf = append(o.buf, "\n\n\n"...)
		} else {
			o.buf = append(o.buf, '\n')
		}
	}
	o.n++
	o.afterTable = table
}

// paragraph writes a body paragraph; a blank one is an empty line, not a
// block.
func (o *out) paragraph(p *para) {
	o.separate(false)
	start := len(o.buf)
	o.buf = append(o.buf, p.text...)
	s, e := document.TrimBytes(o.buf, start, len(o.buf))
	index := o.paras
	o.paras++
	if s == e {
		return
	}
	o.blocks = append(o.blocks, document.Block{Kind: document.KindParagraph, Para: &document.Paragraph{
		Span:    document.Span{Start: s, End: e},
		Outline: p.props.outline,
		Loc:     &document.Locator{Part: "WordDocument", Paragraph: index, Table: -1, Row: -1, Cell: -1},
	}})
}

// table writes a table: each slot "\t" and the cell's lines, rows
// separated by a blank line; flattened (one line per cell, no TABs) when
// nested in a cell. A placeholder of a vertical merge is an empty "\t"
// line in a body table and nothing in a flattened one.
func (o *out) table(t *tnode, flat bool) *document.Table {
	dt := &document.Table{}
	index := o.tables
	o.tables++
	dt.Loc = &document.Locator{Part: "WordDocument", Paragraph: -1, Table: index, Row: -1, Cell: -1}
	written := 0
	for r, row := range t.rows {
		from := -1
		var cells []document.Cell
		for _, c := range row.cells {
			if c.hidden || (c.covered && flat) {
				continue
			}
			switch {
			case written == 0:
			case from < 0 && !flat:
				o.buf = append(o.buf, "\n\n"...)
			default:
				o.buf = append(o.buf, '\n')
			}
			written++
			if from < 0 {
				from = len(o.buf)
			}
			if !flat {
				o.buf = append(o.buf, '\t')
			}
			if c.covered {
				continue
			}
			cells = append(cells, o.cell(c, index, r, len(cells)))
		}
		if from >= 0 {
			dt.Rows = append(dt.Rows, document.Row{Span: document.Span{Start: from, End: len(o.buf)}, Cells: cells})
		}
	}
	if len(dt.Rows) > 0 {
		dt.Span = document.Span{Start: dt.Rows[0].Span.Start, End: dt.Rows[len(dt.Rows)-1].Span.End}
	} else {
		dt.Span = document.Span{Start: len(o.buf), End: len(o.buf)}
	}
	return dt
}

// cell writes a cell's paragraphs and nested tables, one after another on
// lines of their own.
func (o *out) cell(c tcell, table, row, index int) document.Cell {
	from := len(o.buf)
	var nested []*document.Table
	for k, it := range c.items {
		if k > 0 {
			o.buf = append(o.buf, '\n')
		}
		if it.table != nil {
			nested = append(nested, o.table(it.table, true))
			continue
		}
		o.buf = append(o.buf, it.text...)
	}
	s, e := document.TrimBytes(o.buf, from, len(o.buf))
	return document.Cell{
		Span:    document.Span{Start: s, End: e},
		Col:     c.col,
		RowSpan: max(1, c.rowSpan),
		ColSpan: max(1, c.colSpan),
		Nested:  nested,
		Loc:     &document.Locator{Part: "WordDocument", Paragraph: -1, Table: table, Row: row, Cell: index},
	}
}
