package profile

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
	"github.com/jixiao-dev/jixiao/extract/segment"
	"github.com/jixiao-dev/jixiao/extract/values"
)

// clauseSeps end the clause that names the amount after it.
const clauseSeps = "，,；;。：:\n"

// clause returns the text that names the value v: from the end of the
// previous value or the last clause separator, whichever is later, to v.
func (p *profiler) clause(from int, v *values.Value) string {
	text := p.doc.Text
	start := from
	if i := cjk.LastIndexAny(text[from:v.Start], clauseSeps); i >= 0 {
		_, n := cjk.Decode(text, from+i)
		start = from + i + n
	}
	return norm(text[start:v.Start])
}

// budget reads the budget figures of the narrative's budget section (二、一般
// 公共预算支出情况): each amount is named by the clause before it
// (budgetWords); the first amount of each name is kept. Sub-sections about
// projects are left to projects.
func (p *profiler) budget() {
	s := p.section(secBudget)
	if s == nil {
		return
	}
	var skip []*segment.Section
	walk(s.Children, func(c *segment.Section) bool {
		if p.titleKey(c) == secProjects {
			skip = append(skip, c)
		}
		return true
	})
	b := &Budget{}
	found := false
	prev := s.Span.Start
	for _, v := range p.ix.within(s.Span.Start, min(s.Span.End, len(p.doc.Text))) {
		from := prev
		prev = v.End
		if v.Kind != values.Amount || inSkipped(skip, v.Start) {
			continue
		}
		dst := budgetField(b, budgetWords.match(p.clause(from, v)))
		if dst != nil && *dst == nil {
			*dst = v
			found = true
		}
	}
	if found {
		p.facts.Budget = b
	}
}

// inSkipped reports whether offset lies in one of the skipped sections.
func inSkipped(skip []*segment.Section, off int) bool {
	for _, s := range skip {
		if off >= s.Span.Start && off < s.Span.End {
			return true
		}
	}
	return false
}

// budgetField returns the field of b a budget key fills, or nil.
func budgetField(b *Budget, key string) **values.Value {
	switch key {
	case bgAnnual:
		return &b.AnnualBudget
	case bgIncome:
		return &b.GeneralPublicIncome
	case bgExpend:
		return &b.GeneralPublicExpenditure
	case bgBasic:
		return &b.BasicExpenditure
	case bgPersonnel:
		return &b.Personnel
	case bgOperating:
		return &b.PublicOperating
	case bgProject:
		return &b.ProjectExpenditure
	}
	return nil
}

// projects reads the project items: of the sections about projects, the
// one whose items state the most figures. Each item gives a name (its text
// up to the first figure word) and the amounts named spent, carryover and
// budget.
func (p *profiler) projects() {
	var best []Project
	for _, t := range p.titles {
		if t.key != secProjects {
			continue
		}
		var list []Project
		for _, c := range t.sec.Children {
			if pr, ok := p.project(c); ok {
				list = append(list, pr)
			}
		}
		if len(list) > len(best) {
			best = list
		}
	}
	p.facts.Projects = best
}

// project reads one project item.
func (p *profiler) project(c *segment.Section) (Project, bool) {
	start, end := c.MarkerSpan.End, min(c.Span.End, len(p.doc.Text))
	if start < c.Span.Start || start >= end {
		return Project{}, false
	}
	pr := Project{Span: document.Span{Start: c.Span.Start, End: end}}
	prev := start
	for _, v := range p.ix.within(start, end) {
		from := prev
		prev = v.End
		if v.Kind != values.Amount {
			continue
		}
		var dst **values.Value
		switch projectWords.match(p.clause(from, v)) {
		case "spent":
			dst = &pr.Spent
		case "carryover":
			dst = &pr.Carryover
		case "budget":
			dst = &pr.Budget
		}
		if dst != nil && *dst == nil {
			*dst = v
		}
	}
	if pr.Spent == nil && pr.Carryover == nil && pr.Budget == nil {
		return Project{}, false
	}
	name := p.projectName(start, end)
	if name == nil {
		return Project{}, false
	}
	pr.Name = *name
	return pr, true
}

// nameCut returns where a project's name ends in text, given that it ends
// at cut (a rune boundary) at the latest: at the first punctuation mark or
// figure word before cut. Each search looks only where it can move cut,
// not through the whole item: a mark before it, a word that starts before
// it.
func nameCut(text string, cut int) int {
	if i := cjk.IndexAny(text[:cut], "，,：:。；;\n"); i >= 0 {
		cut = i
	}
	for _, l := range projectWords.labels {
		for _, wd := range l.words {
			if i := strings.Index(text[:min(len(text), cut+len(wd.text)-1)], wd.text); i >= 0 {
				cut = i
			}
		}
	}
	return cut
}

// projectName cuts the item's name: its text up to the first figure word,
// punctuation or value.
func (p *profiler) projectName(start, end int) *Text {
	text := p.doc.Text[start:end]
	cut := len(text)
	if vs := p.ix.within(start, end); len(vs) > 0 {
		cut = vs[0].Start - start
	}
	cut = nameCut(text, cut)
	t := p.ix.trimmed(start, start+cut)
	if t == nil {
		return nil
	}
	if s := strings.Trim(t.Text, "“”\"《》"); s != t.Text && s != "" {
		off := strings.Index(t.Text, s)
		t = p.ix.textAt(t.Span.Start+off, t.Span.Start+off+len(s))
	}
	return t
}
