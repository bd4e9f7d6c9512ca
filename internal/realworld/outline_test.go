package realworld

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseOutline(t *testing.T) {
	in := "# comment\n\nmeta\ttitle\t某局2024年度部门决算\nmeta\tpage_break\t-- PAGE_BREAK --\npages\ttoc\t2-3\npages\ttable\t6,8-9\n" +
		"toc\t0\t第一部分\t概况\t2\t4\nh\t1\t一、\t主要职能\t4\nopt\t3\t1、\t一般公共服务支出（类）\t5\n"
	o, err := ParseOutline("x.tsv", strings.NewReader(in))
	require.NoError(t, err)
	assert.Equal(t, &Outline{
		Name: "x.tsv",
		Entries: []Entry{
			{Kind: TOC, Level: 0, Marker: "第一部分", Title: "概况", Page: 2, Printed: 4, Line: 7},
			{Kind: Heading, Level: 1, Marker: "一、", Title: "主要职能", Page: 4, Line: 8},
			{Kind: Optional, Level: 3, Marker: "1、", Title: "一般公共服务支出（类）", Page: 5, Line: 9},
		},
		Meta:       map[string]string{"title": "某局2024年度部门决算", "page_break": "-- PAGE_BREAK --"},
		TOCPages:   PageSet{{2, 3}},
		TablePages: PageSet{{6, 6}, {8, 9}},
	}, o)
	assert.Equal(t, "-- PAGE_BREAK --", o.PageBreak())
	assert.Equal(t, "6,8-9", o.TablePages.String())
	assert.Len(t, o.Of(Heading), 1)
}

func TestParseOutlineErrors(t *testing.T) {
	tests := []struct{ name, in, msg string }{
		{"unknown kind", "x\t1\t一、\t标题\t3\n", "x.tsv:1: unknown kind \"x\""},
		{"short line", "h\t1\t一、\t标题\n", "x.tsv:1: h wants 5 or 6 fields"},
		{"bad level", "h\tone\t一、\t标题\t3\n", "x.tsv:1: level \"one\" is not 0…9"},
		{"bad page", "h\t1\t一、\t标题\t0\n", "x.tsv:1: page \"0\" is not a page number"},
		{"empty title", "# c\nh\t1\t一、\t \t3\n", "x.tsv:2: empty title"},
		{"bad printed page", "toc\t1\t一、\t标题\t2\tiv\n", "x.tsv:1: printed page \"iv\" is not a number"},
		{"meta fields", "meta\ttitle\n", "x.tsv:1: meta wants 3 fields"},
		{"pages kind", "pages\tbody\t3\n", "x.tsv:1: pages: want toc or table, got \"body\""},
		{"pages range", "pages\ttoc\t5-3\n", "x.tsv:1: pages \"5-3\": \"3\" is not a page at or after 5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseOutline("x.tsv", strings.NewReader(tt.in))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.msg)
		})
	}
}

func TestNorm(t *testing.T) {
	tests := []struct{ in, want string }{
		{" 上海市普陀区 2024 年度部门决算\n情况说明 ", "上海市普陀区2024年度部门决算情况说明"},
		{"（一）主要职能。", "(一)主要职能"},
		{"机关运行经费：", "机关运行经费"},
		{"２０２４\u3000年", "2024年"},
		{"“三公”经费", "“三公”经费"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Norm(tt.in), "%q", tt.in)
	}
}

func TestPrefixMatch(t *testing.T) {
	assert.True(t, prefixMatch("加强党的建设。落实基层", "加强党的建设"))
	assert.True(t, prefixMatch("贯彻执行国家", "贯彻执行国家和本市有关财政工作"))
	assert.False(t, prefixMatch("事业", "事业收入"), "three characters are too few")
	assert.False(t, prefixMatch("事业单位经营收入", "事业收入"))
}

// TestAnnotations loads every annotation file of the repository: outlines
// and tables must parse, and say what the README says they say.
func TestAnnotations(t *testing.T) {
	dir := "../../extract/testdata/realworld"
	paths, err := filepath.Glob(filepath.Join(dir, "*.outline.tsv"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(paths), 8)
	for _, p := range paths {
		o, err := LoadOutline(p)
		require.NoError(t, err)
		assert.NotEmpty(t, o.Of(Heading), p)
		assert.NotEmpty(t, o.Meta["title"], p)
		assert.NotEmpty(t, o.TOCPages, p)
		for _, e := range o.Of(Heading) {
			assert.False(t, o.TOCPages.Has(e.Page), "%s:%d: a heading on a 目录 page", p, e.Line)
		}
	}
	specs, err := LoadTables(filepath.Join(dir, "tables", "index.tsv"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(specs), 6)
	pdfs := map[string]bool{}
	for _, s := range specs {
		pdfs[s.PDF] = true
		assert.NotEmpty(t, s.Amounts(), "%s has no figures", s.File)
	}
	assert.GreaterOrEqual(t, len(pdfs), 4, "tables from at least four PDFs")
}
