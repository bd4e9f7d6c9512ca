package profile

import (
	"sort"
	"strings"

	"jixiao/extract/document"
	"jixiao/extract/values"
	"jixiao/schema"
)

// preparer reads the preparer lines ("填表人：周建红 填报日期：2024年10月29日
// 联系电话：28580541"), in paragraphs or table cells. The line that states
// the most fields wins; the others fill its gaps.
func (p *profiler) preparer() {
	var best *schema.Preparer
	bestN := -1
	var all []*schema.Preparer
	visit := func(start, end int) {
		text := p.doc.Text[start:end]
		if !strings.Contains(text, "填表人") && !strings.Contains(text, "填报人") {
			return
		}
		pr, n := p.preparerLine(start, end)
		all = append(all, pr)
		if n >= bestN {
			best, bestN = pr, n
		}
	}
	for _, b := range p.doc.Blocks {
		switch {
		case b.Kind == document.KindParagraph && b.Para != nil:
			visit(b.Para.Span.Start, b.Para.Span.End)
		case b.Kind == document.KindTable && b.Table != nil:
			for _, r := range b.Table.Rows {
				for _, c := range r.Cells {
					visit(c.Span.Start, c.Span.End)
				}
			}
		}
	}
	if best == nil || bestN == 0 {
		return
	}
	for _, o := range all {
		if best.Name == nil {
			best.Name = o.Name
		}
		if best.Phone == nil {
			best.Phone = o.Phone
		}
		if best.Date == nil {
			best.Date = o.Date
		}
	}
	p.facts.Preparer = best
}

// labelAt is a label of the preparer line at an offset.
type labelAt struct {
	key        string
	start, end int
}

// preparerLine reads the fields of one line and how many it found.
func (p *profiler) preparerLine(start, end int) (*schema.Preparer, int) {
	text := p.doc.Text
	var labels []labelAt
	for i := start; i < end; {
		key, n := "", 0
		for _, l := range preparerWords {
			for _, wd := range l.words {
				if len(wd.text) > n && strings.HasPrefix(text[i:end], wd.text) {
					key, n = l.key, len(wd.text)
				}
			}
		}
		if n > 0 {
			labels = append(labels, labelAt{key, i, i + n})
			i += n
			continue
		}
		i++
	}
	sort.Slice(labels, func(a, b int) bool { return labels[a].start < labels[b].start })
	pr := &schema.Preparer{}
	found := 0
	for k, l := range labels {
		from, to := l.end, end
		if k+1 < len(labels) {
			to = labels[k+1].start
		}
		for _, sep := range []string{"：", ":"} {
			if strings.HasPrefix(text[from:to], sep) {
				from += len(sep)
			}
		}
		switch {
		case l.key == "name" && pr.Name == nil:
			pr.Name = p.token(from, to, func(r rune) bool { return !document.IsSpace(r) })
		case l.key == "phone" && pr.Phone == nil:
			pr.Phone = p.token(from, to, isPhoneRune)
		case l.key == "date" && pr.Date == nil:
			if v, ok := p.ix.first(from, to, values.Date); ok {
				pr.Date = p.ix.out(v)
			}
		default:
			continue
		}
	}
	for _, f := range []bool{pr.Name != nil, pr.Phone != nil, pr.Date != nil} {
		if f {
			found++
		}
	}
	return pr, found
}

// token returns the first run of runes in [from, to) that ok accepts,
// after leading white space, or nil.
func (p *profiler) token(from, to int, ok func(rune) bool) *schema.Text {
	s, _ := document.Trim(p.doc.Text, from, to)
	e := s
	for _, r := range p.doc.Text[s:to] {
		if !ok(r) {
			break
		}
		e += len(string(r))
	}
	return p.ix.textAt(s, e)
}

// isPhoneRune reports whether r may be part of a written phone number.
func isPhoneRune(r rune) bool {
	return (r >= '0' && r <= '9') || strings.ContainsRune("-－—()（）+ ", r)
}
