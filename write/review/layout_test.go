package review

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/schema"
)

// sp makes the span of the first occurrence of s in text, after from.
func sp(t *testing.T, text, s string, from int) schema.Span {
	t.Helper()
	i := strings.Index(text[from:], s)
	require.GreaterOrEqual(t, i, 0, "%q not in the text", s)
	return schema.Span{Start: from + i, End: from + i + len(s)}
}

// laidOut is a block as the layout test compares it: kind, level, id,
// class, its text, and for a table its cells' texts and merges.
type laidOut struct {
	Kind, ID, Class, Text string
	Level, Head           int
	Cells                 [][]string
}

func layout(t *testing.T, rep *schema.Report, text string) []laidOut {
	t.Helper()
	_, b, err := newPage(rep, text)
	require.NoError(t, err)
	var out []laidOut
	b.document(func(bl *block) {
		l := laidOut{Kind: bl.Kind, ID: bl.ID, Class: bl.Class, Level: bl.Level, Head: bl.Head, Text: text[bl.O:bl.E]}
		if bl.Kind == blockTable {
			l.Text = ""
			for _, row := range bl.Rows {
				var cells []string
				for _, c := range row {
					s := text[c.O:c.E]
					if c.Blocks != nil {
						s = "nested:"
						for _, nb := range c.Blocks {
							s += nb.Kind + "[" + text[nb.O:nb.E] + "]"
						}
					}
					if c.RowSpan > 1 || c.ColSpan > 1 {
						s += "(" + itoa(c.RowSpan) + "x" + itoa(c.ColSpan) + ")"
					}
					cells = append(cells, s)
				}
				l.Cells = append(l.Cells, cells)
			}
		}
		out = append(out, l)
	})
	return out
}

// layoutReport is a small report that has what the layout must handle:
// a cover, an annex line, a run-in heading, a heading whose line ends in
// punctuation, blank lines, a table with merges and a nested table, text in
// a table's span that no cell covers, page markers and furniture.
func layoutReport(t *testing.T) (*schema.Report, string) {
	text := "附件1\n\n封面\n一、概况。\n（一）职能。本单位负责征拆。\n\t甲\n\t乙\n\n\t丙\n多余\n\t丁\n二、 结果\n第 1 页\n"
	tbl := sp(t, text, "\t甲", 0)
	tbl.End = sp(t, text, "丁", 0).End
	nested := schema.Table{Span: sp(t, text, "丁", 0), Rows: [][]schema.Cell{{{Text: "丁", Span: sp(t, text, "丁", 0), RowSpan: 1, ColSpan: 1}}}}
	one, sub, two := sp(t, text, "一、", 0).Start, sp(t, text, "（一）", 0).Start, sp(t, text, "二、", 0).Start
	return &schema.Report{
		Annexes: []schema.Annex{{Marker: "附件1", Ordinal: 1, Span: schema.Span{Start: 0, End: len(text)}}},
		Sections: []schema.Section{
			{Marker: "一、", Level: 1, Title: "概况", Span: schema.Span{Start: one, End: two}, TitleSpan: sp(t, text, "概况", 0),
				Children: []schema.Section{{Marker: "（一）", Level: 2, Title: "职能", Span: schema.Span{Start: sub, End: two}, TitleSpan: sp(t, text, "职能", 0)}}},
			{Marker: "二、", Level: 1, Title: "结果", Span: schema.Span{Start: two, End: len(text)}, TitleSpan: sp(t, text, "结果", 0)},
		},
		Tables: []schema.Table{{Index: 0, Span: tbl, Rows: [][]schema.Cell{
			{{Text: "甲", Span: sp(t, text, "甲", 0), RowSpan: 2, ColSpan: 1}, {Text: "乙", Span: sp(t, text, "乙", 0), RowSpan: 1, ColSpan: 1}},
			{{Text: "丙", Span: sp(t, text, "丙", 0), RowSpan: 1, ColSpan: 1}},
			{{Text: "丁", Span: sp(t, text, "丁", 0), RowSpan: 1, ColSpan: 2, Nested: []schema.Table{nested}}},
		}}},
		Pages: []schema.Page{{Number: 1, Span: schema.Span{Start: 0, End: len(text)}, Furniture: []schema.Span{sp(t, text, "第 1 页", 0)}}},
	}, text
}

// TestLayout lays out layoutReport.
func TestLayout(t *testing.T) {
	rep, text := layoutReport(t)
	want := []laidOut{
		{Kind: "pg", Text: ""},
		{Kind: "h", ID: "a-1", Class: "annex", Level: 1, Text: "附件1"},
		{Kind: "p", Text: "封面"},
		{Kind: "h", ID: "s-1", Level: 1, Text: "一、概况。"},
		{Kind: "p", ID: "s-2", Level: 2, Head: 2, Text: "（一）职能。本单位负责征拆。"},
		{Kind: "t", Cells: [][]string{{"甲(2x1)", "乙"}, {"丙"}, {"nested:t[丁](1x2)"}}},
		{Kind: "p", Class: "stray", Text: "多余"},
		{Kind: "h", ID: "s-3", Level: 1, Text: "二、 结果"},
		{Kind: "p", Class: "furn", Text: "第 1 页"},
	}
	assert.Equal(t, want, layout(t, rep, text))
}

// TestAppendString checks the JSON strings of the document's data: they
// decode to the text, and hold nothing that could end or change a script
// element (no <, > or &, no line break, no U+2028 or U+2029).
func TestAppendString(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", `""`},
		{"plain 中文", `"plain 中文"`},
		{`</script><!--"\`, `"\u003c/script\u003e\u003c!--\"\\"`},
		{"a&b+c'd\x00e\x1f\n\r\t", `"a\u0026b+c'd\u0000e\u001f\n\r\t"`},
		{"\u2028\u2029\u2027\u202a", `"\u2028\u2029` + "\u2027\u202a" + `"`}, // only the two line separators
		{"\xe2\x80", "\"\xe2\x80\""},                                         // a cut character at the end (the text is checked for UTF-8 before)
	} {
		assert.Equal(t, tc.want, string(appendString(nil, tc.in)), "%q", tc.in)
	}
}

// FuzzAppendString holds appendString to encoding/json on any UTF-8 string:
// the same string once decoded, and nothing a script element minds.
func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "<a href='x'>&amp;</a>", "\x00+\"", "征拆\t\n", "\u2028"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		out := appendString(nil, s)
		var got string
		require.NoError(t, json.Unmarshal(out, &got), "%q", out)
		require.Equal(t, s, got)
		if i := bytes.IndexAny(out, "<>&\n\r\u2028\u2029"); i >= 0 {
			t.Fatalf("%q holds %q at %d", out, out[i], i)
		}
	})
}
