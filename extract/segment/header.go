package segment

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/document"
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

// scanAnnex reads an annex marker line: 附件N or 附表N (N in ASCII or Chinese
// digits), then nothing, or "：" / "、" / white space and a title.
func scanAnnex(p *document.Paragraph) (Annex, bool) {
	s := p.Text
	var word string
	switch {
	case strings.HasPrefix(s, "附件"):
		word = "附件"
	case strings.HasPrefix(s, "附表"):
		word = "附表"
	default:
		return Annex{}, false
	}
	rest := strings.TrimLeft(s[len(word):], " \u3000")
	ord, k := digitLen(rest), 0
	if ord > 0 && ord <= 2 {
		ord, k = atoi(rest[:ord]), ord
	} else if ord, k = chineseNumeral(rest); k == 0 {
		return Annex{}, false
	}
	markerEnd := len(s) - len(rest) + k
	tail := rest[k:]
	r, size := utf8.DecodeRuneInString(tail)
	switch {
	case tail == "":
	case r == '：' || r == ':' || r == '、' || r == ' ' || r == '\u3000' || r == '.' || r == '．':
		tail = strings.TrimSpace(strings.TrimLeft(tail[size:], " \u3000"))
	default:
		return Annex{}, false
	}
	a := Annex{Marker: s[:markerEnd], Ordinal: ord, Span: p.Span}
	if tail != "" {
		a.Title = cleanTitle(tail)
		start := p.Span.Start + len(s) - len(tail)
		a.TitleSpan = paraSpan(p, start, p.Span.End)
	}
	return a, true
}

// cleanTitle joins a title written over several lines.
func cleanTitle(s string) string {
	return stripSpace(s)
}

// stripSpace returns s without its white space (unicode.IsSpace), the
// other bytes kept as they are: strings.Join(strings.Fields(s), ""), without
// the slice and the copy, and with no allocation when s has no space. It
// matches the spaces' bytes (spaceLen) instead of decoding runes.
func stripSpace(s string) string {
	i := nextSpace(s, 0)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		for i < len(s) {
			n := spaceLen(s, i)
			if n == 0 {
				break
			}
			i += n
		}
		j := nextSpace(s, i)
		b.WriteString(s[i:j])
		i = j
	}
	return b.String()
}

// spaceLead marks the bytes a white-space rune starts with (see spaceLen).
var spaceLead = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true, 0xC2: true, 0xE1: true, 0xE2: true, 0xE3: true}

// nextSpace returns the index of the first white-space rune in s at or
// after i, or len(s). Only bytes that can start one are looked at closer,
// and three bytes that cannot, a byte from E4 on and two continuation bytes
// as in every CJK character, are passed over at once.
func nextSpace(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c >= 0xE4 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			i += 3
		case spaceLead[c] && spaceLen(s, i) > 0:
			return i
		default:
			i++
		}
	}
	return len(s)
}

// spaceLen returns the length of the white-space rune (unicode.IsSpace) that
// s holds at i, or 0. It compares bytes: \t \n \v \f \r and space, U+0085
// and U+00A0 (C2 xx), U+1680 (E1 9A 80), U+2000–U+200A, U+2028, U+2029,
// U+202F (E2 80 xx), U+205F (E2 81 9F) and U+3000 (E3 80 80). Decoding s
// from its start, valid or not, finds a rune at every byte that is not a
// continuation byte (an invalid byte is skipped alone), so a space's bytes
// at i are exactly a space rune there. FuzzStripSpace holds stripSpace to
// strings.Fields.
func spaceLen(s string, i int) int {
	switch s[i] {
	case '\t', '\n', '\v', '\f', '\r', ' ':
		return 1
	case 0xC2:
		if i+1 < len(s) && (s[i+1] == 0x85 || s[i+1] == 0xA0) {
			return 2
		}
	case 0xE1:
		if strings.HasPrefix(s[i:], "\u1680") {
			return 3
		}
	case 0xE2:
		if i+2 < len(s) {
			c1, c2 := s[i+1], s[i+2]
			if c1 == 0x80 && (0x80 <= c2 && c2 <= 0x8A || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF) || c1 == 0x81 && c2 == 0x9F {
				return 3
			}
		}
	case 0xE3:
		if strings.HasPrefix(s[i:], "\u3000") {
			return 3
		}
	}
	return 0
}

// candidate is a title found in the paragraphs: one line, or two.
type candidate struct {
	text  string
	spans [2]document.Span
	n     int // spans used
}

