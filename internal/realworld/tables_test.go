package realworld

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/schema"
)

const threePublic = "# a comment\n" +
	"合计\t因公出国(境)费\t公务用车购置及运行费\t<\t<\n" +
	"^\t^\t小计\t购置费\t运行费\n" +
	"1.00\t\t1.00\t\t1.00\n"

func TestParseGrid(t *testing.T) {
	g, err := ParseGrid("g.tsv", strings.NewReader(threePublic))
	require.NoError(t, err)
	assert.Equal(t, &Grid{Rows: 3, Cols: 5, Cells: []GridCell{
		{0, 0, 2, 1, "合计"}, {0, 1, 2, 1, "因公出国(境)费"}, {0, 2, 1, 3, "公务用车购置及运行费"},
		{1, 2, 1, 1, "小计"}, {1, 3, 1, 1, "购置费"}, {1, 4, 1, 1, "运行费"},
		{2, 0, 1, 1, "1.00"}, {2, 1, 1, 1, ""}, {2, 2, 1, 1, "1.00"}, {2, 3, 1, 1, ""}, {2, 4, 1, 1, "1.00"},
	}}, g)
}

func TestParseGridErrors(t *testing.T) {
	tests := []struct{ name, in, msg string }{
		{"ragged", "a\tb\nc\n", "g.tsv:2: 1 cells, the grid has 2"},
		{"left at the edge", "<\ta\n", "row 1 col 1: \"<\" with nothing to its left"},
		{"above in row one", "a\t^\n", "row 1 col 2: \"^\" in the first row"},
		{"not a rectangle", "a\t<\n^\tb\n", "the merge anchored at row 1 col 1 is not a rectangle"},
		{"empty", "# only a comment\n", "g.tsv: no rows"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseGrid("g.tsv", strings.NewReader(tt.in))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.msg)
		})
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"96,282,213.44", "2407055336/25", true},
		{"0.00", "0", true},
		{"0", "0", true},
		{"-3.5", "-7/2", true},
		{" 2,940.05 ", "58801/20", true},
		{"2023-01-01", "", false},
		{"≥13459.00(平方米)", "", false},
		{".5", "", false},
		{"1.2.3", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := ParseNumber(tt.in)
		assert.Equal(t, tt.ok, ok, "%q", tt.in)
		assert.Equal(t, tt.want, got, "%q", tt.in)
	}
}

func cell(text string, start int) schema.Cell {
	return schema.Cell{Text: text, RowSpan: 1, ColSpan: 1, Span: schema.Span{Start: start, End: start + len(text)}}
}

func TestScoreAmountsAndCells(t *testing.T) {
	g, err := ParseGrid("g.tsv", strings.NewReader(threePublic))
	require.NoError(t, err)
	spec := &TableSpec{Pages: PageSet{{2, 2}}, Unit: "万元", HeaderRows: 2, AmountCols: []int{1, 2, 3, 4, 5}, Grid: g}
	text := "page one 1.00\fpage two"
	r := &schema.Report{
		Values: []schema.Value{
			{Kind: "amount", Number: "1.00", Unit: "万元", Span: schema.Span{Start: 9, End: 13}}, // page 1: not the table's
			{Kind: "amount", Number: "1", Unit: "万元", Span: schema.Span{Start: 15, End: 16}},   // typed
			{Kind: "amount", Number: "1.00", Unit: "元", Span: schema.Span{Start: 16, End: 17}}, // wrong unit
			{Kind: "count", Number: "1.00", Span: schema.Span{Start: 17, End: 18}},             // seen only
		},
		Tables: []schema.Table{
			{Rows: [][]schema.Cell{{cell("其他", 0)}}},
			{Rows: [][]schema.Cell{
				{cell("单位：万元", 0)},
				{{Text: "合计", RowSpan: 2, ColSpan: 1}, {Text: "因公出国(境)费", RowSpan: 2, ColSpan: 1}, {Text: "公务用车购置及运行费", RowSpan: 1, ColSpan: 3}},
				{cell("小计", 0), cell("购置费", 0), cell("运行费", 0)},
				{cell("1.00", 0), cell("", 0), cell("1.00", 0), cell("", 0), cell("9.99", 0)},
			}},
		},
	}
	pg := NewPager(r, text, "\f")
	a := ScoreAmounts(spec, r, pg)
	assert.Equal(t, AmountScore{Figures: 3, Typed: 1, WrongUnit: 1, Seen: 3}, a)
	c := ScoreCells(spec, r)
	assert.Equal(t, CellScore{Cells: 9, Placed: 8, Spans: 8, Table: 1, Offsets: [2]int{1, 0}}, c)
	assert.Equal(t, "cells 8/9 (89%) in table 1 at offset 1,0, spans right 8", c.String())
}
