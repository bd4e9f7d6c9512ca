package segment

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
)

// titleSuffixes end the title line of a report or an annex.
var titleSuffixes = []string{"报告", "自评表", "评价表", "数据表", "情况表", "汇总表", "目标表", "绩效表"}

// placeholders mark a template's generic title ("部门（单位）整体支出…"),
// which loses to a title that names the unit.
var placeholders = []string{"部门（单位）", "部门(单位)", "（单位）", "×××", "XXX"}

// unitLabels introduce the unit's name on a cover line or in a table's first
// cells; the longest label wins where one contains another.
var unitLabels = []string{
	"部门（单位）名称", "部门(单位)名称", "预算部门（单位）名称", "区级预算部门（单位）名称",
	"预算单位名称", "单位名称", "部门名称", "填报单位", "预算单位", "项目单位", "实施单位", "评价单位",
}

// titleRemovals are the parts of a title around the unit's name.
var titleRemovals = []string{
	"部门整体支出绩效自评报告", "整体支出绩效自评报告", "部门整体支出绩效评价报告", "整体支出绩效评价报告",
	"项目支出绩效自评报告", "绩效自评报告", "自评报告", "部门整体支出", "整体支出",
}

// scanAnnex reads an annex marker line: 附件N or 附表N (N in one or two
// ASCII digits, or a Chinese ordinal), then nothing, or "：" / "、" / "." /
// a blank and a title.
func scanAnnex(p *document.Paragraph) (Annex, bool) {
	s := p.Text
	if !strings.HasPrefix(s, "附件") && !strings.HasPrefix(s, "附表") {
		return Annex{}, false
	}
	rest := strings.TrimLeftFunc(s[len("附件"):], cjk.IsBlank)
	ord, k := 0, cjk.Digits(rest)
	if k > 0 && k <= 2 {
		ord = cjk.Atoi(rest[:k])
	} else if ord, k = cjk.Ordinal(rest); k == 0 {
		return Annex{}, false
	}
	markerEnd := len(s) - len(rest) + k
	tail := rest[k:]
	r, size := cjk.Decode(tail, 0)
	switch {
	case tail == "":
	case r == '：' || r == ':' || r == '、' || r == '.' || r == '．' || cjk.IsBlank(r):
		tail = cjk.TrimSpace(tail[size:])
	default:
		return Annex{}, false
	}
	a := Annex{Marker: s[:markerEnd], Ordinal: ord, Span: p.Span}
	if tail != "" {
		a.Title = cjk.StripSpace(tail)
		a.TitleSpan = document.Span{Start: p.Span.Start + len(s) - len(tail), End: p.Span.End}
	}
	return a, true
}

// candidate is a title found in the paragraphs: one line, or two.
type candidate struct {
	text  string
	spans []document.Span
}

