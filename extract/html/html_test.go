package html

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// view is a Document as the tests compare it: the canonical text, each
// paragraph ("P" with its outline and numbering) and each table's cells.
type view struct {
	Text   string
	Blocks []string
}

func viewOf(doc *document.Document) view {
	v := view{Text: doc.Text}
	for _, b := range doc.Blocks {
		if b.Kind == document.KindParagraph {
			p := b.Para
			s := "P " + p.Text
			if p.Outline > 0 {
				s += " h" + itoa(p.Outline)
			}
			if p.Numbered {
				s += " #"
			}
			v.Blocks = append(v.Blocks, s)
			continue
		}
		v.Blocks = append(v.Blocks, tableView(b.Table))
	}
	return v
}

// tableView writes a table as "T" and its rows, each cell as
// text@col[rowspan x colspan] with its nested tables in braces.
func tableView(t *document.Table) string {
	var b strings.Builder
	b.WriteString("T")
	for _, r := range t.Rows {
		b.WriteString(" |")
		for _, c := range r.Cells {
			b.WriteString(" " + strings.ReplaceAll(c.Text, "\n", "/") + "@" + itoa(c.Col))
			if c.RowSpan > 1 || c.ColSpan > 1 {
				b.WriteString("[" + itoa(c.RowSpan) + "x" + itoa(c.ColSpan) + "]")
			}
			for _, n := range c.Nested {
				b.WriteString("{" + tableView(n) + "}")
			}
		}
	}
	return b.String()
}

func TestRead(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want view
	}{
		{
			name: "blocks and br lines are paragraphs, white space collapses",
			in:   "<p>一、部门\n  概况</p><div>第一行<br>第二行<br><br>第三行</div>",
			want: view{"一、部门 概况\n第一行\n第二行\n\n第三行", []string{"P 一、部门 概况", "P 第一行", "P 第二行", "P 第三行"}},
		},
		{
			name: "nbsp is a space that does not collapse, full-width digits, entities",
			in:   "<p>&nbsp;&nbsp;预算&nbsp;&nbsp;１７９.５２万元&ge;&lt;&amp;</p>",
			want: view{"  预算  179.52万元≥<&", []string{"P 预算  179.52万元≥<&"}},
		},
		{
			name: "head, script, style, nav, header, footer, noscript, hidden are left out",
			in: "<html><head><title>标题</title><style>p{}</style></head><body><header>站头</header><nav>导航</nav>" +
				"<script>var x='<p>一、</p>'</script><noscript>请开启</noscript><p hidden>隐藏</p>" +
				"<div style='DISPLAY: None'>不显示</div><p>正文</p><footer>版权</footer></body></html>",
			want: view{"正文", []string{"P 正文"}},
		},
		{
			name: "headings carry their level; ol items their number; ul items no bullet",
			in:   "<h1>标题</h1><ol start=3><li>甲</li><li value=7><p>乙</p></li></ol><ul><li>丙</li></ul>",
			want: view{"标题\n3.甲\n7.乙\n丙", []string{"P 标题 h1", "P 3.甲 #", "P 7.乙 #", "P 丙"}},
		},
		{
			name: "pre keeps spaces and lines",
			in:   "<pre>项目    金额\n合计    9\t1</pre>",
			want: view{"项目    金额\n合计    9 1", []string{"P 项目    金额", "P 合计    9 1"}},
		},
		{
			name: "a table: TAB cells, blank lines between rows, two after the table",
			in:   "<p>前</p><table><tr><td>A</td><td>B<br>b</td></tr><tr><th>C</th><td></td></tr></table><p>后</p>",
			want: view{"前\n\tA\n\tB\nb\n\n\tC\n\t\n\n\n后", []string{"P 前", "T | A@0 B/b@1 | C@0 @1", "P 后"}},
		},
		{
			name: "rowspan and colspan are merges; covered slots are empty TAB lines",
			in: "<table><tr><td rowspan=2>甲</td><td colspan=2>乙</td></tr>" +
				"<tr><td>丙</td><td>丁</td></tr><tr><td>戊</td><td rowspan=0>己</td><td>庚</td></tr><tr><td>辛</td></tr></table>",
			want: view{"\t甲\n\t乙\n\n\t\n\t丙\n\t丁\n\n\t戊\n\t己\n\t庚\n\n\t辛\n\t",
				[]string{"T | 甲@0[2x1] 乙@1[1x2] | 丙@1 丁@2 | 戊@0 己@1[2x1] 庚@2 | 辛@0"}},
		},
		{
			name: "a rowspan stops at the end of its row group",
			in:   "<table><thead><tr><td rowspan=5>头</td><td>a</td></tr></thead><tbody><tr><td>b</td><td>c</td></tr></tbody></table>",
			want: view{"\t头\n\ta\n\n\tb\n\tc", []string{"T | 头@0 a@1 | b@0 c@1"}},
		},
		{
			name: "a nested table is flattened into its cell and kept",
			in:   "<table><tr><td>项目</td><td>预算<table><tr><td>x</td><td>1</td></tr><tr><td>y</td><td>2</td></tr></table></td></tr></table>",
			want: view{"\t项目\n\t预算\nx\n1\ny\n2", []string{"T | 项目@0 预算/x/1/y/2@1{T | x@0 1@1 | y@0 2@1}"}},
		},
		{
			name: "a one-column layout table is read as blocks; a caption is a line",
			in: "<table><tr><td><p>一、概况</p><table><caption>表1</caption><tr><td>a</td><td>b</td></tr></table></td></tr>" +
				"<tr><td>二、结论</td></tr></table>",
			want: view{"一、概况\n表1\n\ta\n\tb\n\n\n二、结论", []string{"P 一、概况", "P 表1", "T | a@0 b@1", "P 二、结论"}},
		},
		{
			name: "misnested and unclosed markup as a browser repairs it",
			in:   "<p>甲<b>乙<p>丙</b>丁<table><td>戊<td>己</table>",
			want: view{"甲乙\n丙丁\n\t戊\n\t己", []string{"P 甲乙", "P 丙丁", "T | 戊@0 己@1"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read([]byte(tt.in), Options{})
			require.NoError(t, err)
			require.NoError(t, doc.Verify())
			assert.Equal(t, tt.want, viewOf(doc))
			assert.Equal(t, "html", doc.Format)
		})
	}
}

