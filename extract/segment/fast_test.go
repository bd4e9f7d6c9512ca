package segment

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// FuzzFastScans checks the segmenter's hand-rolled scans against the library
// calls or the plain code they replace, invalid UTF-8 included: isTOCTitle
// against stripSpace(s) == "目录", indexEither against strings.IndexAny,
// containsAny against strings.ContainsAny, runeCount against
// utf8.RuneCountInString, blankLen against strings.TrimLeftFunc, headingMarker
// against scanMarker on the first line, isTitleLine and yearOf against their
// first versions, isTOCEntry against its checks in their first order,
// decodeRune against utf8.DecodeRuneInString, trimTitleEnd against
// strings.TrimRight, the warning texts against fmt.Sprintf.
func FuzzFastScans(f *testing.F) {
	for _, s := range []string{"", "目录", "目 录", " 目\u3000录\n", "目录2", "目", "\xe7\x9b目录", "一、主要职能。其他：略",
		"（一）标题：内容。", "\xff\xe3\x80\x82", "a:b", "无标点", "一、\n标题", "（2）\u3000\u00a0 项目\n", "1.2023年\n",
		"2023年度某某中心整体支出绩效自评报告", "某某表（2023年度）", "标题；，: \u3000", "\xe3\x80\x80 ,", "\xef\xbc\x8c\x80", "绩效自评报告2023", "(2023年)", "一、概况……3", "\xed\x9f\xbf\xe0\xa0\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isTOCTitle(s), stripSpace(s) == "目录"; got != want {
			t.Fatalf("isTOCTitle(%q) = %v, want %v", s, got, want)
		}
		if got, want := indexEither(s, "。", "："), strings.IndexAny(s, "。："); got != want {
			t.Fatalf("indexEither(%q) = %d, want %d", s, got, want)
		}
		if got, want := containsAny(s, "：", ":", "。", "，", "；"), strings.ContainsAny(s, "：:。，；"); got != want {
			t.Fatalf("containsAny(%q) = %v, want %v", s, got, want)
		}
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", s, got, want)
		}
		if got, want := blankLen(s), len(s)-len(strings.TrimLeftFunc(s, isBlankRune)); got != want {
			t.Fatalf("blankLen(%q) = %d, want %d", s, got, want)
		}
		first, _ := firstLine(s)
		gotM, gotOK := headingMarker(s)
		wantM, wantOK := scanMarker(first)
		if gotM != wantM || gotOK != wantOK {
			t.Fatalf("headingMarker(%q) = %+v, %v, want %+v, %v", s, gotM, gotOK, wantM, wantOK)
		}
		if got, want := isTitleLine(s), isTitleLineSlow(s); got != want {
			t.Fatalf("isTitleLine(%q) = %v, want %v", s, got, want)
		}
		if got, want := yearOf(s), yearOfSlow(s); got != want {
			t.Fatalf("yearOf(%q) = %d, want %d", s, got, want)
		}
		if got, want := isTOCEntry(s), isTOCEntrySlow(s); got != want {
			t.Fatalf("isTOCEntry(%q) = %v, want %v", s, got, want)
		}
		gotR, gotN := decodeRune(s)
		wantR, wantN := utf8.DecodeRuneInString(s)
		if gotR != wantR || gotN != wantN {
			t.Fatalf("decodeRune(%q) = %q, %d, want %q, %d", s, gotR, gotN, wantR, wantN)
		}
		if got, want := trimTitleEnd(s), strings.TrimRight(s, " \u3000；;，,:"); got != want {
			t.Fatalf("trimTitleEnd(%q) = %q, want %q", s, got, want)
		}
		if got, want := repairedMessage(s, len(s), 99), fmt.Sprintf("marker %q read as level %d ordinal %d", s, len(s), 99); got != want {
			t.Fatalf("repairedMessage = %q, want %q", got, want)
		}
		if got, want := fusedMessage(s, len(s)), fmt.Sprintf("marker %q is fused with its text: read as item %d, the digit after the point as a typo", s, len(s)); got != want {
			t.Fatalf("fusedMessage = %q, want %q", got, want)
		}
	})
}

// isTitleLineSlow is isTitleLine as first written: library calls, both
// trims and every suffix for every line.
func isTitleLineSlow(s string) bool {
	if len(s) > 80*utf8.UTFMax || utf8.RuneCountInString(s) > 80 || strings.ContainsAny(s, "：:。") {
		return false
	}
	if _, ok := scanMarker(s); ok {
		return false
	}
	clean := strings.Join(strings.Fields(s), "")
	t := strings.TrimRight(clean, "）)")
	t = strings.TrimRight(t, "（(0123456789年度")
	for _, suf := range titleSuffixes {
		if strings.HasSuffix(clean, suf) || strings.HasSuffix(t, suf) {
			return true
		}
	}
	return false
}

