package extract_test

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/jixiao-dev/jixiao/internal/realworld"
)

// summary collects the per-file scores of the real-world harness and prints
// them as tables.
type summary struct {
	rows   [][]string
	totals map[string]*totals
}

// totals are the micro-averaged counts of one variant.
type totals struct {
	matched, found, expected int
	toc, rows, items, tocAll int
	typed, figures           int
}

func (s *summary) total(v string) *totals {
	if s.totals == nil {
		s.totals = map[string]*totals{}
	}
	if s.totals[v] == nil {
		s.totals[v] = &totals{}
	}
	return s.totals[v]
}

func (s *summary) outline(name, variant string, o realworld.OutlineScore, meta string) {
	t := s.total(variant)
	t.matched += o.Matched
	t.found += o.Found
	t.expected += o.Expected
	t.toc += o.TOCInTree
	t.rows += o.RowsInTree
	t.items += o.ItemsInTree
	t.tocAll += o.TOCEntries
	s.rows = append(s.rows, []string{
		short(name), variant,
		fmt.Sprintf("%.2f", o.Precision()), fmt.Sprintf("%.2f", o.Recall()), fmt.Sprintf("%.2f", o.F1()),
		fmt.Sprintf("%d/%d/%d", o.Matched, o.Found, o.Expected),
		fmt.Sprint(o.TOCInTree), fmt.Sprint(o.RowsInTree), fmt.Sprint(o.ItemsInTree), fmt.Sprint(o.Other), fmt.Sprint(o.WrongLevel),
		fmt.Sprintf("%d/%d", o.TOCFound, o.TOCEntries), meta,
	})
}

func (s *summary) table(name, variant string, a realworld.AmountScore, c realworld.CellScore) {
	t := s.total(variant)
	t.typed += a.Typed
	t.figures += a.Figures
	s.rows = append(s.rows, []string{
		short(name), variant,
		fmt.Sprintf("%d/%d", a.Typed, a.Figures), fmt.Sprintf("%.0f%%", 100*a.Share()), fmt.Sprint(a.WrongUnit), fmt.Sprint(a.Seen),
		fmt.Sprintf("%d/%d", c.Placed, c.Cells), fmt.Sprintf("%.0f%%", 100*c.Share()), fmt.Sprint(c.Spans),
	})
}

// microF1 is the F1 of a variant over all its files' headings.
func (s *summary) microF1(v string) (float64, bool) {
	t := s.totals[v]
	if t == nil {
		return 0, false
	}
	sc := realworld.OutlineScore{Matched: t.matched, Found: t.found, Expected: t.expected}
	return sc.F1(), true
}

// microTyped is the typed share of a variant over all its tables' figures.
func (s *summary) microTyped(v string) (float64, bool) {
	t := s.totals[v]
	if t == nil || t.figures == 0 {
		return 0, false
	}
	return float64(t.typed) / float64(t.figures), true
}

func (s *summary) outlineTable() string {
	head := []string{"file", "variant", "P", "R", "F1", "match/found/exp", "toc", "rows", "items", "other", "wrong-lvl", "toc-found", "meta"}
	var b strings.Builder
	s.write(&b, head)
	for _, v := range sortedKeys(s.totals) {
		if f1, ok := s.microF1(v); ok {
			t := s.totals[v]
			fmt.Fprintf(&b, "%s: micro F1 %.3f (%d matched, %d found, %d expected); in the tree: %d 目录 entries (of %d), %d table rows, %d list items\n",
				v, f1, t.matched, t.found, t.expected, t.toc, t.tocAll, t.rows, t.items)
		}
	}
	return b.String()
}

func (s *summary) tableTable() string {
	head := []string{"table", "variant", "typed", "share", "wrong-unit", "seen", "cells", "placed", "spans"}
	var b strings.Builder
	s.write(&b, head)
	for _, v := range sortedKeys(s.totals) {
		if share, ok := s.microTyped(v); ok {
			t := s.totals[v]
			fmt.Fprintf(&b, "%s: typed %.3f (%d of %d figures)\n", v, share, t.typed, t.figures)
		}
	}
	return b.String()
}

func (s *summary) write(b *strings.Builder, head []string) {
	w := tabwriter.NewWriter(b, 2, 8, 2, ' ', 0)
	fmt.Fprintln(w, strings.Join(head, "\t"))
	for _, r := range s.rows {
		fmt.Fprintln(w, strings.Join(r, "\t"))
	}
	w.Flush()
}

// short drops the common prefix and suffixes of the real documents' names.
func short(name string) string {
	name = strings.TrimPrefix(name, "sh-putuo-")
	name = strings.TrimSuffix(name, ".tsv")
	return name
}
