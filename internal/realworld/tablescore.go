package realworld

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/jixiao-dev/jixiao/schema"
)

// ParseNumber reads a figure as a table writes it: optional sign, digits
// with or without thousands separators, optional decimals ("96,282,213.44",
// "0", "-3.5"). It returns the exact value as a canonical string
// ("96282213.44", "0", "-3.5"): no binary floating point.
func ParseNumber(s string) (string, bool) {
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", "")
	if s == "" {
		return "", false
	}
	body := strings.TrimPrefix(s, "-")
	intPart, frac, _ := strings.Cut(body, ".")
	if intPart == "" || !allDigits(intPart) || !allDigits(frac) {
		return "", false
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return "", false
	}
	return r.RatString(), true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// AmountScore is how many of a table's figures the report types as amounts
// in the table's unit.
type AmountScore struct {
	Figures   int // numeric cells in amount columns of body rows
	Typed     int // found as amount values with the table's unit, on the table's pages
	WrongUnit int // found as amounts on those pages with another unit
	Seen      int // found as a value of any kind or unit on those pages
}

// Share is Typed/Figures.
func (a AmountScore) Share() float64 { return ratio(a.Typed, a.Figures) }

func (a AmountScore) String() string {
	return fmt.Sprintf("typed %d/%d (%.0f%%), wrong unit %d, seen %d", a.Typed, a.Figures, 100*a.Share(), a.WrongUnit, a.Seen)
}

// ScoreAmounts counts the spec's figures found among the report's values on
// the spec's pages: each figure is matched once, by exact value, first to
// an amount in the right unit. Without page knowledge every value counts.
func ScoreAmounts(t *TableSpec, r *schema.Report, pg *Pager) AmountScore {
	typed := map[string]int{}
	wrong := map[string]int{}
	seen := map[string]int{}
	for _, v := range r.Values {
		if p := pg.Page(v.Span.Start); p != 0 && !t.Pages.Has(p) {
			continue
		}
		n, ok := ParseNumber(string(v.Number))
		if !ok {
			continue
		}
		seen[n]++
		if v.Kind == "amount" {
			if v.Unit == t.Unit {
				typed[n]++
			} else {
				wrong[n]++
			}
		}
	}
	var s AmountScore
	for _, c := range t.Amounts() {
		n, _ := ParseNumber(c.Text)
		s.Figures++
		switch {
		case typed[n] > 0:
			typed[n]--
			s.Typed++
		case wrong[n] > 0:
			wrong[n]--
			s.WrongUnit++
		}
		if seen[n] > 0 {
			seen[n]--
			s.Seen++
		}
	}
	return s
}

// CellScore is how many of a table's non-empty cells stand at their place in
// the best-matching table of the report.
type CellScore struct {
	Cells   int // non-empty anchors of the spec
	Placed  int // found with the same text at the same place, under the best offset
	Spans   int // of the placed ones, with the same row and column spans
	Table   int // index of the best-matching report table, -1 when none
	Offsets [2]int
}

// Share is Placed/Cells.
func (c CellScore) Share() float64 { return ratio(c.Placed, c.Cells) }

func (c CellScore) String() string {
	if c.Table < 0 {
		return fmt.Sprintf("cells 0/%d (no table)", c.Cells)
	}
	return fmt.Sprintf("cells %d/%d (%.0f%%) in table %d at offset %d,%d, spans right %d", c.Placed, c.Cells, 100*c.Share(), c.Table, c.Offsets[0], c.Offsets[1], c.Spans)
}

// ScoreCells finds the report table and the row and column offset under which
// most of the spec's non-empty cells have the same text (Norm) at the same
// grid place, and counts them. A table continuing over a page break that the
// reader left in two pieces scores only the larger piece.
func ScoreCells(t *TableSpec, r *schema.Report) CellScore {
	s := CellScore{Table: -1}
	want := map[string][]GridCell{}
	for _, c := range t.Grid.Cells {
		if k := Norm(c.Text); k != "" {
			s.Cells++
			want[k] = append(want[k], c)
		}
	}
	for ti := range r.Tables {
		placed := gridOf(&r.Tables[ti])
		votes := map[[2]int]int{}
		for _, pc := range placed {
			for _, w := range want[Norm(pc.Text)] {
				votes[[2]int{pc.Row - w.Row, pc.Col - w.Col}]++
			}
		}
		for off, n := range votes {
			if n > s.Placed || (n == s.Placed && n > 0 && s.Table == ti && less(off, s.Offsets)) {
				s.Placed, s.Table, s.Offsets = n, ti, off
			}
		}
	}
	if s.Table >= 0 {
		s.Spans = spansRight(t, gridOf(&r.Tables[s.Table]), s.Offsets)
	}
	return s
}

// less orders offsets so that ties are broken the same way on every run.
func less(a, b [2]int) bool {
	if a[0] != b[0] {
		return a[0] < b[0]
	}
	return a[1] < b[1]
}

// gridOf places the cells of a report table on its grid: each cell at the
// first column of its row not covered by a merge from above.
func gridOf(t *schema.Table) []GridCell {
	var out []GridCell
	covered := map[[2]int]bool{}
	for r, row := range t.Rows {
		c := 0
		for _, cell := range row {
			for covered[[2]int{r, c}] {
				c++
			}
			rs, cs := max(cell.RowSpan, 1), max(cell.ColSpan, 1)
			for dr := 0; dr < rs; dr++ {
				for dc := 0; dc < cs; dc++ {
					covered[[2]int{r + dr, c + dc}] = true
				}
			}
			out = append(out, GridCell{Row: r, Col: c, RowSpan: rs, ColSpan: cs, Text: cell.Text})
			c += cs
		}
	}
	return out
}

// spansRight counts the spec's anchors found at their place with their
// spans.
func spansRight(t *TableSpec, placed []GridCell, off [2]int) int {
	at := map[[2]int]GridCell{}
	for _, p := range placed {
		at[[2]int{p.Row, p.Col}] = p
	}
	n := 0
	for _, c := range t.Grid.Cells {
		p, ok := at[[2]int{c.Row + off[0], c.Col + off[1]}]
		if ok && Norm(c.Text) != "" && Norm(p.Text) == Norm(c.Text) && p.RowSpan == c.RowSpan && p.ColSpan == c.ColSpan {
			n++
		}
	}
	return n
}
