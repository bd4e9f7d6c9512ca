package profile

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/segment"
	"github.com/jixiao-dev/jixiao/extract/values"
	"github.com/jixiao-dev/jixiao/schema"
)

// clauseSeps end the clause that names the amount after it.
const clauseSeps = "，,；;。：:\n"

// lastClauseSep is strings.LastIndexAny(s, clauseSeps), which decodes s
// rune by rune from its end and looks each rune up in the set, as a
// backward scan of bytes: a separator is an ASCII byte or ends in the last
// byte of one of the full-width ones (8C，9B；9A：of EF BC xx, 82。of
// E3 80 82), checked whole. The last byte of a full-width separator is a
// continuation byte, never a rune of its own, so the scan finds the same
// rune LastIndexAny does (tested against it, FuzzLastClauseSep).
func lastClauseSep(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ',', ';', ':', '\n':
			return i
		case 0x8C, 0x9B, 0x9A:
			if i >= 2 && s[i-2] == 0xEF && s[i-1] == 0xBC {
				return i - 2
			}
		case 0x82:
			if i >= 2 && s[i-2] == 0xE3 && s[i-1] == 0x80 {
				return i - 2
			}
		}
	}
	return -1
}

// clause returns the text that names the value v: from the end of the
// previous value or the last clause separator, whichever is later, to v.
func (p *profiler) clause(from int, v values.Value) string {
	text := p.doc.Text
	start := from
	if i := lastClauseSep(text[from:v.Start]); i >= 0 {
		start = from + i + 1
		for start < v.Start && !isBoundary(text, start) {
			start++
		}
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
	b := &schema.Budget{}
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
			*dst = p.ix.out(v)
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
func budgetField(b *schema.Budget, key string) **schema.Value {
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
	var best []schema.Project
	for _, t := range p.titles {
		if t.key != secProjects {
			continue
		}
		var list []schema.Project
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
func (p *profiler) project(c *segment.Section) (schema.Project, bool) {
	start, end := c.MarkerSpan.End, min(c.Span.End, len(p.doc.Text))
	if start < c.Span.Start || start >= end {
		return schema.Project{}, false
	}
	pr := schema.Project{Span: p.ix.span(c.Span.Start, end)}
	prev := start
	for _, v := range p.ix.within(start, end) {
		from := prev
		prev = v.End
		if v.Kind != values.Amount {
			continue
		}
		var dst **schema.Value
		switch projectWords.match(p.clause(from, v)) {
		case "spent":
			dst = &pr.Spent
		case "carryover":
			dst = &pr.Carryover
		case "budget":
			dst = &pr.Budget
		}
		if dst != nil && *dst == nil {
			*dst = p.ix.out(v)
		}
	}
	if pr.Spent == nil && pr.Carryover == nil && pr.Budget == nil {
		return schema.Project{}, false
	}
	name := p.projectName(start, end)
	if name == nil {
		return schema.Project{}, false
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
	if i := strings.IndexAny(text[:cut], "，,：:。；;\n"); i >= 0 {
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
func (p *profiler) projectName(start, end int) *schema.Text {
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