// readHeader fills the report's title, unit and fiscal year, and adds the
// title lines to the excluded spans, which it sorts.
func readHeader(doc *document.Document, res *Result) {
	limit := len(doc.Text)
	if len(res.Sections) > 0 {
		limit = res.Sections[0].Span.Start
	}
	var buf [8]candidate
	cands := titleCandidates(buf[:0], doc, limit, -1)
	if len(cands) == 0 {
		cands = titleCandidates(cands, doc, len(doc.Text), 1)
	}
	outline := len(res.Exclude)
	for _, c := range cands {
		res.Exclude = append(res.Exclude, c.spans[:c.n]...)
	}
	sortSpans(res.Exclude, outline)
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

// titleCandidates appends to dst the paragraphs before limit (or adjacent
// pairs of them) that read as a report title: short, ending in a title
// suffix, no heading marker. It stops after most candidates, unless most < 0.
func titleCandidates(dst []candidate, doc *document.Document, limit, most int) []candidate {
	var prev *document.Paragraph
	prevTitle := false // isTitleLine(prev.Text)
	for _, blk := range doc.Blocks {
		if len(dst) == most {
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
		clean, title := titleLine(p.Text)
		if title {
			c := candidate{text: clean, spans: [2]document.Span{p.Span}, n: 1}
			if prev != nil && p.Span.Line == prev.Span.Line+strings.Count(prev.Text, "\n")+1 && !prevTitle && titleHeadShape(prev.Text) {
				c = candidate{text: cleanTitle(prev.Text + p.Text), spans: [2]document.Span{prev.Span, p.Span}, n: 2}
			}
			dst = append(dst, c)
		}
		prev, prevTitle = p, title
	}
	return dst
}

// isTitleLine reports whether s reads as the title line of a report or an
// annex: at most 80 runes, no ：, : or 。, no heading marker, and a title
// suffix at its end once its white space is removed, or before a trailing
// bracket, year or 年度 ("…自评报告（2023年度）").
func isTitleLine(s string) bool {
	_, ok := titleLine(s)
	return ok
}

// titleLine is isTitleLine that also returns cleanTitle(s) when s is a
// title line, which its callers keep as the title.
func titleLine(s string) (string, bool) {
	// More than 80*UTFMax bytes is more than 80 runes, and at most 80 bytes
	// at most 80 runes: only the lengths between need counting.
	if len(s) > 80*utf8.UTFMax || containsAny(s, "：", ":", "。") || len(s) > 80 && runeCount(s) > 80 {
		return "", false
	}
	if _, ok := scanMarker(s); ok {
		return "", false
	}
	clean := cleanTitle(s)
	switch {
	case strings.HasSuffix(clean, "告") || strings.HasSuffix(clean, "表"):
		// Every suffix ends in 告 or 表, which neither trim below removes.
		return clean, hasTitleSuffix(clean)
	case !endsInTitleTrim(clean):
		// Nothing to trim, and no 告 or 表 at the end: no suffix.
		return "", false
	}
	t := strings.TrimRight(clean, "）)")
	t = strings.TrimRight(t, "（(0123456789年度")
	return clean, hasTitleSuffix(clean) || hasTitleSuffix(t)
}

// endsInTitleTrim reports whether s ends in a rune that isTitleLine's trims
// remove: ） ) （ ( 年 度 or an ASCII digit.
func endsInTitleTrim(s string) bool {
	if s == "" {
		return false
	}
	if c := s[len(s)-1]; c == ')' || c == '(' || isDigit(rune(c)) {
		return true
	}
	return strings.HasSuffix(s, "）") || strings.HasSuffix(s, "（") || strings.HasSuffix(s, "年") || strings.HasSuffix(s, "度")
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
// at most 60 runes, none of ：:。，；, no annex word, no heading marker.
func titleHeadShape(s string) bool {
	if len(s) > 60*utf8.UTFMax || containsAny(s, "：", ":", "。", "，", "；") || len(s) > 60 && runeCount(s) > 60 {
		return false
	}
	if strings.HasPrefix(s, "附件") || strings.HasPrefix(s, "附表") {
		return false
	}
	_, ok := scanMarker(s)
	return !ok
}

// runeCount is utf8.RuneCountInString(s), with CJK text counted without a
// call per rune: a byte E1–EC or EE–EF followed by two continuation bytes is
// always one valid three-byte rune (only E0 and ED restrict their second
// byte). Anything else is decoded.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			i += 3
		default:
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return n
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
// that is a year followed by 年.
func yearOf(s string) int {
	for i := 0; i < len(s); {
		k := digitLen(s[i:])
		if k == 0 {
			i++
			continue
		}
		if k == 4 && isYearAt(s, i) {
			return atoi(s[i : i+4])
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
	rest := strings.TrimLeft(s[len(best):], " \u3000")
	if !strings.HasPrefix(rest, "：") && !strings.HasPrefix(rest, ":") {
		return ""
	}
	_, size := utf8.DecodeRuneInString(rest)
	return cleanUnit(rest[size:])
}

func isUnitLabel(s string) bool {
	s = strings.TrimRight(cleanTitle(s), "：:")
	for _, l := range unitLabels {
		if strings.HasSuffix(s, l) {
			return true
		}
	}
	return false
}

// cleanUnit trims a unit name of white space, a seal note and a date tail.
func cleanUnit(s string) string {
	s = cleanTitle(s)
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
		for _, form := range []string{itoa4(y) + "年度", itoa4(y) + "年"} {
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

func itoa4(y int) string {
	return string([]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10)})
}

// sortSpans orders spans by start, then end. Spans equal in both are equal
// in line too, so the order is total on what a caller can see. s[:k] and
// s[k:] are each in order already when the blocks are (the outline adds one
// span per block, in block order, and so do the title candidates): then the
// two runs are merged, else s is sorted.
func sortSpans(s []document.Span, k int) {
	if !slices.IsSortedFunc(s[:k], compareSpans) || !slices.IsSortedFunc(s[k:], compareSpans) {
		slices.SortFunc(s, compareSpans)
		return
	}
	var buf [8]document.Span
	tail := append(buf[:0], s[k:]...)
	i, j := k-1, len(tail)-1
	for w := len(s) - 1; j >= 0; w-- {
		if i >= 0 && compareSpans(s[i], tail[j]) > 0 {
			s[w] = s[i]
			i--
		} else {
			s[w] = tail[j]
			j--
		}
	}
}

func compareSpans(a, b document.Span) int {
	if c := cmp.Compare(a.Start, b.Start); c != 0 {
		return c
	}
	return cmp.Compare(a.End, b.End)
}
