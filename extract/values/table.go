package values

import (
	"slices"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
)

// unitContext is a unit stated once for many cells, with where it was written.
type unitContext struct {
	m          measured // kind, unit, canon and exp; number unset
	src        UnitSource
	start, end int
}

// tableState is what the rows above a row say about its cells.
type tableState struct {
	cols     []columnUnit  // units from header cells; the last that covers a column wins
	skip     []columnRange // score, rate and code columns
	row      unitContext   // unit from the header row's row label, if hasRow
	title    unitContext   // unit from the title or a 单位 line, if hasTitle
	hasRow   bool
	hasTitle bool
	inHeader bool // the previous row was a header row
}

// columnRange is the grid columns [from, to) of a header cell.
type columnRange struct{ from, to int }

// columnUnit is the unit a header cell states for its columns.
type columnUnit struct {
	columnRange
	ctx unitContext
}

// covers reports whether col is in r.
func (r columnRange) covers(col int) bool { return r.from <= col && col < r.to }

// table appends the values of t's cells to l.out: those written with their
// unit, and the bare numbers that take the unit of their column, row label
// or title.
func (l *lexer) table(t *document.Table, title unitContext, hasTitle bool, ex *exclusions) {
	st := tableState{title: title, hasTitle: hasTitle}
	l.bare = true
	defer func() { l.bare = false }()
	var cells []cellValues
	var trimmed []string
	for r := range t.Rows {
		row := &t.Rows[r]
		rowStart := len(l.out)
		cells, trimmed = slices.Grow(cells[:0], len(row.Cells))[:len(row.Cells)], slices.Grow(trimmed[:0], len(row.Cells))[:len(row.Cells)]
		for i := range row.Cells {
			if l.poll.Err() != nil {
				return
			}
			c := &row.Cells[i]
			from := len(l.out)
			l.lexText(c.Text, c.Span.Start, ex.from(c.Span.Start))
			cells[i] = cellValues{from, len(l.out)}
			trimmed[i] = cjk.TrimSpace(c.Text)
		}
		if !st.hasTitle {
			st.title, st.hasTitle = unitLine(row, trimmed)
		}
		if isHeader(row, trimmed, l.cellsOf(cells)) {
			st.header(row)
		} else {
			st.inHeader = false
		}
		l.keepRow(&st, row, cells, rowStart, scoreRow(trimmed))
	}
}

// cellValues is the range of l.out that holds the values of one cell.
type cellValues struct{ from, to int }

// cellsOf returns the values of each cell.
func (l *lexer) cellsOf(cells []cellValues) [][]Value {
	out := make([][]Value, len(cells))
	for i, c := range cells {
		out[i] = l.out[c.from:c.to]
	}
	return out
}

// keepRow keeps, of the values found in a row's cells (the tail of l.out
// from rowStart), the written values and the bare numbers that take a unit,
// compacting that tail in place. In a total-of-scores row, bare numbers are
// all dropped.
func (l *lexer) keepRow(st *tableState, row *document.Row, cells []cellValues, rowStart int, scores bool) {
	w := rowStart
	for i := range row.Cells {
		c := &row.Cells[i]
		for j := cells[i].from; j < cells[i].to; j++ {
			// j >= w: a kept value moves down to w.
			v := &l.out[j]
			if v.Kind == "" && (scores || !qualifies(c.Text, v, c.Span.Start) || !st.apply(v, c.Col)) {
				continue
			}
			l.out[w] = *v
			w++
		}
	}
	clear(l.out[w:])
	l.out = l.out[:w]
}

// header records the units and skipped columns a header row states. Header
// rows in a run (a two-level header) add up; a header after data starts
// afresh.
func (st *tableState) header(row *document.Row) {
	if !st.inHeader {
		st.cols, st.skip, st.hasRow = st.cols[:0], st.skip[:0], false
	}
	st.inHeader = true
	for i := range row.Cells {
		c := &row.Cells[i]
		cols := columnRange{c.Col, c.Col + max(c.ColSpan, 1)}
		if skipColumn(c.Text) {
			st.skip = append(st.skip, cols)
			continue
		}
		m, ok := declaredUnit(c.Text)
		if !ok {
			continue
		}
		ctx := unitContext{m: m, start: c.Span.Start, end: c.Span.End}
		if c.Col == 0 {
			ctx.src = Row
			st.row, st.hasRow = ctx, true
			continue
		}
		ctx.src = Column
		st.cols = append(st.cols, columnUnit{cols, ctx})
	}
}

