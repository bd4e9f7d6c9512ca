package realworld

import (
	"sort"
	"strings"

	"github.com/jixiao-dev/jixiao/schema"
)

// Pager gives the 1-based page of a byte offset into a report's canonical
// text. Pages come from the report's pages when the reader made them (a PDF,
// or a text reader that splits pages), otherwise from the page separators
// of the text (form feeds, or the outline's page_break line). A Pager with
// no pages at all answers 0: unknown.
type Pager struct {
	starts []int // byte offset where each page starts, ascending
}

// NewPager makes the pager of one report. text is the canonical text the
// report's spans point into; sep is the page separator to count when the
// report has no pages ("" for none).
func NewPager(r *schema.Report, text, sep string) *Pager {
	p := &Pager{}
	if len(r.Pages) > 0 {
		for _, pg := range r.Pages {
			p.starts = append(p.starts, pg.Span.Start)
		}
		sort.Ints(p.starts)
		return p
	}
	if sep == "" || !strings.Contains(text, sep) {
		return p
	}
	p.starts = append(p.starts, 0)
	for off := 0; ; {
		i := strings.Index(text[off:], sep)
		if i < 0 {
			break
		}
		off += i + len(sep)
		p.starts = append(p.starts, off)
	}
	return p
}

// Known reports whether the pager knows pages.
func (p *Pager) Known() bool { return len(p.starts) > 0 }

// Page returns the page of offset off, or 0 when pages are unknown.
func (p *Pager) Page(off int) int {
	if len(p.starts) == 0 {
		return 0
	}
	return sort.SearchInts(p.starts, off+1)
}