func TestDecode(t *testing.T) {
	gbk := func(s string) string { return string(mustGBK(s)) }
	tests := []struct {
		name     string
		in       string
		enc      string
		text     string
		warnings []string
	}{
		{"utf-8 undeclared", "<p>预算</p>", "utf-8", "预算", nil},
		{"utf-8 bom", "\xef\xbb\xbf<p>预算</p>", "utf-8-bom", "预算", nil},
		{"utf-16le bom", "\xff\xfe<\x00p\x00>\x00\x84\x98\x97\x7b", "utf-16le", "预算", nil},
		{"gb2312 by meta charset", `<meta charset="gb2312"><p>` + gbk("预算") + `</p>`, "gb18030", "预算", nil},
		{"gbk by http-equiv", `<meta http-equiv="Content-Type" content="text/html; charset=GBK"><p>` + gbk("预算") + `</p>`, "gb18030", "预算", nil},
		{"gbk undeclared", `<p>` + gbk("预算") + `</p>`, "gb18030", "预算", nil},
		{"declared gb2312, bytes utf-8", `<meta charset="gb2312"><p>预算</p>`, "utf-8", "预算", []string{"html.charset_mismatch"}},
		{"declared utf-8, bytes gbk", `<meta charset="utf-8"><p>` + gbk("预算") + `</p>`, "gb18030", "预算", []string{"html.charset_mismatch"}},
		{"declared utf-8, bytes neither", "<meta charset=\"utf-8\"><p>预\xff算</p>", "utf-8", "预\uFFFD算", []string{"html.undecodable"}},
		{"declared windows-1252", `<meta charset="windows-1252"><p>caf` + "\xe9" + `</p>`, "windows-1252", "café", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read([]byte(tt.in), Options{})
			require.NoError(t, err)
			require.NoError(t, doc.Verify())
			assert.Equal(t, tt.enc, doc.Encoding)
			assert.Equal(t, tt.text, doc.Text)
			var codes []string
			for _, w := range doc.Warnings {
				codes = append(codes, w.Code)
			}
			assert.Equal(t, tt.warnings, codes)
		})
	}
}

// TestRefuses checks the limits and the empty page, each with its reason.
func TestRefuses(t *testing.T) {
	deep := strings.Repeat("<div>", 600) + "x"
	wide := "<table><tr>" + strings.Repeat(`<td colspan="1000">x</td>`, 17) + "</tr></table>"
	tests := []struct {
		name     string
		in       string
		opts     Options
		sentinel error
		msg      string
	}{
		{"empty", "", Options{}, document.ErrEmpty, "the page has no body text"},
		{"only chrome", "<nav>首页</nav><script>x</script>", Options{}, document.ErrEmpty, "the page has no body text"},
		{"too big", "<p>预算</p>", Options{MaxBytes: 4}, document.ErrLimit, "the page is 13 bytes, over the limit of 4"},
		{"huge attribute", `<p>a</p><p title="` + strings.Repeat("x", 5000) + `">预算</p>`, Options{MaxToken: 4096}, document.ErrLimit, "<input>: offset 8: input exceeds a safety limit: a tag of 5012 bytes, longer than 4096"},
		{"too many elements", strings.Repeat("<b>", 50), Options{MaxElements: 10}, document.ErrLimit, "offset 30: input exceeds a safety limit: more than 10 elements"},
		{"deep nesting", deep, Options{}, document.ErrLimit, "open stack of elements exceeds 512 nodes"},
		{"deep for the walker", strings.Repeat("<span>", 100) + "x", Options{MaxDepth: 50}, document.ErrLimit, "elements nested deeper than 50"},
		{"wide table", wide, Options{}, document.ErrLimit, "a table row is wider than 16384 grid columns"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read([]byte(tt.in), tt.opts)
			require.Error(t, err)
			assert.True(t, errors.Is(err, tt.sentinel), "%v is not %v", err, tt.sentinel)
			assert.Contains(t, err.Error(), tt.msg)
			var de *document.Error
			assert.True(t, errors.As(err, &de))
		})
	}
}
