package document

import "fmt"

// Verify checks the invariants every reader must keep: each span lies within
// the canonical text, its line is right, blocks come in order without
// overlapping, and the text of every paragraph and cell equals the canonical
// text at its span. Readers' tests and fuzzers call it; it returns the first
// broken invariant.
func (d *Document) Verify() error {
	lines := NewLines(d.Text)
	check := func(what string, s Span, text *string) error {
		if s.Start < 0 || s.End < s.Start || s.End > len(d.Text) {
			return fmt.Errorf("%s: span [%d,%d) outside text of %d bytes", what, s.Start, s.End, len(d.Text))
		}
		if want := lines.Line(s.Start); s.Line != want {
			return fmt.Errorf("%s: span [%d,%d) says line %d, is on line %d", what, s.Start, s.End, s.Line, want)
		}
		if text != nil && d.Text[s.Start:s.End] != *text {
			return fmt.Errorf("%s: text %q differs from canonical text %q at its span", what, *text, d.Text[s.Start:s.End])
		}
		return nil
	}
	prev := 0
	for i, b := range d.Blocks {
		what := fmt.Sprintf("block %d", i)
		s := b.Span()
		if s.Start < prev {
			return fmt.Errorf("%s: starts at %d, before the end %d of the block before it", what, s.Start, prev)
		}
		prev = s.End
		switch b.Kind {
		case KindParagraph:
			if err := check(what, s, &b.Para.Text); err != nil {
				return err
			}
		case KindTable:
			if err := verifyTable(what, b.Table, check); err != nil {
				return err
			}
		default:
			return fmt.Errorf("%s: unknown kind %d", what, b.Kind)
		}
	}
	for i, w := range d.Warnings {
		if err := check(fmt.Sprintf("warning %d (%s)", i, w.Code), w.Span, nil); err != nil {
			return err
		}
	}
	return nil
}

func verifyTable(what string, t *Table, check func(string, Span, *string) error) error {
	if err := check(what, t.Span, nil); err != nil {
		return err
	}
	for r, row := range t.Rows {
		rw := fmt.Sprintf("%s row %d", what, r)
		if err := check(rw, row.Span, nil); err != nil {
			return err
		}
		if row.Span.Start < t.Span.Start || row.Span.End > t.Span.End {
			return fmt.Errorf("%s: span [%d,%d) outside its table [%d,%d)", rw, row.Span.Start, row.Span.End, t.Span.Start, t.Span.End)
		}
		for c, cell := range row.Cells {
			cw := fmt.Sprintf("%s cell %d", rw, c)
			if err := check(cw, cell.Span, &cell.Text); err != nil {
				return err
			}
			if cell.RowSpan < 1 || cell.ColSpan < 1 {
				return fmt.Errorf("%s: row_span %d col_span %d, want at least 1", cw, cell.RowSpan, cell.ColSpan)
			}
			for n, nt := range cell.Nested {
				if err := verifyTable(fmt.Sprintf("%s nested %d", cw, n), nt, check); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
