package segment

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSegmentRepairs(t *testing.T) {
	text := "一、甲\n1.子一\n2.子二\n二、乙\n（一）丙。正文\n1.项\n2.项\n（2） 丁\n三、戊\n5、跳号\n四、己\n"
	res := Segment(docFromText(text), Options{})
	got := reduce(res.Sections)
	want := []outline{
		{1, 1, "甲", items(3, 2, "子一", "子二")},
		{1, 2, "乙", []outline{{2, 1, "丙", items(3, 2, "项", "项")}, {Level: 2, Ordinal: 2, Title: "丁"}}},
		{1, 3, "戊", []outline{{Level: 3, Ordinal: 5, Title: "跳号"}}},
		{Level: 1, Ordinal: 4, Title: "己"},
	}
	assert.Equal(t, want, got)
	var codes []string
	for _, w := range res.Warnings {
		codes = append(codes, w.Code+" "+text[w.Span.Start:w.Span.End])
	}
	assert.Equal(t, []string{"segment.marker_repaired （2）", "segment.ordinal_out_of_sequence 5、"}, codes)
	assert.Equal(t, "正文", res.Sections[1].Children[0].Text)
}

func TestSegmentAnnexRestartsNumbering(t *testing.T) {
	text := "一、甲\n二、乙\n附件2：明细表\n一、另起\n"
	res := Segment(docFromText(text), Options{})
	assert.Equal(t, []outline{{Level: 1, Ordinal: 1, Title: "甲"}, {Level: 1, Ordinal: 2, Title: "乙"}, {Level: 1, Ordinal: 1, Title: "另起"}}, reduce(res.Sections))
	assert.Empty(t, res.Warnings)
	assert.Equal(t, "明细表", res.Annexes[0].Title)
	assert.Equal(t, 2, res.Annexes[0].Ordinal)
}

func FuzzSegment(f *testing.F) {
	f.Add("一、甲\n（一）乙。丙\n1.2023年丁\n3.22023年\n（2） 戊\n附件2\n表\n")
	f.Add("附件\n附件一\n附件99：x\n（")
	f.Fuzz(func(t *testing.T, text string) {
		doc := docFromText(text)
		res := Segment(doc, Options{})
		var walk func([]*Section, int, int)
		walk = func(secs []*Section, lo, hi int) {
			prev := lo
			for _, s := range secs {
				if s.Span.Start < prev || s.Span.End > hi || s.Span.Start > s.Span.End {
					t.Fatalf("section %q span [%d,%d) outside [%d,%d) or out of order", s.Title, s.Span.Start, s.Span.End, prev, hi)
				}
				if text[s.TitleSpan.Start:s.TitleSpan.End] != s.Title {
					t.Fatalf("title %q differs from text at its span %q", s.Title, text[s.TitleSpan.Start:s.TitleSpan.End])
				}
				prev = s.Span.End
				walk(s.Children, s.Span.Start, s.Span.End)
			}
		}
		walk(res.Sections, 0, len(text))
		for _, sp := range append(res.Exclude, spansOf(res.Warnings)...) {
			if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
				t.Fatalf("span [%d,%d) outside text", sp.Start, sp.End)
			}
		}
	})
}

func TestSegmentSkipsTOC(t *testing.T) {
	text := "目录\n一、部门基本情况 3\n（一）主要职能……4\n二、支出情况..........12\n一、部门基本情况\n（一）主要职能。正文\n二、支出情况\n三、问题 5个\n"
	res := Segment(docFromText(text), Options{})
	assert.Equal(t, []outline{
		{1, 1, "部门基本情况", []outline{{Level: 2, Ordinal: 1, Title: "主要职能"}}},
		{Level: 1, Ordinal: 2, Title: "支出情况"},
		{Level: 1, Ordinal: 3, Title: "问题 5个"},
	}, reduce(res.Sections))
	assert.Empty(t, res.Warnings)

	// Without a 目录 line, two entries in a row still make a TOC; one alone does not.
	res = Segment(docFromText("一、甲 1\n二、乙 2\n一、甲\n二、乙\n"), Options{})
	assert.Equal(t, []outline{{Level: 1, Ordinal: 1, Title: "甲"}, {Level: 1, Ordinal: 2, Title: "乙"}}, reduce(res.Sections))
}

func TestSegmentListWithNumbersIsNotTOC(t *testing.T) {
	res := Segment(docFromText("一、人员\n1.编制数 8\n2.实有人数 8\n"), Options{})
	assert.Equal(t, []outline{{1, 1, "人员", items(3, 2, "编制数 8", "实有人数 8")}}, reduce(res.Sections))
}