// readHeader fills the report's title, unit and fiscal year, and adds the
// title lines to the excluded spans, which it sorts.
func readHeader(doc *document.Document, res *Result) {
	limit := len(doc.Text)
	if len(res.Sections) > 0 {
		limit = res.Sections[0].Span.Start
	}
	cands := titleCandidates(doc, limit, -1)
	if len(cands) == 0 {
		cands = titleCandidates(doc, len(doc.Text), 1)
	}
	for _, c := range cands {
		res.Exclude = append(res.Exclude, c.spans...)
	}
	slices.SortFunc(res.Exclude, func(a, b document.Span) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	if best, ok := chooseTitle(cands); ok {
		res.Title = best.text
	}
	res.FiscalYear = yearOf(res.Title)
	for _, c := range cands {
		if res.FiscalYear == 0 {
			res.FiscalYear = yearOf(c.text)
		}
	}
	if res.FiscalYear == 0 {
		res.FiscalYear = yearLine(doc, limit)
	}
	res.Unit = unitFromLabels(doc)
	if res.Unit == "" {
		res.Unit = unitFromTitle(res.Title)
	}
}

// titleCandidates returns the paragraphs before limit (or adjacent pairs of
// them) that read as a report title: short, ending in a title suffix, no
// heading marker. It stops after most candidates, unless most < 0.
func titleCandidates(doc *document.Document, limit, most int) []candidate {
	var out []candidate
	var prev *document.Paragraph
	for _, blk := range doc.Blocks {
		if len(out) == most {
			break
		}
		if blk.Kind != document.KindParagraph {
			prev = nil
			continue
		}
		p := blk.Para
		if p.Span.Start >= limit {
			break
		}
		if clean, ok := titleLine(p.Text); ok {
			c := candidate{text: clean, spans: []document.Span{p.Span}}
			if prev != nil && nextLine(doc.Text, prev, p) && isTitleHead(prev.Text) {
				c = candidate{text: cjk.StripSpace(prev.Text + p.Text), spans: []document.Span{prev.Span, p.Span}}
			}
			out = append(out, c)
		}
		prev = p
	}
	return out
}

// isTitleLine reports whether s reads as the title line of a report or an
// annex: at most 80 characters, no ：, : or 。, no heading marker, and a
// title suffix at its end once its white space is removed, or before a
// trailing bracket, year or 年度 ("…自评报告（2023年度）").
func isTitleLine(s string) bool {
	_, ok := titleLine(s)
	return ok
}

// titleLine is isTitleLine that also returns s without its white space
// when s is a title line, which its callers keep as the title.
func titleLine(s string) (string, bool) {
	if utf8.RuneCountInString(s) > 80 || cjk.IndexAny(s, "：:。") >= 0 {
		return "", false
	}
	if _, ok := marker(s); ok {
		return "", false
	}
	clean := cjk.StripSpace(s)
	t := strings.TrimRight(clean, "）)")
	t = strings.TrimRight(t, "（(0123456789年度")
	return clean, hasTitleSuffix(clean) || hasTitleSuffix(t)
}

func hasTitleSuffix(s string) bool {
	for _, suf := range titleSuffixes {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// isTitleHead reports whether s can be the first line of a two-line title.
func isTitleHead(s string) bool {
	return !isTitleLine(s) && titleHeadShape(s)
}

// titleHeadShape is isTitleHead but for the rule that s is no title line:
// at most 60 characters, none of ：:。，；, no annex word, no heading marker.
func titleHeadShape(s string) bool {
	if utf8.RuneCountInString(s) > 60 || cjk.IndexAny(s, "：:。，；") >= 0 {
		return false
	}
	if strings.HasPrefix(s, "附件") || strings.HasPrefix(s, "附表") {
		return false
	}
	_, ok := marker(s)
	return !ok
}

// chooseTitle prefers the last candidate without a template placeholder, then
// the last candidate.
func chooseTitle(cands []candidate) (candidate, bool) {
	for i := len(cands) - 1; i >= 0; i-- {
		if !hasPlaceholder(cands[i].text) {
			return cands[i], true
		}
	}
	if len(cands) > 0 {
		return cands[len(cands)-1], true
	}
	return candidate{}, false
}

func hasPlaceholder(s string) bool {
	for _, p := range placeholders {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// yearOf reads the fiscal year a title starts with ("2023年度…", "2023年…"),
// or one in brackets ("（2023年度）"): the first run of exactly four digits
// that is a year followed by 年 (cjk.YearAt).
func yearOf(s string) int {
	for i := 0; i < len(s); {
		k := cjk.Digits(s[i:])
		if k == 0 {
			i++
			continue
		}
		if k == 4 && cjk.YearAt(s, i) {
			return cjk.Atoi(s[i : i+4])
		}
		i += k
	}
	return 0
}

// yearLine reads the year of a short line before limit that names only a
// period, as a table-only report writes under its title: "（2023年度）",
// "2023年度", "年度：2023年".
func yearLine(doc *document.Document, limit int) int {
	for _, blk := range doc.Blocks {
		if blk.Kind != document.KindParagraph {
			continue
		}
		p := blk.Para
		if p.Span.Start >= limit {
			break
		}
		if utf8.RuneCountInString(p.Text) <= 16 && strings.Contains(p.Text, "年") {
			if y := yearOf(p.Text); y != 0 {
				return y
			}
		}
	}
	return 0
}

// unitFromLabels finds "部门（单位）名称：X（盖章）" on a paragraph, or a
// table cell with such a label followed by a cell holding the name.
func unitFromLabels(doc *document.Document) string {
	for _, blk := range doc.Blocks {
		if blk.Kind == document.KindParagraph {
			if u := labelled(blk.Para.Text); u != "" {
				return u
			}
		}
	}
	for _, blk := range doc.Blocks {
		if blk.Kind != document.KindTable {
			continue
		}
		for _, row := range blk.Table.Rows {
			for c := 0; c+1 < len(row.Cells); c++ {
				if isUnitLabel(row.Cells[c].Text) {
					if u := cleanUnit(row.Cells[c+1].Text); u != "" {
						return u
					}
				}
			}
		}
	}
	return ""
}

// labelled returns the unit named on a line that starts with a unit label
// and a colon, or "".
func labelled(s string) string {
	best := ""
	for _, l := range unitLabels {
		if strings.HasPrefix(s, l) && len(l) > len(best) {
			best = l
		}
	}
	if best == "" {
		return ""
	}
	rest := strings.TrimLeftFunc(s[len(best):], cjk.IsBlank)
	for _, colon := range []string{"：", ":"} {
		if strings.HasPrefix(rest, colon) {
			return cleanUnit(rest[len(colon):])
		}
	}
	return ""
}

func isUnitLabel(s string) bool {
	s = strings.TrimRight(cjk.StripSpace(s), "：:")
	for _, l := range unitLabels {
		if strings.HasSuffix(s, l) {
			return true
		}
	}
	return false
}

// cleanUnit trims a unit name of white space, a seal note and a date tail.
func cleanUnit(s string) string {
	s = cjk.StripSpace(s)
	for _, seal := range []string{"（盖章）", "(盖章)", "（公章）", "(公章)"} {
		if i := strings.Index(s, seal); i >= 0 {
			s = s[:i]
		}
	}
	if hasPlaceholder(s) || s == "" {
		return ""
	}
	return s
}

// unitFromTitle takes the unit out of a title: "2023年度X整体支出绩效自评报告"
// or "X2023年度部门整体支出绩效自评报告" give X.
func unitFromTitle(title string) string {
	s := title
	for _, r := range titleRemovals {
		if strings.HasSuffix(s, r) {
			s = strings.TrimSuffix(s, r)
			break
		}
	}
	if s == title {
		return "" // not the shape "…X整体支出绩效自评报告"
	}
	if y := yearOf(s); y != 0 {
		for _, form := range []string{strconv.Itoa(y) + "年度", strconv.Itoa(y) + "年"} {
			if strings.HasPrefix(s, form) {
				s = strings.TrimPrefix(s, form)
				break
			}
			if strings.HasSuffix(s, form) {
				s = strings.TrimSuffix(s, form)
				break
			}
		}
	}
	s = strings.TrimPrefix(s, "关于")
	if s == "" || hasPlaceholder(s) || yearOf(s) != 0 {
		return ""
	}
	return s
}
