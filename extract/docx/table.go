package docx

import (
	"slices"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/ooxml"
)

// maxSpan caps w:gridSpan and w:gridBefore: Word allows 63 columns; a
// larger value is garbage and must not make the grid huge.
const maxSpan = 1000

// vMerge states of a cell (§17.4.85).
const (
	vmNone = iota
	vmRestart
	vmContinue
)

// cellRef points at a cell of the table being read.
type cellRef struct{ row, cell int }

// tableState is a table being read.
type tableState struct {
	t         *document.Table
	index     int
	flat      bool // a nested table: flattened into its cell, no TABs
	written   int  // cells written
	anchors   map[int]cellRef
	continued []int // grid columns a vertical merge covers in the row being read, ascending
}

// rowState is a row being read. Its cells are r.rowCells[base:].
type rowState struct {
	col     int // next grid column
	tc      int // w:tc elements seen
	start   int // offset of the row's first cell, -1 before it
	base    int
	deleted bool
}

// table reads a w:tbl whose start tag was just read into c.
func (r *reader) table(c *container) {
	ts := &tableState{
		t:       &document.Table{},
		index:   r.tables,
		flat:    c.kind != ctxBody,
		anchors: map[int]cellRef{},
	}
	r.tables++
	ts.t.Loc = r.locator(-1, ts.index, -1, -1)
	start := len(r.buf)
	r.tableContent(ts)
	t := ts.t
	if len(t.Rows) == 0 {
		t.Span = document.Span{Start: start, End: start}
	} else {
		t.Span = document.Span{Start: t.Rows[0].Span.Start, End: t.Rows[len(t.Rows)-1].Span.End}
	}
	switch c.kind {
	case ctxBody:
		if len(t.Rows) > 0 {
			r.blocks = append(r.blocks, document.Block{Kind: document.KindTable, Table: t})
		}
	case ctxCell:
		c.nested = append(c.nested, t)
	}
}

// tableContent reads the children of a table (or of a container inside it).
func (r *reader) tableContent(ts *tableState) {
	d := r.s.Depth()
	for r.s.Child(d) {
		switch r.s.Elem() {
		case elTr:
			r.row(ts)
		case elTblPr, elTblGrid, elSdtPr, elSdtEndPr, elDel, elMoveFrom, elCustomXMLPr, elP, elTbl:
			r.s.Skip()
		case elAlternateContent:
			for d, taken := r.s.Depth(), false; r.branch(d, &taken); {
				r.tableContent(ts)
			}
		}
	}
}

// row reads a w:tr whose start tag was just read.
func (r *reader) row(ts *tableState) {
	rs := &rowState{start: -1, base: len(r.rowCells)}
	ts.continued = ts.continued[:0]
	d := r.s.Depth()
	r.rowContent(ts, rs, d)
	cells := r.rowCells[rs.base:]
	r.rowCells = r.rowCells[:rs.base]
	if rs.deleted || rs.start < 0 {
		return
	}
	for col := range ts.anchors {
		if _, ok := slices.BinarySearch(ts.continued, col); !ok {
			delete(ts.anchors, col)
		}
	}
	ts.t.Rows = append(ts.t.Rows, document.Row{
		Span:  document.Span{Start: rs.start, End: len(r.buf)},
		Cells: carveCopy(&r.cellChunk, cells),
	})
}

// rowContent reads the children of a row until the element at depth d ends.
func (r *reader) rowContent(ts *tableState, rs *rowState, d int) {
	for r.s.Child(d) {
		switch r.s.Elem() {
		case elTrPr, elTblPrEx:
			r.rowProps(rs)
		case elTc:
			if rs.deleted {
				r.s.Skip()
				continue
			}
			r.cell(ts, rs)
		case elSdtPr, elSdtEndPr, elDel, elMoveFrom, elCustomXMLPr, elP, elTbl:
			r.s.Skip()
		case elAlternateContent:
			for d, taken := r.s.Depth(), false; r.branch(d, &taken); {
				r.rowContent(ts, rs, r.s.Depth())
			}
		}
	}
}

// rowProps reads w:trPr: w:gridBefore (§17.4.15) and a tracked deletion of
// the row (w:del, §17.13.5.12), which drops it.
func (r *reader) rowProps(rs *rowState) {
	s := r.s
	d := s.Depth()
	for s.Child(d) {
		switch s.Elem() {
		case elGridBefore:
			if rs.tc == 0 {
				rs.col = clampSpan(atoiDefault(s.Attr(nsW, "val"), 0), 0)
			}
		case elDel:
			rs.deleted = true
		}
		s.Skip()
	}
}

