package realworld

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/schema"
)

// report builds a report whose canonical text has one line per heading,
// pages separated by form feeds, and the sections at those lines.
func report(pages ...[]string) (*schema.Report, string) {
	var b strings.Builder
	r := &schema.Report{}
	for i, lines := range pages {
		if i > 0 {
			b.WriteString("\f")
		}
		for _, l := range lines {
			level, title, _ := strings.Cut(l, " ")
			start := b.Len()
			b.WriteString(title + "\n")
			r.Sections = append(r.Sections, schema.Section{
				Level: int(level[0] - '0'), Title: title,
				TitleSpan: schema.Span{Start: start, End: start + len(title)},
			})
		}
	}
	return r, b.String()
}

func TestScoreOutline(t *testing.T) {
	o, err := ParseOutline("o.tsv", strings.NewReader(strings.Join([]string{
		"pages\ttoc\t1", "pages\ttable\t3",
		"toc\t1\t一、\t主要职能\t1",
		"h\t1\t一、\t主要职能\t2",
		"item\t2\t（一）\t贯彻执行国家和本市有关财政工作的法律\t2",
		"opt\t3\t1、\t一般公共服务支出（类）\t2",
		"h\t1\t二、\t部门决算单位构成\t2",
		"h\t2\t（一）\t机关运行经费支出情况\t4",
	}, "\n")))
	require.NoError(t, err)
	r, text := report(
		[]string{"1 主要职能", "1 部门决算单位构成"}, // the 目录
		[]string{"1 主要职能", "2 贯彻执行国家和本市有关财政工作的法律、法规", "3 一般公共服务支出（类）财政事务（款）", "1 部门决算单位构成"}, // body
		[]string{"1 一般公共预算财政拨款收入 2,940.05"}, // a table page
		[]string{"1 机关运行经费支出情况", "1 其他"},    // a heading at the wrong level, and noise
	)
	s := ScoreOutline(o, r, NewPager(r, text, "\f"))
	assert.Equal(t, 3, s.Expected)
	assert.Equal(t, 2, s.Matched, "the body copies, not the 目录's")
	assert.Equal(t, 8, s.Found, "the opt line is left out")
	assert.Equal(t, [4]int{2, 1, 1, 2}, [4]int{s.TOCInTree, s.RowsInTree, s.ItemsInTree, s.Other})
	assert.Equal(t, 1, s.WrongLevel)
	assert.Equal(t, []string{"toc", "toc", "item", "row", "other", "other"}, s.Labels)
	require.Len(t, s.Missed, 1)
	assert.Equal(t, "机关运行经费支出情况", s.Missed[0].Title)
	assert.InDelta(t, 0.25, s.Precision(), 1e-9)
	assert.InDelta(t, 2.0/3, s.Recall(), 1e-9)
	assert.Equal(t, [2]int{0, 1}, [2]int{s.TOCFound, s.TOCEntries})
}

func TestScoreOutlineWithoutPages(t *testing.T) {
	o, err := ParseOutline("o.tsv", strings.NewReader("toc\t1\t一、\t主要职能\t1\nh\t1\t一、\t主要职能\t2\nrow\t1\t一、\t财政拨款收入\t3\n"))
	require.NoError(t, err)
	r, text := report([]string{"1 主要职能", "1 主要职能", "1 财政拨款收入 164,978,640"})
	r.TOC = []schema.TOCEntry{{Marker: "一、", Title: "主要职能", Level: 1}}
	s := ScoreOutline(o, r, NewPager(r, text, "-- PAGE_BREAK --"))
	assert.Equal(t, "P 0.33 R 1.00 F1 0.50 (1/3 found, 1 expected); false: 1 toc, 1 rows, 0 items, 0 other (0 at a wrong level); toc 1/1", s.String())
}

func TestPager(t *testing.T) {
	r := &schema.Report{}
	p := NewPager(r, "a\fbb\f\fc", "\f")
	assert.Equal(t, []int{1, 1, 2, 2, 3, 4, 4}, []int{p.Page(0), p.Page(1), p.Page(2), p.Page(3), p.Page(5), p.Page(6), p.Page(7)})
	assert.False(t, NewPager(r, "no pages", "\f").Known())
	assert.Equal(t, 0, NewPager(r, "no pages", "\f").Page(3))
	r.Pages = []schema.Page{{Number: 1, Span: schema.Span{Start: 0, End: 10}}, {Number: 2, Span: schema.Span{Start: 10, End: 30}}}
	p = NewPager(r, "ignored\f", "\f")
	assert.Equal(t, []int{1, 1, 2, 2}, []int{p.Page(0), p.Page(9), p.Page(10), p.Page(29)})
}
