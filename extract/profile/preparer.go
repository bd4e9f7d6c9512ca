package profile

import (
	"strings"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
	"github.com/jixiao-dev/jixiao/extract/values"
)

// preparer reads the preparer lines ("填表人：周建红 填报日期：2024年10月29日
// 联系电话：28580541"), in paragraphs or table cells. The line that states
// the most fields wins; the others fill its gaps. Only paragraphs and cells
// that hold one of preparerMarkWords are read; the marks are found once in
// the whole text, and the paragraphs and cells, which come in text order,
// are matched with them in one walk.
func (p *profiler) preparer() {
	marks := preparerMarks(p.doc.Text)
	if len(marks) == 0 {
		return
	}
	var best *Preparer
	bestN := -1
	var all []*Preparer
	visit := func(s document.Span) {
		if p.poll.Err() != nil {
			return
		}
		for len(marks) > 0 && marks[0].start < s.Start {
			marks = marks[1:]
		}
		if len(marks) == 0 || marks[0].end > s.End {
			return
		}
		pr, n := p.preparerLine(s.Start, s.End)
		all = append(all, pr)
		if n >= bestN {
			best, bestN = pr, n
		}
	}
	for _, b := range p.doc.Blocks {
		switch {
		case b.Kind == document.KindParagraph && b.Para != nil:
			visit(b.Para.Span)
		case b.Kind == document.KindTable && b.Table != nil:
			for _, row := range b.Table.Rows {
				for _, c := range row.Cells {
					visit(c.Span)
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

// preparerMarkWords are the words without which a line is no preparer
// line.
var preparerMarkWords = []string{"填表人", "填报人"}

// preparerMarks returns the spans in text of the preparerMarkWords, in
// text order.
func preparerMarks(text string) []mark {
	var out []mark
	for i := 0; i < len(text); {
		j := cjk.IndexAny(text[i:], "填")
		if j < 0 {
			break
		}
		i += j
		for _, wd := range preparerMarkWords {
			if strings.HasPrefix(text[i:], wd) {
				out = append(out, mark{i, i + len(wd)})
			}
		}
		i += len("填")
	}
	return out
}

// mark is the span of a word found in the text.
type mark struct{ start, end int }

// labelAt is a label of the preparer line at an offset.
type labelAt struct {
	key        string
	start, end int
}

// preparerLabels returns the labels of the preparer line text[start:end],
// left to right: at each character the longest label starting there, the
// scan going on after it.
func preparerLabels(text string, start, end int) []labelAt {
	var labels []labelAt
	for i := start; i < end; {
		key, n := preparerWords.prefix(text[i:end])
		if n > 0 {
			labels = append(labels, labelAt{key, i, i + n})
			i += n
			continue
		}
		i, _ = preparerWords.ix.Next(text[:end], i+1)
	}
	return labels
}

// preparerLine reads the fields of one line and how many it found.
func (p *profiler) preparerLine(start, end int) (*Preparer, int) {
	text := p.doc.Text
	labels := preparerLabels(text, start, end)
	pr := &Preparer{}
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
			pr.Name = p.token(from, to, func(r rune) bool { return !cjk.IsSpace(r) })
		case l.key == "phone" && pr.Phone == nil:
			pr.Phone = p.token(from, to, isPhoneRune)
		case l.key == "date" && pr.Date == nil:
			pr.Date = p.ix.first(from, to, values.Date)
		}
	}
	found := 0
	for _, f := range []bool{pr.Name != nil, pr.Phone != nil, pr.Date != nil} {
		if f {
			found++
		}
	}
	return pr, found
}

// token returns the first run of runes in [from, to) that ok accepts,
// after leading white space, or nil.
func (p *profiler) token(from, to int, ok func(rune) bool) *Text {
	s, _ := cjk.Trim(p.doc.Text, from, to)
	e := s
	for _, r := range p.doc.Text[s:to] {
		if !ok(r) {
			break
		}
		e += utf8.RuneLen(r)
	}
	return p.ix.textAt(s, e)
}

// isPhoneRune reports whether r may be part of a written phone number.
func isPhoneRune(r rune) bool {
	return (r >= '0' && r <= '9') || strings.ContainsRune("-－—()（）+ ", r)
}
