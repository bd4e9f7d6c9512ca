package profile

import (
	"strconv"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
	"github.com/jixiao-dev/jixiao/extract/segment"
	"github.com/jixiao-dev/jixiao/extract/values"
)

// narrative reads the facts of the numbered narrative.
func (p *profiler) narrative() {
	p.matchTitles()
	f := p.facts
	if s := p.section(secFunctions); s != nil {
		f.Functions = p.items(s)
	}
	if s := p.section(secDepartments); s != nil {
		f.Departments = p.departments(s)
	}
	if s := p.section(secProblems); s != nil {
		f.Problems = p.body(s)
	}
	if s := p.section(secImprove); s != nil {
		f.Improvements = p.body(s)
	}
	if s := p.section(secDisclosure); s != nil {
		f.Disclosure = p.body(s)
	}
	p.budget()
	p.projects()
}

// section returns the first section whose title matches key, preferring
// the top level.
func (p *profiler) section(key string) *segment.Section {
	for _, t := range p.titles {
		if t.top && t.key == key {
			return t.sec
		}
	}
	for _, t := range p.titles {
		if t.key == key {
			return t.sec
		}
	}
	return nil
}

// titled is a section with the sectionTitles key its title matches ("" for
// none), and whether it is at the top level.
type titled struct {
	sec *segment.Section
	key string
	top bool
}

// matchTitles folds and matches the title of every section once, in the
// order of a depth-first walk, however many facts look for their section.
func (p *profiler) matchTitles() {
	var visit func(secs []*segment.Section, top bool)
	visit = func(secs []*segment.Section, top bool) {
		for _, s := range secs {
			if s == nil {
				continue
			}
			p.titles = append(p.titles, titled{sec: s, key: sectionTitles.match(norm(s.Title)), top: top})
			visit(s.Children, false)
		}
	}
	n := 0
	walk(p.outline.Sections, func(*segment.Section) bool { n++; return true })
	p.titles = make([]titled, 0, n)
	visit(p.outline.Sections, true)
}

// titleKey returns the key of sectionTitles that the title of s matches,
// or "".
func (p *profiler) titleKey(s *segment.Section) string {
	for _, t := range p.titles {
		if t.sec == s {
			return t.key
		}
	}
	return ""
}

// walk visits sections depth-first until visit returns false.
func walk(secs []*segment.Section, visit func(*segment.Section) bool) bool {
	for _, s := range secs {
		if s == nil {
			continue
		}
		if !visit(s) || !walk(s.Children, visit) {
			return false
		}
	}
	return true
}

// bodyStart returns where a section's body starts: after its title and the
// run-in 。 or ： that ends it.
func (p *profiler) bodyStart(s *segment.Section) int {
	text := p.doc.Text
	i := s.TitleSpan.End
	if i < s.Span.Start || i > len(text) {
		i = s.Span.Start
	}
	for _, sep := range []string{"。", "：", ":", "."} {
		if strings.HasPrefix(text[i:], sep) {
			return i + len(sep)
		}
	}
	return i
}

// body returns a section's whole body, children included, up to a line
// that starts an annex the segmenter did not see ("附件" alone, "附表").
func (p *profiler) body(s *segment.Section) *Text {
	start, end := p.bodyStart(s), min(s.Span.End, len(p.doc.Text))
	if start > end {
		return nil
	}
	for _, w := range []string{"\n附件", "\n附表"} {
		if i := strings.Index(p.doc.Text[start:end], w); i >= 0 {
			end = start + i
		}
	}
	return p.ix.textAt(start, end)
}

// items returns the list items of a section: its sub-sections' texts
// without their markers, or, when it has none, its body split at "；".
func (p *profiler) items(s *segment.Section) []Text {
	var out []Text
	for _, c := range s.Children {
		if t := p.ix.trimmed(c.MarkerSpan.End, c.Span.End); t != nil {
			out = append(out, *t)
		}
	}
	if len(out) > 0 {
		return out
	}
	start, end := p.bodyStart(s), min(s.Span.End, len(p.doc.Text))
	for start < end {
		cut := end
		if i := cjk.IndexAny(p.doc.Text[start:end], "；;\n"); i >= 0 {
			cut = start + i
		}
		if t := p.ix.trimmed(start, cut); t != nil {
			out = append(out, *t)
		}
		_, n := cjk.Decode(p.doc.Text[:end], cut)
		start = cut + max(n, 1)
	}
	return out
}

// departments reads the count and the names of the internal departments:
// "内设科室3个，分别为：综合办公室、项目服务股、考评服务股。"
func (p *profiler) departments(s *segment.Section) *Departments {
	start, end := p.bodyStart(s), min(s.Span.End, len(p.doc.Text))
	d := &Departments{}
	for _, v := range p.ix.within(start, end) {
		if v.Kind == values.Count && v.Unit == "个" {
			if n, err := strconv.Atoi(v.Number.String()); err == nil {
				d.Count, d.CountSpan = &n, &document.Span{Start: v.Start, End: v.End}
			}
			break
		}
	}
	d.Names = p.names(start, end)
	if d.Count == nil && d.Names == nil {
		return nil
	}
	return d
}

// names reads the list after "分别为：" (分别是, 包括) up to the end of its
// sentence, split at 、 and ，.
func (p *profiler) names(start, end int) []Text {
	text := p.doc.Text[start:end]
	at := -1
	for _, w := range []string{"分别为", "分别是", "包括", "设有"} {
		if i := strings.Index(text, w); i >= 0 && (at < 0 || i < at) {
			at = i + len(w)
		}
	}
	if at < 0 {
		return nil
	}
	for _, sep := range []string{"：", ":"} {
		if strings.HasPrefix(text[at:], sep) {
			at += len(sep)
		}
	}
	stop := len(text)
	if i := cjk.IndexAny(text[at:], "。；;\n"); i >= 0 {
		stop = at + i
	}
	var out []Text
	for from := at; from < stop; {
		cut := stop
		if i := cjk.IndexAny(text[from:stop], "、，,"); i >= 0 {
			cut = from + i
		}
		if t := p.ix.trimmed(start+from, start+cut); t != nil {
			out = append(out, *t)
		}
		_, n := cjk.Decode(text[:stop], cut)
		from = cut + max(n, 1)
	}
	return out
}