// yearOfSlow is yearOf as first written: a four-digit run tried at every
// byte.
func yearOfSlow(s string) int {
	for i := 0; i+4 <= len(s); i++ {
		if digitLen(s[i:]) == 4 && (i == 0 || !isDigit(rune(s[i-1]))) && isYearAt(s, i) {
			return atoi(s[i : i+4])
		}
	}
	return 0
}

// isTOCEntrySlow is isTOCEntry as first written, the marker read before
// the page number is looked for.
func isTOCEntrySlow(s string) bool {
	if strings.Contains(s, "\n") {
		return false
	}
	m, ok := scanMarker(s)
	if !ok {
		return false
	}
	body := s[m.end:]
	digits := 0
	for digits < len(body) && isDigit(rune(body[len(body)-1-digits])) {
		digits++
	}
	if digits == 0 || digits > 3 || digits == len(body) {
		return false
	}
	rest := body[:len(body)-digits]
	leader := len(rest) - len(strings.TrimRightFunc(rest, isLeader))
	if leader == 0 {
		return false
	}
	title := rest[:len(rest)-leader]
	return title != "" && utf8.RuneCountInString(title) <= 60
}

// FuzzSortSpans checks sortSpans, which merges two sorted runs, against
// slices.SortFunc, on runs sorted or not.
func FuzzSortSpans(f *testing.F) {
	f.Add([]byte{1, 2, 3, 9, 0, 4, 2, 8}, uint8(3))
	f.Add([]byte{5, 1, 5, 1, 5, 2, 0, 0, 9, 9}, uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, k uint8) {
		var spans []document.Span
		for i := 0; i+1 < len(data); i += 2 {
			start := int(data[i])
			spans = append(spans, document.Span{Start: start, End: start + int(data[i+1]), Line: start})
		}
		split := int(k) % (len(spans) + 1)
		// Sort each run as the callers' spans come, unless k's top bit says
		// to leave them as they are.
		if k&0x80 == 0 {
			slices.SortFunc(spans[:split], compareSpans)
			slices.SortFunc(spans[split:], compareSpans)
		}
		want := slices.Clone(spans)
		slices.SortFunc(want, compareSpans)
		sortSpans(spans, split)
		if !slices.Equal(spans, want) {
			t.Fatalf("sortSpans = %v, want %v", spans, want)
		}
	})
}

// TestParaSpan checks that a span inside a paragraph gets the line that
// Lines.Span gives over the whole text, on every line of a multi-line
// paragraph.
func TestParaSpan(t *testing.T) {
	text := "标题\n\n附件2：\n  项目支出\n绩效自评表\n尾"
	lines := document.NewLines(text)
	start := strings.Index(text, "附件")
	end := strings.Index(text, "\n尾")
	p := &document.Paragraph{Text: text[start:end], Span: lines.Span(start, end)}
	for off := start; off <= end; off++ {
		if got, want := paraSpan(p, off, end), lines.Span(off, end); got != want {
			t.Errorf("paraSpan at %d = %+v, want %+v", off, got, want)
		}
	}
}

// TestSectionText checks the texts the builder joins at the end: the body
// after a run-in title, the paragraphs up to the first child, a section
// whose body is one paragraph (not copied), and sections with none, across
// an annex that closes them.
func TestSectionText(t *testing.T) {
	text := "一、甲。首段\n次段\n末段\n（一）乙\n独段\n（二）丙。  \n1.丁：尾\n附件2\n二、戊\n正文一\n正文二\n"
	res := Segment(docFromText(text), Options{})
	var got []string
	var walk func([]*Section)
	walk = func(secs []*Section) {
		for _, s := range secs {
			got = append(got, s.Marker+"|"+s.Title+"|"+s.Text)
			walk(s.Children)
		}
	}
	walk(res.Sections)
	assert.Equal(t, []string{"一、|甲|首段\n次段\n末段", "（一）|乙|独段", "（二）|丙|", "1.|丁|尾", "二、|戊|正文一\n正文二"}, got)
	assert.Len(t, res.Sections[0].Children, 2)
	assert.Nil(t, res.Sections[0].Children[0].Children)
	assert.Equal(t, 2, cap(res.Sections[0].Children), "children are capped at their length")
}
