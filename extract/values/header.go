package values

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
)

// isHeader reports whether a row is a header row: two or more label cells
// and no number. Placeholders (——, 无, blank) count as neither; a label
// ending in a colon ("纳入专户管理的非税收入拨款：") is an empty data cell.
func isHeader(row *document.Row, trimmed []string, cells [][]Value) bool {
	labels := 0
	for i := range row.Cells {
		t := trimmed[i]
		switch {
		case placeholder(t):
		case numericCell(&row.Cells[i], t, cells[i]):
			return false
		case strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":"):
		default:
			labels++
		}
	}
	return labels >= 2
}

// numericCell reports whether a cell holds a number: a bare number standing
// alone, or a value that is the whole (trimmed) cell t.
func numericCell(c *document.Cell, t string, vs []Value) bool {
	for i := range vs {
		if v := &vs[i]; v.Raw == t || (v.Kind == "" && qualifies(c.Text, v, c.Span.Start)) {
			return true
		}
	}
	return false
}

// placeholder reports whether a cell text stands for "nothing".
func placeholder(t string) bool {
	switch t {
	case "", "——", "—", "-", "--", "－", "/", "无", "——————":
		return true
	}
	return false
}

// skipWords mark header cells of columns whose bare numbers are not
// measures: scores, weights, rates, codes and serial numbers.
var skipWords = []string{"分值", "得分", "权重", "分数", "评分", "率", "编码", "代码", "编号", "序号", "电话"}

// skipIndex indexes skipWords by first character.
var skipIndex = cjk.NewWords(skipWords...)

// skipColumn reports whether a header cell heads such a column: whether it
// contains one of skipWords.
func skipColumn(t string) bool {
	for i, ws := skipIndex.Next(t, 0); ws != nil; i, ws = skipIndex.Next(t, i+1) {
		for _, w := range ws {
			if strings.HasPrefix(t[i:], skipWords[w]) {
				return true
			}
		}
	}
	return false
}

// scoreRow reports whether a row, given by its trimmed cells, is a total of
// scores (总分, 合计得分).
func scoreRow(trimmed []string) bool {
	for _, t := range trimmed {
		if placeholder(t) {
			continue
		}
		return strings.Contains(t, "总分") || strings.Contains(t, "得分")
	}
	return false
}

// declaredUnit finds the unit a header or title states: "（万元）", "(亩)",
// "（%）", "单位：万元", "金额单位：元", "（单位：万元）". Two different units
// in one text ("面积(亩)，(平方米)") state none.
func declaredUnit(t string) (measured, bool) {
	var found measured
	n := 0
	for rest := t; rest != ""; {
		i := unitOpeners.Index(rest, 0)
		if i == len(rest) {
			break
		}
		rest = rest[i:]
		var inner string
		var ok bool
		if strings.HasPrefix(rest, "单位") {
			inner, ok = afterColon(rest[len("单位"):])
			rest = rest[len("单位"):]
		} else {
			inner, ok = parenthesized(rest)
			_, w := cjk.Decode(rest, 0)
			rest = rest[w:]
		}
		if !ok {
			continue
		}
		if strings.HasPrefix(inner, "单位") {
			if inner, ok = afterColon(inner[len("单位"):]); !ok {
				continue
			}
		}
		m, ok := unitWord(inner)
		if !ok {
			continue
		}
		if n > 0 && m.unit != found.unit {
			return measured{}, false
		}
		found, n = m, n+1
	}
	return found, n > 0
}

// unitOpeners are the characters that begin a stated unit.
var unitOpeners = cjk.NewSet("（(单")

// parenthesized returns the text inside the brackets at the start of s.
func parenthesized(s string) (string, bool) {
	closer := ")"
	if strings.HasPrefix(s, "（") {
		closer = "）"
	}
	_, w := cjk.Decode(s, 0)
	j := strings.Index(s[w:], closer)
	if j < 0 || j > 24 {
		return "", false
	}
	return cjk.TrimSpace(s[w : w+j]), true
}

// afterColon returns the unit word after "：" or ":", up to the next
// separator.
func afterColon(s string) (string, bool) {
	s = strings.TrimLeftFunc(s, cjk.IsSpace)
	switch {
	case strings.HasPrefix(s, "："):
		s = s[len("："):]
	case strings.HasPrefix(s, ":"):
		s = s[1:]
	default:
		return "", false
	}
	s = strings.TrimLeftFunc(s, cjk.IsSpace)
	if i := cjk.IndexAny(s, "）) ，,；;\n\u3000"); i >= 0 {
		s = s[:i]
	}
	return s, s != ""
}

// unitWord reads a whole text as a unit: 元 with an optional multiplier
// (万元, 千元), or a unit word with one (万人, 亩, %).
func unitWord(s string) (measured, bool) {
	body, exp := s, 0
	for body != "" {
		r, w := cjk.Decode(body, 0)
		if !isMultiplier(r) {
			break
		}
		exp += cjk.Power(r)
		body = body[w:]
	}
	if body == "元" || body == "圆" {
		return measured{kind: Amount, unit: s, canon: "元", exp: exp}, true
	}
	u, ok := lookupUnit(body)
	if !ok || (exp != 0 && (u.kind == Percent || u.kind == PercentPoint)) {
		return measured{}, false
	}
	return measured{kind: u.kind, unit: s, canon: u.canon, exp: exp}, true
}

// unitLine returns the unit of a row that only states one: a single
// non-blank cell such as "单位：万元". trimmed are the row's cells, trimmed.
func unitLine(row *document.Row, trimmed []string) (unitContext, bool) {
	var only *document.Cell
	for i := range row.Cells {
		if trimmed[i] != "" {
			if only != nil {
				return unitContext{}, false
			}
			only = &row.Cells[i]
		}
	}
	if only == nil || !strings.Contains(only.Text, "单位") || len(only.Text) > 60 {
		return unitContext{}, false
	}
	m, ok := declaredUnit(only.Text)
	if !ok {
		return unitContext{}, false
	}
	return unitContext{m: m, src: Title, start: only.Span.Start, end: only.Span.End}, true
}

// tableTitle returns the unit stated by the short paragraphs right before a
// table (its title, or a "单位：万元" line), looking back two paragraphs.
func tableTitle(before []document.Block) (unitContext, bool) {
	for k := 0; k < 2 && k < len(before); k++ {
		b := before[len(before)-1-k]
		if b.Kind != document.KindParagraph || b.Para == nil || len(b.Para.Text) > 200 {
			return unitContext{}, false
		}
		t := b.Para.Text
		if !strings.Contains(t, "单位") && !strings.Contains(t, "表") {
			continue
		}
		if m, ok := declaredUnit(t); ok {
			return unitContext{m: m, src: Title, start: b.Para.Span.Start, end: b.Para.Span.End}, true
		}
	}
	return unitContext{}, false
}