func clampSpan(n, lo int) int {
	return max(lo, min(n, maxSpan))
}

// cellProps are the cell properties the reader uses.
type cellProps struct {
	span   int
	vMerge int
}

// cell reads a w:tc whose start tag was just read.
func (r *reader) cell(ts *tableState, rs *rowState) {
	s := r.s
	d := s.Depth()
	tc := rs.tc
	rs.tc++
	props := cellProps{span: 1}
	cc := container{kind: ctxCell}
	cont, decided := false, false
	contentStart := 0
	for {
		k := s.Next()
		if k == ooxml.TokEOF || (k == ooxml.TokEnd && s.Depth() < d) {
			break
		}
		if k != ooxml.TokStart {
			continue
		}
		if s.Elem() == elTcPr && !decided {
			r.cellProps(&props)
			continue
		}
		if !decided {
			decided = true
			cont, contentStart = r.openCell(ts, rs, props)
		}
		if cont {
			s.Skip() // a merged-away cell: Word shows only the anchor's text
			continue
		}
		r.block(&cc)
	}
	if !decided {
		cont, contentStart = r.openCell(ts, rs, props)
	}
	if cont {
		return
	}
	col := rs.col - props.span
	r.rowCells = append(r.rowCells, document.Cell{
		Span:    r.span(contentStart, len(r.buf)),
		Col:     col,
		RowSpan: 1,
		ColSpan: props.span,
		Nested:  cc.nested,
		Loc:     r.locator(-1, ts.index, len(ts.t.Rows), tc),
	})
	if props.vMerge == vmRestart {
		ts.anchors[col] = cellRef{row: len(ts.t.Rows), cell: len(r.rowCells) - rs.base - 1}
		ts.continued = append(ts.continued, col)
	}
}

// openCell places a cell on the grid and writes its separator and TAB. It
// reports whether the cell continues a vertical merge (and so is not a Cell)
// and where the cell's content starts.
func (r *reader) openCell(ts *tableState, rs *rowState, p cellProps) (bool, int) {
	col := rs.col
	rs.col += p.span
	if p.vMerge == vmContinue {
		if ref, ok := ts.anchors[col]; ok {
			ts.t.Rows[ref.row].Cells[ref.cell].RowSpan++
			ts.continued = append(ts.continued, col)
			if !ts.flat {
				r.cellSeparator(ts, rs)
				r.buf = append(r.buf, '\t')
			}
			return true, len(r.buf)
		}
		// A continuation with nothing above to continue: Word shows it as
		// a cell of its own, and so do we.
	}
	r.cellSeparator(ts, rs)
	if !ts.flat {
		r.buf = append(r.buf, '\t')
	}
	return false, len(r.buf)
}

// cellSeparator writes what goes before a cell: nothing before the table's
// first, a blank line before a row's first ("\n" when flattened), "\n"
// between cells. It records where the row starts.
func (r *reader) cellSeparator(ts *tableState, rs *rowState) {
	if ts.written > 0 {
		if rs.start < 0 && !ts.flat {
			r.buf = append(r.buf, "\n\n"...)
		} else {
			r.buf = append(r.buf, '\n')
		}
	}
	ts.written++
	if rs.start < 0 {
		rs.start = len(r.buf)
	}
}

// cellProps reads w:tcPr: w:gridSpan (§17.4.17) and w:vMerge (§17.4.85).
// A w:tcPr the same bytes as one read before is not read again
// (ooxml.Scanner.Recall).
func (r *reader) cellProps(p *cellProps) {
	s := r.s
	if *p != (cellProps{span: 1}) {
		r.readCellProps(p) // not the first w:tcPr of the cell: not remembered
		return
	}
	if slot, ok := s.Recall(memoCellProps); ok {
		*p = r.cellKept[slot]
		return
	}
	mk := s.Mark()
	r.readCellProps(p)
	if slot, ok := s.Keep(memoCellProps, mk); ok {
		r.cellKept[slot] = *p
	}
}

// readCellProps reads the children of a w:tcPr into p.
func (r *reader) readCellProps(p *cellProps) {
	s := r.s
	d := s.Depth()
	for s.Child(d) {
		switch s.Elem() {
		case elGridSpan:
			p.span = clampSpan(atoiDefault(s.Attr(nsW, "val"), 1), 1)
		case elVMerge:
			p.vMerge = vmContinue // an absent w:val means "continue"
			if string(s.Attr(nsW, "val")) == "restart" {
				p.vMerge = vmRestart
			}
		}
		s.Skip()
	}
}