// column returns the unit the header states for grid column col, or nil.
func (st *tableState) column(col int) *unitContext {
	for i := len(st.cols) - 1; i >= 0; i-- {
		if st.cols[i].covers(col) {
			return &st.cols[i].ctx
		}
	}
	return nil
}

// skipped reports whether grid column col is a score, rate or code column.
func (st *tableState) skipped(col int) bool {
	for _, r := range st.skip {
		if r.covers(col) {
			return true
		}
	}
	return false
}

// apply gives the bare number v in grid column col the unit of its context,
// in place, and reports whether it took one; when it did not, the caller
// drops v. A bare number has only Raw, Start, End and Number set, so what
// apply sets makes the same value as one written with its unit.
func (st *tableState) apply(v *Value, col int) bool {
	if st.skipped(col) {
		return false
	}
	ctx := st.column(col)
	if ctx == nil {
		switch {
		case st.hasRow:
			ctx = &st.row
		case st.hasTitle:
			ctx = &st.title
		default:
			return false
		}
	}
	if phoneLike(v.Raw) && ctx.src != Column {
		return false
	}
	m := ctx.m
	m.number = v.Number
	v.Kind, v.Unit, v.UnitCanonical, v.UnitSource = m.kind, m.unit, m.canon, ctx.src
	v.UnitStart, v.UnitEnd = ctx.start, ctx.end
	setCanonical(v, m)
	return m.kind != Amount || v.Yuan.Valid()
}

// qualifies reports whether the bare number v stands alone in its cell: the
// cell is the number, or "label：number".
func qualifies(cell string, v *Value, cellStart int) bool {
	if len(v.Raw) == len(cell) {
		return true // the usual cell: only the number
	}
	head := strings.TrimRightFunc(cell[:v.Start-cellStart], cjk.IsSpace)
	tail := cell[v.End-cellStart:]
	if !cjk.AllSpace(tail) {
		return false
	}
	return head == "" || strings.HasSuffix(head, "：") || strings.HasSuffix(head, ":")
}

// phoneLike reports whether a bare number looks like a phone number: 7 or 8
// digits, or 11 digits starting with 1.
func phoneLike(raw string) bool {
	for i := 0; i < len(raw); i++ {
		if raw[i] < '0' || raw[i] > '9' {
			return false
		}
	}
	return len(raw) == 7 || len(raw) == 8 || (len(raw) == 11 && raw[0] == '1')
}

// plainNumber reads the usual table cell, a bare number such as "0.00" or
// "179.52", when l.s is all of one and l.bare is set, and reports whether
// it did. run gives the same (FuzzPlainNumber): it finds no marker in such
// a text ("1." needs no digit after it), no date (a year needs 年, or a
// month after a point and a range after that), no unit and no affix: only a
// bare candidate, or nothing if the number does not fit. This is a measured
// shortcut, as go/scanner's scanIdentifier is one: the table cells that
// are a bare number went through every rule of the lexer, which cost a
// fifth of the values stage on the seed.
//
//	plainNumber := digit+ ('.' digit+)?
func (l *lexer) plainNumber() bool {
	s := l.s
	k := cjk.Digits(s)
	if k == 0 {
		return false
	}
	if k < len(s) && (s[k] != '.' || k+1 == len(s) || cjk.Digits(s[k+1:]) != len(s)-k-1) {
		return false
	}
	d, ok := appendDigits(NewDecimal(0, 0), s[:k], false)
	if ok && k < len(s) {
		d, ok = appendDigits(d, s[k+1:], true)
	}
	if ok {
		l.add(0, len(s)).Number = d
	}
	l.pos = len(s)
	return true
}
