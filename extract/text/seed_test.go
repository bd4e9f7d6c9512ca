package text_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/text"
)

// TestSeed checks the seed report end to end. The seed holds two tables, not
// three: annex 2's basic-data table and annex 3's self-evaluation table (in
// the DOCX too, annex 3 is one table).
func TestSeed(t *testing.T) {
	d, err := text.Read(readSeed(t), text.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Verify(); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(d.Text, "[bookmark") {
		t.Error("canonical text still holds a [bookmark marker")
	}
	tabs := tables(d)
	if len(tabs) != 2 {
		t.Fatalf("got %d tables, want 2", len(tabs))
	}
	// Row widths of both tables, top to bottom: the whole shape of the grid.
	wantWidths := [][]int{
		append(repeat(4, 20), 7, 7, 2),
		append(append([]int{2, 8, 8}, repeat(3, 7)...), append(repeat(9, 13), 4)...),
	}
	for i, tab := range tabs {
		var got []int
		for _, r := range tab.Rows {
			got = append(got, len(r.Cells))
		}
		if !reflect.DeepEqual(got, wantWidths[i]) {
			t.Errorf("table %d row widths = %v, want %v", i, got, wantWidths[i])
		}
	}
	annex3 := cells(tabs[1])
	header := []string{"绩\n效\n指\n标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"}
	if !reflect.DeepEqual(annex3[10], header) {
		t.Errorf("annex 3 header row = %q, want %q", annex3[10], header)
	}
	wantRows := map[int][]string{
		0:  {"区级预算部门（单位）名称", "芦淞区征地工作协调服务中心"},
		1:  {"年度预\n算申请\n（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"},
		14: {"", "效益指标\n\n（20分）", "经济效\n益指标", "无", "无", "无", "0", "0", ""},
		23: {"总分", "100", "94", ""},
	}
	for i, want := range wantRows {
		if !reflect.DeepEqual(annex3[i], want) {
			t.Errorf("annex 3 row %d = %q, want %q", i, annex3[i], want)
		}
	}
	if got := annex3[11][1]; got != "产出指标\n\n(40分)" {
		t.Errorf("annex 3 row 11 cell 1 = %q, want the 产出指标 cell", got)
	}
	wantWarn := []document.Warning{{Code: "text.table_rows_joined", Span: tabs[1].Rows[10].Span}}
	var gotWarn []document.Warning
	for _, w := range d.Warnings {
		gotWarn = append(gotWarn, document.Warning{Code: w.Code, Span: w.Span})
	}
	if !reflect.DeepEqual(gotWarn, wantWarn) {
		t.Errorf("warnings = %+v, want %+v", gotWarn, wantWarn)
	}
	if s := tabs[1].Rows[10].Span; s.Line != 260 {
		t.Errorf("joined header row starts on line %d, want 260", s.Line)
	}
}

// repeat returns n copies of w.
func repeat(w, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = w
	}
	return out
}
