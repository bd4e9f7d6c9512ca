package values

import (
	"strings"

	"jixiao/extract/document"
)

// context is a unit stated once for many cells, with where it was written.
type context struct {
	m          measured // kind, unit, canon and exp; number unset
	src        UnitSource
	start, end int
}

// tableState is what the rows above a row say about its cells.
type tableState struct {
	cols     map[int]context // units from header cells, by grid column
	skip     map[int]bool    // score, rate and code columns
	row      *context        // unit from the header row's row label
	title    *context        // unit from the title or a 单位 line
	inHeader bool            // the previous row was a header row
}

// table appends the values of t's cells to l.out: those written with their
// unit, and the bare numbers that take the unit of their column, row label
// or title.
func (l *lexer) table(t *document.Table, title *context, ex []document.Span) {
	st := tableState{cols: map[int]context{}, skip: map[int]bool{}, title: title}
	l.bare = true
	defer func() { l.bare = false }()
	cells := make([][]Value, 0, 8)
	for _, row := range t.Rows {
		rowStart := len(l.out)
		cells = cells[:0]
		for _, c := range row.Cells {
			cells = append(cells, l.lexText(c.Text, c.Span.Start, ex))
		}
		if st.title == nil {
			st.title = unitLine(row)
		}
		if isHeader(row, cells) {
			st.header(row)
		} else {
			st.inHeader = false
		}
		// Keep the written values and the bare numbers that take a unit,
		// compacting the row's tail of l.out in place.
		skipRow, w := scoreRow(row), rowStart
		for i, c := range row.Cells {
			for _, v := range cells[i] {
				if v.Kind == "" {
					var ok bool
					if skipRow || !qualifies(c.Text, v, c.Span.Start) {
						continue
					}
					if v, ok = st.apply(v, c.Col); !ok {
						continue
					}
				}
				l.out[w] = v
				w++
			}
		}
		l.out = l.out[:w]
	}
}

// header records the units and skipped columns a header row states. Header
// rows in a run (a two-level header) add up; a header after data starts
// afresh.
func (st *tableState) header(row document.Row) {
	if !st.inHeader {
		clear(st.cols)
		clear(st.skip)
		st.row = nil
	}
	st.inHeader = true
	for _, c := range row.Cells {
		span := max(c.ColSpan, 1)
		if skipColumn(c.Text) {
			for k := c.Col; k < c.Col+span; k++ {
				st.skip[k] = true
			}
			continue
		}
		m, ok := declaredUnit(c.Text)
		if !ok {
			continue
		}
		ctx := context{m: m, start: c.Span.Start, end: c.Span.End}
		if c.Col == 0 {
			ctx.src = Row
			st.row = &ctx
			continue
		}
		ctx.src = Column
		for k := c.Col; k < c.Col+span; k++ {
			st.cols[k] = ctx
		}
	}
}

// apply gives the bare number v in grid column col the unit of its context.
func (st *tableState) apply(v Value, col int) (Value, bool) {
	if st.skip[col] {
		return Value{}, false
	}
	ctx, ok := st.cols[col]
	if !ok {
		switch {
		case st.row != nil:
			ctx = *st.row
		case st.title != nil:
			ctx = *st.title
		default:
			return Value{}, false
		}
	}
	if phoneLike(v.Raw) && ctx.src != Column {
		return Value{}, false
	}
	m := ctx.m
	m.number = v.Number
	w := Value{Kind: m.kind, Raw: v.Raw, Start: v.Start, End: v.End, Number: v.Number,
		Unit: m.unit, UnitCanonical: m.canon, UnitSource: ctx.src,
		UnitStart: ctx.start, UnitEnd: ctx.end}
	setCanonical(&w, m)
	if m.kind == Amount && !w.Yuan.Valid() {
		return Value{}, false
	}
	return w, true
}

// qualifies reports whether the bare number v stands alone in its cell: the
// cell is the number, or "label：number".
func qualifies(cell string, v Value, cellStart int) bool {
	head := strings.TrimRightFunc(cell[:v.Start-cellStart], document.IsSpace)
	tail := cell[v.End-cellStart:]
	if !document.IsBlank(tail) {
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
