package realworld

import (
	"fmt"

	"github.com/jixiao-dev/jixiao/schema"
)

// Found is a heading of a report's section tree, flattened in document
// order.
type Found struct {
	Level  int
	Marker string
	Title  string
	Page   int // 0 when unknown
	Start  int // byte offset of the title
	norm   string
}

// Flatten lists the sections of a report in document (pre-)order, with
// their pages.
func Flatten(r *schema.Report, pg *Pager) []Found {
	var out []Found
	var walk func([]schema.Section)
	walk = func(ss []schema.Section) {
		for _, s := range ss {
			start := s.TitleSpan.Start
			if s.TitleSpan.End == 0 {
				start = s.Span.Start
			}
			out = append(out, Found{Level: s.Level, Marker: s.Marker, Title: s.Title, Page: pg.Page(start), Start: start, norm: Norm(s.Title)})
			walk(s.Children)
		}
	}
	walk(r.Sections)
	return out
}

// OutlineScore is how a report's section tree compares with an expected
// outline. Precision and recall count the `h` lines only; found headings
// that are `opt` lines are left out.
type OutlineScore struct {
	Expected int // `h` lines
	Found    int // headings of the tree, `opt` ones excluded
	Matched  int // found with the right level and title (and page, when known)

	// The false headings, by what they are.
	TOCInTree   int // 目录 entries (on a 目录 page, or titled like a `toc` line when pages are unknown)
	RowsInTree  int // table rows (on a table page, or starting like a `row` line)
	ItemsInTree int // list items (starting like an `item` line)
	Other       int // anything else
	WrongLevel  int // among the other false ones: the title of an `h` line at another level

	TOCEntries int // `toc` lines
	TOCFound   int // of them, found among the report's toc entries

	Missed []Entry  // `h` lines not found
	Extra  []Found  // false headings, in order
	Labels []string // what each Extra is: "toc", "row", "item", "other"
}

// Precision is Matched/Found (1 when nothing was found and nothing expected).
func (s OutlineScore) Precision() float64 { return ratio(s.Matched, s.Found) }

// Recall is Matched/Expected.
func (s OutlineScore) Recall() float64 { return ratio(s.Matched, s.Expected) }

// F1 is the harmonic mean of precision and recall.
func (s OutlineScore) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		if a == 0 {
			return 1
		}
		return 0
	}
	return float64(a) / float64(b)
}

// String is a one-line summary.
func (s OutlineScore) String() string {
	return fmt.Sprintf("P %.2f R %.2f F1 %.2f (%d/%d found, %d expected); false: %d toc, %d rows, %d items, %d other (%d at a wrong level); toc %d/%d",
		s.Precision(), s.Recall(), s.F1(), s.Matched, s.Found, s.Expected,
		s.TOCInTree, s.RowsInTree, s.ItemsInTree, s.Other, s.WrongLevel, s.TOCFound, s.TOCEntries)
}

// ScoreOutline compares a report's section tree with the expected outline.
// pg places the headings on pages (NewPager); when it knows pages, a
// heading matches only on its annotated page, so a 目录 repeating the outline
// or a row repeating a title can never stand for the heading itself.
func ScoreOutline(o *Outline, r *schema.Report, pg *Pager) OutlineScore {
	found := Flatten(r, pg)
	want := o.Of(Heading)
	s := OutlineScore{Expected: len(want)}
	pair := align(want, found)
	hit := make([]bool, len(want))
	for i, f := range found {
		if j := pair[i]; j >= 0 {
			hit[j] = true
			s.Matched++
			s.Found++
			continue
		}
		label := o.classify(f, pg.Known())
		if label == "opt" {
			continue
		}
		s.Found++
		s.count(label, f, want)
	}
	for j, w := range want {
		if !hit[j] {
			s.Missed = append(s.Missed, w)
		}
	}
	s.scoreTOC(o, r)
	return s
}

func (s *OutlineScore) count(label string, f Found, want []Entry) {
	switch label {
	case "toc":
		s.TOCInTree++
	case "row":
		s.RowsInTree++
	case "item":
		s.ItemsInTree++
	default:
		s.Other++
	}
	if label == "other" {
		for _, w := range want {
			if w.Level != f.Level && Norm(w.Title) == f.norm {
				s.WrongLevel++
				break
			}
		}
	}
	s.Extra = append(s.Extra, f)
	s.Labels = append(s.Labels, label)
}

// scoreTOC counts the `toc` lines found among the report's toc entries, by
// title.
func (s *OutlineScore) scoreTOC(o *Outline, r *schema.Report) {
	have := map[string]int{}
	for _, t := range r.TOC {
		have[Norm(t.Title)]++
	}
	for _, e := range o.Of(TOC) {
		s.TOCEntries++
		if k := Norm(e.Title); have[k] > 0 {
			have[k]--
			s.TOCFound++
		}
	}
}

// same reports whether found heading f is expected line w: same level, same
// title, and the same page when both are known.
func same(w Entry, f Found) bool {
	if w.Level != f.Level || Norm(w.Title) != f.norm {
		return false
	}
	return f.Page == 0 || w.Page == f.Page
}

// align matches found headings to expected ones in document order: the
// longest common subsequence under same. It returns, for each found
// heading, the index of its expected line, or -1.
func align(want []Entry, found []Found) []int {
	n, m := len(want), len(found)
	// lcs[i][j] is the LCS length of want[i:] and found[j:].
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			switch {
			case same(want[i], found[j]):
				lcs[i][j] = lcs[i+1][j+1] + 1
			case lcs[i+1][j] >= lcs[i][j+1]:
				lcs[i][j] = lcs[i+1][j]
			default:
				lcs[i][j] = lcs[i][j+1]
			}
		}
	}
	pair := make([]int, m)
	for j := range pair {
		pair[j] = -1
	}
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case same(want[i], found[j]) && lcs[i][j] == lcs[i+1][j+1]+1:
			pair[j] = i
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			i++
		default:
			j++
		}
	}
	return pair
}

// classify says what a found heading that matches no `h` line is: "toc",
// "row", "opt", "item" or "other". Pages decide first when they are known;
// then the annotated lines, by title.
func (o *Outline) classify(f Found, pagesKnown bool) string {
	if pagesKnown {
		if o.TOCPages.Has(f.Page) {
			return "toc"
		}
		if o.TablePages.Has(f.Page) {
			return "row"
		}
	}
	for _, e := range o.Entries {
		if e.Kind == Optional && prefixMatch(f.norm, Norm(e.Title)) {
			return "opt"
		}
	}
	if !pagesKnown {
		for _, e := range o.Entries {
			if e.Kind == TOC && Norm(e.Title) == f.norm {
				return "toc"
			}
		}
	}
	for _, kind := range []Kind{Row, Item} {
		for _, e := range o.Entries {
			if e.Kind == kind && prefixMatch(f.norm, Norm(e.Title)) {
				return string(kind)
			}
		}
	}
	return "other"
}
