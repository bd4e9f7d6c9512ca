package write

import (
	"sort"

	"github.com/jixiao-dev/jixiao/schema"
)

// locator finds the section and the table cell a span falls in.
type locator struct {
	sections []schema.Section
	cells    []cellSpan // top-level table cells, by start
}

// cellSpan is the span of one table cell and where the cell is.
type cellSpan struct {
	start, end       int
	table, row, cell int
}

// newLocator indexes the sections and table cells of r.
func newLocator(r *schema.Report) *locator {
	l := &locator{sections: r.Sections}
	for _, t := range r.Tables {
		for ri, row := range t.Rows {
			for ci, c := range row {
				l.cells = append(l.cells, cellSpan{c.Span.Start, c.Span.End, t.Index, ri, ci})
			}
		}
	}
	sort.SliceStable(l.cells, func(i, j int) bool { return l.cells[i].start < l.cells[j].start })
	return l
}

// section returns the path ("2.1") of the innermost section whose span
// holds s, or "" when none does.
func (l *locator) section(s schema.Span) string {
	path := ""
	secs := l.sections
	for {
		found := false
		for i, sec := range secs {
			if sec.Span.Start <= s.Start && s.End <= sec.Span.End {
				if path != "" {
					path += "."
				}
				path += itoa(i + 1)
				secs, found = sec.Children, true
				break
			}
		}
		if !found {
			return path
		}
	}
}

// cell returns the table, row and cell whose span holds s, or -1s. Cells
// of top-level tables do not overlap, so the last cell starting at or
// before s is the only candidate.
func (l *locator) cell(s schema.Span) (table, row, cell int) {
	i := sort.Search(len(l.cells), func(i int) bool { return l.cells[i].start > s.Start }) - 1
	if i < 0 || s.End > l.cells[i].end {
		return -1, -1, -1
	}
	c := l.cells[i]
	return c.table, c.row, c.cell
}
