package review

import (
	"bufio"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/schema"
)

// docData writes the document's data of rep: its lines and its meta. A
// part starts at every level-1 heading or annex when minBlocks is 0.
func docData(t *testing.T, rep *schema.Report, text string, minBlocks int) ([]string, docMeta) {
	t.Helper()
	_, b, err := newPage(rep, text)
	require.NoError(t, err)
	var sb strings.Builder
	w := bufio.NewWriter(&sb)
	d := newDocWriter(w, b)
	d.minBlocks = minBlocks
	b.document(d.block)
	d.close()
	require.NoError(t, w.Flush())
	return strings.SplitAfter(sb.String(), "\n"), d.meta
}

// TestDocData writes the data of layoutReport, with two values (one under
// a warning) and a failed check that names one of them and a span across
// two parts.
func TestDocData(t *testing.T) {
	rep, text := layoutReport(t)
	jia, bing := sp(t, text, "甲", 0), sp(t, text, "负责", 0)
	rep.Values = []schema.Value{{Kind: "amount", Span: jia}, {Kind: "rank", Span: bing}}
	rep.Warnings = []schema.Warning{{Code: "w", Span: bing}}
	rep.Checks = []schema.Check{{Rule: "r", Status: "fail", Spans: []schema.Span{jia, {Start: sp(t, text, "征拆", 0).Start, End: sp(t, text, "二、", 0).End}}}}
	lines, meta := docData(t, rep, text, 0)
	assert.Equal(t, []string{
		// The page marker goes with the annex heading after it.
		`["附件1\n\n封面\n",[[4,1],[1,0,7,1,-1],[0,2,6]],[],[]]` + "\n",
		// A level-1 heading starts a part; the run-in heading "（一）职能" leads
		// its paragraph; the table's merges, its nested table and the text
		// its cells miss ("多余", class 2); the two values, the second of a
		// kind the page does not style (7) under a warning (7*2+1); the
		// failed check's spans, the second cut at the part's end.
		`["一、概况。\n（一）职能。本单位负责征拆。\n\t甲\n\t乙\n\n\t丙\n多余\n\t丁\n",` +
			`[[1,0,15,1,1],[2,1,15,27,2,2],[3,0,[[[2,3,2,1],[2,3]],[[3,3]],[[9,3,1,2,"",[[3,-1,[[[0,3]]]]]]]]],[0,-11,6,2]],` +
			`[43,6,1,15,11,3,-1,0],[49,38,11,3]]` + "\n",
		// The failed span's rest; the furniture (class 1).
		`["二、 结果\n第 1 页\n",[[1,0,13,1,3],[0,1,9,1]],[],[0,6]]` + "\n",
		"",
	}, lines)
	assert.Equal(t, docMeta{Parts: []int{0, 120, 16, 218, 103, 76}, Sections: []int{1, 1, 2}, Annexes: []int{0}, Tables: []int{0, 1}}, meta)
}

// TestDocDataParts checks where parts end: after partBlocks blocks, but
// never before the text a table's cells miss, which lies in the table's
// span; at a level-1 heading only after minPartBlocks; a text without
// blocks has no part.
func TestDocDataParts(t *testing.T) {
	text := strings.Repeat("行\n", partBlocks-1) + "\t甲\n多余\n\t乙\n末行\n"
	tbl := sp(t, text, "\t甲", 0)
	tbl.End = sp(t, text, "乙", 0).End
	rep := &schema.Report{Tables: []schema.Table{{Index: 0, Span: tbl, Rows: [][]schema.Cell{
		{{Span: sp(t, text, "甲", 0), RowSpan: 1, ColSpan: 1}},
		{{Span: sp(t, text, "乙", 0), RowSpan: 1, ColSpan: 1}},
	}}}}
	lines, meta := docData(t, rep, text, minPartBlocks)
	require.Len(t, lines, 3)
	assert.Equal(t, []int{0, (partBlocks-1)*32 + 20 + 2*rowHeight + 32, len(text) - len("末行\n"), 32}, meta.Parts)
	assert.True(t, strings.HasSuffix(lines[0], `[3,0,[[[2,3]],[[9,3]]]],[0,-11,6,2]],[],[]]`+"\n"), lines[0][len(lines[0])-80:])
	assert.Equal(t, `["末行\n",[[0,0,6]],[],[]]`+"\n", lines[1])

	rep, text = layoutReport(t)
	lines, meta = docData(t, rep, text, minPartBlocks)
	assert.Len(t, lines, 2, "headings start no part before minPartBlocks blocks")
	assert.Equal(t, docMeta{Parts: []int{0, 120 + 218 + 76}, Sections: []int{0, 0, 0}, Annexes: []int{0}, Tables: []int{0, 0}}, meta)

	lines, meta = docData(t, &schema.Report{}, "\n\n", minPartBlocks)
	assert.Equal(t, []string{""}, lines, "no block, no part")
	assert.Equal(t, []int{}, meta.Parts)
}
