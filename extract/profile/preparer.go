package profile

import (
	"strings"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/values"
	"github.com/jixiao-dev/jixiao/schema"
)

// preparer reads the preparer lines ("填表人：周建红 填报日期：2024年10月29日
// 联系电话：28580541"), in paragraphs or table cells. The line that states
// the most fields wins; the others fill its gaps.
func (p *profiler) preparer() {
	at := preparerMarks(p.doc.Text)
	if len(at) == 0 {
		return
	}
	var best *schema.Preparer
	bestN := -1
	var all []*schema.Preparer
	// visit reads the line at span s when it holds a mark; the test is
	// made before the call, as most paragraphs and cells hold none.
	visit := func(s document.Span) {
		pr, n := p.preparerLine(s.Start, s.End)
		all = append(all, pr)
		if n >= bestN {
			best, bestN = pr, n
		}
	}
	for i := range p.doc.Blocks {
		b := &p.doc.Blocks[i]
		switch {
		case b.Kind == document.KindParagraph && b.Para != nil:
			if anyWithin(at, b.Para.Span) {
				visit(b.Para.Span)
			}
		case b.Kind == document.KindTable && b.Table != nil:
			for r := range b.Table.Rows {
				cells := b.Table.Rows[r].Cells
				for k := range cells {
					if anyWithin(at, cells[k].Span) {
						visit(cells[k].Span)
					}
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
// line. They start with the same character (a test checks), so one scan
// finds them all.
var preparerMarkWords = []string{"填表人", "填报人"}

// preparerMarks returns the spans in text of the preparerMarkWords, in
// text order: found once in the whole text instead of in every paragraph
// and cell. The words' first character is found by the last byte of it,
// rare in Chinese text where the first byte of a character is common (填 is
// E5 A1 AB: AB is looked for), and the words are checked whole around it.
func preparerMarks(text string) []mark {
	var out []mark
	first, _ := utf8.DecodeRuneInString(preparerMarkWords[0])
	k := utf8.RuneLen(first) - 1 // offset of the byte looked for
	last := preparerMarkWords[0][k]
	for i := k; i < len(text); {
		j := strings.IndexByte(text[i:], last)
		if j < 0 {
			break
		}
		start := i + j - k
		for _, wd := range preparerMarkWords {
			if strings.HasPrefix(text[start:], wd) {
				out = append(out, mark{start, start + len(wd)})
			}
		}
		i += j + 1
	}
	return out
}

// mark is the span of a word found in the text.
type mark struct{ start, end int }

// anyWithin reports whether one of marks lies wholly in span s.
func anyWithin(marks []mark, s document.Span) bool {
	for _, m := range marks {
		if m.start >= s.Start && m.end <= s.End {
			return true
		}
	}
	return false
}

// labelAt is a label of the preparer line at an offset.
type labelAt struct {
	key        string
	start, end int
}

// preparerLabels returns the labels of the preparer line text[start:end],
// left to right, so sorted by start: at each character the longest label
// starting there, the scan going on after it. The characters a label may
// start at are found by firstTable.next, which passes over the others as
// a scan a character at a time would find no label at them.
func preparerLabels(text string, start, end int) []labelAt {
	var labels []labelAt
	for i := start; i < end; {
		key, n := preparerWords.prefix(text[i:end])
		if n > 0 {
			labels = append(labels, labelAt{key, i, i + n})
			i += n
			continue
		}
		i, _ = preparerWords.ix.firsts.next(text[:end], i+1)
	}
	return labels
}

// preparerLine reads the fields of one line and how many it found.
func (p *profiler) preparerLine(start, end int) (*schema.Preparer, int) {
	text := p.doc.Text
	labels := preparerLabels(text, start, end)
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
			if i := p.ix.firstAt(from, to, values.Date); i >= 0 {
				pr.Date = &p.ix.conv[i]
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
	s, _ := trimRange(p.doc.Text, from, to)
	e := s
	for _, r := range p.doc.Text[s:to] {
		if !ok(r) {
			break
		}
		e += utf8.RuneLen(r) // len(string(r)) without making the string
	}
	return p.ix.textAt(s, e)
}

// isPhoneRune reports whether r may be part of a written phone number.
func isPhoneRune(r rune) bool {
	return (r >= '0' && r <= '9') || strings.ContainsRune("-－—()（）+ ", r)
}
