package text_test

import (
	"testing"

	"github.com/jixiao-dev/jixiao/extract/text"
)

// readCases exercise one rule of the dump format each; want is the shape of
// the whole Document.
var readCases = []struct {
	name string
	in   string
	want string
}{
	{
		name: "paragraphs trimmed, blank and U+3000 lines make no block",
		in:   "标题\n\n  正文　\n\u3000\u3000\n   \nend",
		want: "P 1:1-1:3 \"标题\"\n" +
			"P 3:3-3:5 \"正文\"\n" +
			"P 6:1-6:4 \"end\"\n",
	},
	{
		name: "table after two blank lines ends before the paragraph",
		in:   "\ta\n\tb\n\n\tc\n\td\n\n\n说明",
		want: "T 1:1-5:3\n" +
			" R 1:1-2:3\n" +
			"  C 1:2-1:3 \"a\"\n" +
			"  C 2:2-2:3 \"b\"\n" +
			" R 4:1-5:3\n" +
			"  C 4:2-4:3 \"c\"\n" +
			"  C 5:2-5:3 \"d\"\n" +
			"P 8:1-8:3 \"说明\"\n",
	},
	{
		name: "table at the end of the file without final newline",
		in:   "附件2\n\ta\n\tb\n\n\tc\n\td",
		want: "P 1:1-1:4 \"附件2\"\n" +
			"T 2:1-6:3\n" +
			" R 2:1-3:3\n" +
			"  C 2:2-2:3 \"a\"\n" +
			"  C 3:2-3:3 \"b\"\n" +
			" R 5:1-6:3\n" +
			"  C 5:2-5:3 \"c\"\n" +
			"  C 6:2-6:3 \"d\"\n",
	},
	{
		name: "table directly after a heading line, blank lines at the end",
		in:   "一、标题\n\tx\n\ty\n\n\n\n",
		want: "P 1:1-1:5 \"一、标题\"\n" +
			"T 2:1-3:3\n" +
			" R 2:1-3:3\n" +
			"  C 2:2-2:3 \"x\"\n" +
			"  C 3:2-3:3 \"y\"\n",
	},
	{
		name: "text line right after a cell continues it",
		in:   "\t年度预\n算申请\n（万元）\n\t年初\n\n\t1\n\t2",
		want: "T 1:1-7:3\n" +
			" R 1:1-4:4\n" +
			"  C 1:2-3:5 \"年度预\\n算申请\\n（万元）\"\n" +
			"  C 4:2-4:4 \"年初\"\n" +
			" R 6:1-7:3\n" +
			"  C 6:2-6:3 \"1\"\n" +
			"  C 7:2-7:3 \"2\"\n",
	},
	{
		name: "one blank line then a text line continues the cell",
		in:   "\t产出指标\n\n(40分)\n\t数量\n\n\t效益指标\n\n（20分）\n\u3000\n\t经济",
		want: "T 1:1-10:4\n" +
			" R 1:1-4:4\n" +
			"  C 1:2-3:6 \"产出指标\\n\\n(40分)\"\n" +
			"  C 4:2-4:4 \"数量\"\n" +
			" R 6:1-10:4\n" +
			"  C 6:2-8:6 \"效益指标\\n\\n（20分）\"\n" +
			"  C 10:2-10:4 \"经济\"\n",
	},
	{
		name: "empty cells: nothing, spaces, U+3000",
		in:   "\t\n\t   \n\t\u3000\u3000\n\n\ta\n\tb\n\tc",
		want: "T 1:1-7:3\n" +
			" R 1:1-3:4\n" +
			"  C 1:2-1:2 \"\"\n" +
			"  C 2:2-2:2 \"\"\n" +
			"  C 3:2-3:2 \"\"\n" +
			" R 5:1-7:3\n" +
			"  C 5:2-5:3 \"a\"\n" +
			"  C 6:2-6:3 \"b\"\n" +
			"  C 7:2-7:3 \"c\"\n",
	},
	{
		name: "leading spaces in a cell are trimmed from text and span",
		in:   "\t   1、公务用车\n\t0.00\n\n\t       其中：公车\n\t0.00",
		want: "T 1:1-5:6\n" +
			" R 1:1-2:6\n" +
			"  C 1:5-1:11 \"1、公务用车\"\n" +
			"  C 2:2-2:6 \"0.00\"\n" +
			" R 4:1-5:6\n" +
			"  C 4:9-4:14 \"其中：公车\"\n" +
			"  C 5:2-5:6 \"0.00\"\n",
	},
	{
		name: "narrow row joined with the next to make the dominant width",
		in:   "\t绩\n效\n\n\t一级\n\t二级\n\n\t产出\n\t数量\n\t20\n\n\t质量\n\t无\n\t0",
		want: "T 1:1-13:3\n" +
			" R 1:1-5:4\n" +
			"  C 1:2-2:2 \"绩\\n效\"\n" +
			"  C 4:2-4:4 \"一级\"\n" +
			"  C 5:2-5:4 \"二级\"\n" +
			" R 7:1-9:4\n" +
			"  C 7:2-7:4 \"产出\"\n" +
			"  C 8:2-8:4 \"数量\"\n" +
			"  C 9:2-9:4 \"20\"\n" +
			" R 11:1-13:3\n" +
			"  C 11:2-11:4 \"质量\"\n" +
			"  C 12:2-12:3 \"无\"\n" +
			"  C 13:2-13:3 \"0\"\n" +
			"W text.table_rows_joined 1:1-5:4\n",
	},
	{
		name: "a narrow row that matches the row after it is a row of its own",
		in: "\ta\n\tb\n\tc\n\td\n\n\te\n\tf\n\n\tg\n\th\n\n\ti\n\tj\n\n" +
			"\t1\n\t2\n\t3\n\t4\n\n\t5\n\t6\n\t7\n\t8\n\n\tz",
		want: "T 1:1-25:3\n" +
			" R 1:1-4:3\n" +
			"  C 1:2-1:3 \"a\"\n" +
			"  C 2:2-2:3 \"b\"\n" +
			"  C 3:2-3:3 \"c\"\n" +
			"  C 4:2-4:3 \"d\"\n" +
			" R 6:1-7:3\n" +
			"  C 6:2-6:3 \"e\"\n" +
			"  C 7:2-7:3 \"f\"\n" +
			" R 9:1-10:3\n" +
			"  C 9:2-9:3 \"g\"\n" +
			"  C 10:2-10:3 \"h\"\n" +
			" R 12:1-13:3\n" +
			"  C 12:2-12:3 \"i\"\n" +
			"  C 13:2-13:3 \"j\"\n" +
			" R 15:1-18:3\n" +
			"  C 15:2-15:3 \"1\"\n" +
			"  C 16:2-16:3 \"2\"\n" +
			"  C 17:2-17:3 \"3\"\n" +
			"  C 18:2-18:3 \"4\"\n" +
			" R 20:1-23:3\n" +
			"  C 20:2-20:3 \"5\"\n" +
			"  C 21:2-21:3 \"6\"\n" +
			"  C 22:2-22:3 \"7\"\n" +
			"  C 23:2-23:3 \"8\"\n" +
			" R 25:1-25:3\n" +
			"  C 25:2-25:3 \"z\"\n",
	},
	{
		name: "a funds row before goal rows is not joined with the first goal row",
		in:   "\ta\n\tb\n\tc\n\td\n\tx\n\n\t1\n\t2\n\t3\n\n\tg\n\th\n\n\ti\n\tj\n\n\tk\n\tl\n\tm\n\tn\n\to",
		want: "T 1:1-21:3\n" +
			" R 1:1-5:3\n" +
			"  C 1:2-1:3 \"a\"\n" +
			"  C 2:2-2:3 \"b\"\n" +
			"  C 3:2-3:3 \"c\"\n" +
			"  C 4:2-4:3 \"d\"\n" +
			"  C 5:2-5:3 \"x\"\n" +
			" R 7:1-9:3\n" +
			"  C 7:2-7:3 \"1\"\n" +
			"  C 8:2-8:3 \"2\"\n" +
			"  C 9:2-9:3 \"3\"\n" +
			" R 11:1-12:3\n" +
			"  C 11:2-11:3 \"g\"\n" +
			"  C 12:2-12:3 \"h\"\n" +
			" R 14:1-15:3\n" +
			"  C 14:2-14:3 \"i\"\n" +
			"  C 15:2-15:3 \"j\"\n" +
			" R 17:1-21:3\n" +
			"  C 17:2-17:3 \"k\"\n" +
			"  C 18:2-18:3 \"l\"\n" +
			"  C 19:2-19:3 \"m\"\n" +
			"  C 20:2-20:3 \"n\"\n" +
			"  C 21:2-21:3 \"o\"\n",
	},
	{
		name: "TAB-separated rows, one line per row, an empty first cell and a trailing empty cell",
		in:   "前文\n编制数\t实有\t控制率\n\t8\t100%\t\n\n后文",
		want: "P 1:1-1:3 \"前文\"\n" +
			"T 2:1-3:9\n" +
			" R 2:1-2:11\n" +
			"  C 2:1-2:4 \"编制数\"\n" +
			"  C 2:5-2:7 \"实有\"\n" +
			"  C 2:8-2:11 \"控制率\"\n" +
			" R 3:1-3:9\n" +
			"  C 3:1-3:1 \"\"\n" +
			"  C 3:2-3:3 \"8\"\n" +
			"  C 3:4-3:8 \"100%\"\n" +
			"  C 3:9-3:9 \"\"\n" +
			"P 5:1-5:3 \"后文\"\n",
	},
	{
		name: "one line with a TAB inside is a paragraph, not a table",
		in:   "标题\t一\n正文",
		want: "P 1:1-1:5 \"标题\\t一\"\n" +
			"P 2:1-2:3 \"正文\"\n",
	},
	{
		name: "a lone TAB line is an indented paragraph",
		in:   "前文\n\t缩进的一行\n\n\n后文",
		want: "P 1:1-1:3 \"前文\"\n" +
			"P 2:2-2:7 \"缩进的一行\"\n" +
			"P 5:1-5:3 \"后文\"\n",
	},
	{
		name: "a lone cell with a continuation line gives one paragraph per line",
		in:   "\t第一行\n第二行\n\n第三行\n\n\n后文",
		want: "P 1:2-1:5 \"第一行\"\n" +
			"P 2:1-2:4 \"第二行\"\n" +
			"P 4:1-4:4 \"第三行\"\n" +
			"P 7:1-7:3 \"后文\"\n",
	},
	{
		name: "two tables separated by only a paragraph",
		in:   "\ta\n\tb\n\n\n中间段落\n\tc\n\td",
		want: "T 1:1-2:3\n" +
			" R 1:1-2:3\n" +
			"  C 1:2-1:3 \"a\"\n" +
			"  C 2:2-2:3 \"b\"\n" +
			"P 5:1-5:5 \"中间段落\"\n" +
			"T 6:1-7:3\n" +
			" R 6:1-7:3\n" +
			"  C 6:2-6:3 \"c\"\n" +
			"  C 7:2-7:3 \"d\"\n",
	},
	{
		name: "rows of only empty cells are kept",
		in:   "\ta\n\tb\n\n\t\n\t\n\n\tc\n\td",
		want: "T 1:1-8:3\n" +
			" R 1:1-2:3\n" +
			"  C 1:2-1:3 \"a\"\n" +
			"  C 2:2-2:3 \"b\"\n" +
			" R 4:1-5:2\n" +
			"  C 4:2-4:2 \"\"\n" +
			"  C 5:2-5:2 \"\"\n" +
			" R 7:1-8:3\n" +
			"  C 7:2-7:3 \"c\"\n" +
			"  C 8:2-8:3 \"d\"\n",
	},
	{
		name: "cell ending in blank paragraphs: two blank lines then a TAB line is a row break",
		in:   "\ta\n\tb\n\n\n\tc\n\td",
		want: "T 1:1-6:3\n" +
			" R 1:1-2:3\n" +
			"  C 1:2-1:3 \"a\"\n" +
			"  C 2:2-2:3 \"b\"\n" +
			" R 5:1-6:3\n" +
			"  C 5:2-5:3 \"c\"\n" +
			"  C 6:2-6:3 \"d\"\n",
	},
	{
		name: "CRLF and lone CR line ends inside a table",
		in:   "标题\r\n\ta\r\n续\r\n\r\n(1)\r\tb\r\n\r\n\tc\r\n\td\r\n",
		want: "P 1:1-1:3 \"标题\"\n" +
			"T 2:1-9:3\n" +
			" R 2:1-6:3\n" +
			"  C 2:2-5:4 \"a\\n续\\n\\n(1)\"\n" +
			"  C 6:2-6:3 \"b\"\n" +
			" R 8:1-9:3\n" +
			"  C 8:2-8:3 \"c\"\n" +
			"  C 9:2-9:3 \"d\"\n",
	},
	{
		name: "bookmark markers removed, an unclosed one kept",
		in:   "\t[bookmark: _GoBack]名称\n\t值[bookmark: x]\n\n\t[bookmark: open\n\tz",
		want: "T 1:1-5:3\n" +
			" R 1:1-2:3\n" +
			"  C 1:2-1:4 \"名称\"\n" +
			"  C 2:2-2:3 \"值\"\n" +
			" R 4:1-5:3\n" +
			"  C 4:2-4:17 \"[bookmark: open\"\n" +
			"  C 5:2-5:3 \"z\"\n",
	},
	{
		name: "full-width digits become ASCII in text and spans",
		in:   "２０２３年\n\t１７９.５２\n\t９",
		want: "P 1:1-1:6 \"2023年\"\n" +
			"T 2:1-3:3\n" +
			" R 2:1-3:3\n" +
			"  C 2:2-2:8 \"179.52\"\n" +
			"  C 3:2-3:3 \"9\"\n",
	},
}

func TestRead(t *testing.T) {
	for _, tc := range readCases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := text.Read([]byte(tc.in), text.Options{})
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if err := d.Verify(); err != nil {
				t.Fatalf("Verify: %v", err)
			}
			if d.Format != "text" || d.Encoding != "utf-8" {
				t.Errorf("Format, Encoding = %q, %q, want text, utf-8", d.Format, d.Encoding)
			}
			if got := shape(d); got != tc.want {
				t.Errorf("Read(%q):\n%s\nwant:\n%s", tc.in, got, tc.want)
			}
		})
	}
}
