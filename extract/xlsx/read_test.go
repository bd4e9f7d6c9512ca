package xlsx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/ooxml/ooxmltest"
)

// cellView is what a test compares of a cell.
type cellView struct {
	Ref              string
	Text             string
	Col              int
	RowSpan, ColSpan int
}

// tableOf returns the cells of the document's tables, row by row, and the
// paragraphs' texts.
func tableOf(doc *document.Document) (paras []string, rows [][]cellView) {
	for _, b := range doc.Blocks {
		if b.Kind == document.KindParagraph {
			paras = append(paras, b.Para.Text)
			continue
		}
		for _, r := range b.Table.Rows {
			var row []cellView
			for _, c := range r.Cells {
				row = append(row, cellView{c.Loc.Sheet + "!" + c.Loc.Ref, c.Text, c.Col, c.RowSpan, c.ColSpan})
			}
			rows = append(rows, row)
		}
	}
	return paras, rows
}

func mustRead(t *testing.T, data []byte) *document.Document {
	t.Helper()
	doc, err := Read(data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Verify(); err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestRead reads small sheets and compares the whole text and every cell.
func TestRead(t *testing.T) {
	tests := []struct {
		name string
		body string
		sst  []string
		text string
		rows [][]cellView
	}{
		{"label and merged value, format 40", sheetData(
			`<row r="1">`+c("A1", "s", 0, "0")+c("B1", "", 1, "13000000")+`<c r="C1" s="1"/></row>`,
			`<row r="2">`+c("A2", "s", 0, "1")+c("B2", "", 2, "0.9215")+c("C2", "", 3, "45000")+`</row>`,
		) + `<mergeCells><mergeCell ref="B1:C1"/></mergeCells>`, []string{"金额（万元）", "执行率"},
			"S\n\t金额（万元）\n\t13,000,000.00\n\n\t执行率\n\t92.2%\n\t2023/3/15",
			[][]cellView{
				{{"S!A1", "金额（万元）", 0, 1, 1}, {"S!B1", "13,000,000.00", 1, 1, 2}},
				{{"S!A2", "执行率", 0, 1, 1}, {"S!B2", "92.2%", 1, 1, 1}, {"S!C2", "2023/3/15", 2, 1, 1}},
			}},
		{"vertical merge, covered row, empty cell kept", sheetData(
			`<row r="2">`+c("B2", "s", 0, "0")+c("C2", "s", 0, "1")+`</row>`,
			`<row r="3">`+c("B3", "s", 0, "0")+`</row>`,
			`<row r="4">`+c("C4", "s", 0, "2")+`</row>`,
		) + `<mergeCells><mergeCell ref="B2:B4"/></mergeCells>`, []string{"产出", "数量", "质量"},
			"S\n\t产出\n\t数量\n\n\t\n\n\t质量",
			[][]cellView{
				{{"S!B2", "产出", 0, 3, 1}, {"S!C2", "数量", 1, 1, 1}},
				{{"S!C3", "", 1, 1, 1}},
				{{"S!C4", "质量", 1, 1, 1}},
			}},
		{"multi-line cell, inline string, booleans, errors, cells without r", sheetData(
			`<row r="1"><c t="inlineStr"><is><t>第一行&#13;&#10;第二行</t></is></c><c t="b"><v>0</v></c><c t="e"><v>#N/A</v></c></row>`,
		), nil,
			"S\n\t第一行\n第二行\n\tFALSE\n\t#N/A",
			[][]cellView{{{"S!A1", "第一行\n第二行", 0, 1, 1}, {"S!B1", "FALSE", 1, 1, 1}, {"S!C1", "#N/A", 2, 1, 1}}}},
		{"hidden row and column left out, merge spans the visible part", `<cols><col min="2" max="2" hidden="1"/></cols>` + sheetData(
			`<row r="1">`+c("A1", "s", 0, "0")+c("B1", "s", 0, "1")+c("C1", "s", 0, "2")+`</row>`,
			`<row r="2" hidden="1">`+c("A2", "s", 0, "1")+`</row>`,
			`<row r="3">`+c("A3", "s", 0, "2")+`</row>`,
		) + `<mergeCells><mergeCell ref="A1:A3"/></mergeCells>`, []string{"甲", "乙", "丙"},
			"S\n\t甲\n\t丙\n\n\t",
			[][]cellView{{{"S!A1", "甲", 0, 2, 1}, {"S!C1", "丙", 1, 1, 1}}, {{"S!C3", "", 1, 1, 1}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustRead(t, book(t, tt.body, tt.sst))
			if doc.Text != tt.text {
				t.Errorf("text\n%q\nwant\n%q", doc.Text, tt.text)
			}
			paras, rows := tableOf(doc)
			if len(paras) != 1 || paras[0] != "S" {
				t.Errorf("paragraphs %q, want the sheet's name", paras)
			}
			if got, want := fmtRows(rows), fmtRows(tt.rows); got != want {
				t.Errorf("cells\n%s\nwant\n%s", fmtRows(rows), fmtRows(tt.rows))
			}
		})
	}
}

func fmtRows(rows [][]cellView) string {
	var b strings.Builder
	for _, r := range rows {
		for _, c := range r {
			b.WriteString(c.Ref + " " + c.Text + " col " + itoa(c.Col) + " span " + itoa(c.RowSpan) + "x" + itoa(c.ColSpan) + "; ")
		}
		b.WriteString("\n")
	}
	return b.String()
}

func itoa(n int) string { return string(appendInt(nil, n)) }

// TestFixture reads corpus/040_xlsx_project_targets.xlsx: the hidden sheet,
// row and column are left out and said so, covered text that differs from
// its anchor is warned of, the unused template strings never show.
func TestFixture(t *testing.T) {
	data, err := os.ReadFile("../../corpus/040_xlsx_project_targets.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	doc := mustRead(t, data)
	paras, rows := tableOf(doc)
	if want := []string{"1.社区工作站管理经费（示例社区）", "3.空表", "4.第二个项目"}; strings.Join(paras, "|") != strings.Join(want, "|") {
		t.Errorf("titles %q, want %q", paras, want)
	}
	var codes []string
	for _, w := range doc.Warnings {
		codes = append(codes, w.Code)
	}
	if got, want := strings.Join(codes, " "), "xlsx.covered_text xlsx.hidden_rows xlsx.hidden_columns xlsx.hidden_sheet"; got != want {
		t.Errorf("warnings %s, want %s", got, want)
	}
	for _, bad := range []string{"{{", "隐藏", "マン"} {
		if strings.Contains(doc.Text, bad) {
			t.Errorf("text holds %q", bad)
		}
	}
	want := map[string]cellView{
		"B2":  {"", "440306231391500000999", 1, 1, 2},
		"B4":  {"", "9,000.00", 1, 1, 2},
		"B5":  {"", "通过日常服务居民，使得居民问题\n得到及时解决。", 1, 1, 4},
		"A8":  {"", "产出", 0, 3, 1},
		"C11": {"", "不适用", 2, 1, 2},
		"A12": {"", "满意度", 0, 1, 1},
		"A13": {"", "TRUE", 0, 1, 1},
		"B13": {"", "#DIV/0!", 1, 1, 1},
		"C13": {"", "18,000.00", 2, 1, 1},
		"E13": {"", "2023/3/15", 4, 1, 1},
		"A14": {"", "2023年1月1日", 0, 1, 1},
		"C14": {"", "123项", 2, 1, 1},
		"D14": {"", "179.52万元", 3, 1, 1},
		"E14": {"", "0.3", 4, 1, 1},
		"A16": {"", "备注：金额单位为万元。", 0, 1, 5},
	}
	found := 0
	for _, r := range rows {
		for _, c := range r {
			ref := strings.TrimPrefix(c.Ref, "1.社区工作站管理经费（示例社区）!")
			if w, ok := want[ref]; ok && ref != c.Ref {
				found++
				w.Ref = c.Ref
				if c != w {
					t.Errorf("%s = %+v, want %+v", ref, c, w)
				}
			}
		}
	}
	if found != len(want) {
		t.Errorf("found %d of the %d cells checked", found, len(want))
	}
}

// TestConcurrentReadsShareNoBuffer reads the corpus's workbooks, and two
// real ones when ../shared is there, from several goroutines at once:
// parts are inflated into pooled buffers, which a Document must not keep a
// slice of.
func TestConcurrentReadsShareNoBuffer(t *testing.T) {
	files, _ := filepath.Glob("../../corpus/04*.xlsx")
	real, _ := filepath.Glob("../../../shared/realworld/xlsx/*.xlsx")
	files = append(files, real[:min(2, len(real))]...)
	ooxmltest.SameConcurrently(t, files, func(data []byte) (*document.Document, error) { return Read(data, Options{}) })
}
