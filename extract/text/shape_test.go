package text_test

import (
	"fmt"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// shape renders a whole Document, every span included, as lines that a test
// case can spell out by hand. Positions are line:column (column in runes,
// 1-based) of a span's start and end; Verify separately checks that every
// Text equals the canonical text at its span.
//
//	P 1:1-1:3 "标题"
//	T 2:1-5:4
//	 R 2:1-3:5
//	  C 2:2-2:3 "a"
//	W text.table_rows_joined 2:1-5:4
func shape(d *document.Document) string {
	lines := document.NewLines(d.Text)
	pos := func(s document.Span) string {
		a, b := lines.Position(s.Start), lines.Position(s.End)
		if s.Line != a.Line {
			return fmt.Sprintf("BAD LINE %d for %d:%d", s.Line, a.Line, a.Column)
		}
		return fmt.Sprintf("%d:%d-%d:%d", a.Line, a.Column, b.Line, b.Column)
	}
	var out strings.Builder
	for _, b := range d.Blocks {
		if b.Kind == document.KindParagraph {
			fmt.Fprintf(&out, "P %s %q\n", pos(b.Para.Span), b.Para.Text)
			continue
		}
		fmt.Fprintf(&out, "T %s\n", pos(b.Table.Span))
		for _, r := range b.Table.Rows {
			fmt.Fprintf(&out, " R %s\n", pos(r.Span))
			for i, c := range r.Cells {
				if c.Col != i || c.RowSpan != 1 || c.ColSpan != 1 || c.Nested != nil || c.Loc != nil {
					fmt.Fprintf(&out, "  BAD CELL col %d span %dx%d\n", c.Col, c.RowSpan, c.ColSpan)
				}
				fmt.Fprintf(&out, "  C %s %q\n", pos(c.Span), c.Text)
			}
		}
	}
	for _, w := range d.Warnings {
		fmt.Fprintf(&out, "W %s %s\n", w.Code, pos(w.Span))
	}
	return out.String()
}

// cells returns the texts of a table's cells, row by row.
func cells(t *document.Table) [][]string {
	out := make([][]string, len(t.Rows))
	for i, r := range t.Rows {
		for _, c := range r.Cells {
			out[i] = append(out[i], c.Text)
		}
	}
	return out
}

// tables returns the tables of d in order.
func tables(d *document.Document) []*document.Table {
	var out []*document.Table
	for _, b := range d.Blocks {
		if b.Kind == document.KindTable {
			out = append(out, b.Table)
		}
	}
	return out
}
