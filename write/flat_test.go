package write

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/jixiao-dev/jixiao/schema"
)

// sp makes a span.
func sp(start, end, line int) schema.Span { return schema.Span{Start: start, End: end, Line: line} }

// amount makes an amount value.
func amount(raw, yuan string, s schema.Span) *schema.Value {
	return &schema.Value{Kind: "amount", Raw: raw, Number: schema.Decimal(raw), Unit: "元", Yuan: schema.Decimal(yuan), Span: s}
}

// smallReport is a report with one of everything the flat tables read.
func smallReport() *schema.Report {
	return &schema.Report{
		SchemaVersion: "1",
		Source:        schema.Source{Path: "a.txt", Format: "text", Encoding: "utf-8", SHA256: "h", Bytes: 100},
		Kind:          "department_overall", Title: "T", Unit: "U", FiscalYear: 2023,
		Sections: []schema.Section{
			{Marker: "一、", Ordinal: 1, Level: 1, Title: "A", Span: sp(0, 10, 1)},
			{Marker: "二、", Ordinal: 2, Level: 1, Title: "B", Span: sp(10, 50, 2), Children: []schema.Section{
				{Marker: "（一）", Ordinal: 1, Level: 2, Title: "C", Text: "body", Span: sp(20, 30, 3)},
			}},
		},
		Tables: []schema.Table{{Index: 0, Annex: 2, Span: sp(60, 90, 6), Rows: [][]schema.Cell{
			{{Text: "x", RowSpan: 1, ColSpan: 1, Span: sp(60, 61, 6)}, {Text: "5元", RowSpan: 1, ColSpan: 1, Span: sp(70, 74, 7)}},
		}}},
		Values: []schema.Value{
			*amount("3", "3", sp(22, 26, 3)),
			{Kind: "percent", Raw: "约9%", Number: "9", Unit: "%", Op: ">=", Approx: true, Span: sp(70, 74, 7)},
			{Kind: "date", Raw: "2023年", ISO: "2023", Span: sp(95, 102, 9)},
		},
		Facts: &schema.Facts{
			BasicData: &schema.BasicData{
				ExpenseColumns: []string{"预算", "决算"},
				ExpenseControl: []schema.ExpenseRow{{Label: "三公经费", Span: sp(60, 62, 6),
					Values: map[string]*schema.Value{"预算": amount("1", "1", sp(61, 62, 6)), "决算": nil},
					Children: []schema.ExpenseRow{{Label: "公务接待", Span: sp(62, 64, 6),
						Texts: map[string]schema.Text{"备注": {Text: "无", Span: sp(63, 64, 6)}}}},
				}},
			},
			SelfEvaluation: &schema.SelfEvaluation{
				Funds: &schema.Funds{
					FullYearBudget: amount("2677800", "2677800", sp(80, 87, 8)),
					Executed:       amount("2467500", "2467500", sp(88, 95, 8)),
					Weight:         "10", Score: "9",
					ExecutionRate: &schema.Value{Kind: "percent", Raw: "92.15%", Number: "92.15", Unit: "%"},
					ByIncome:      []schema.Amount{{Label: "其他资金", Span: sp(96, 98, 9)}},
				},
				Indicators: []schema.Indicator{{
					Span: sp(100, 110, 10), Level1: "产出指标", Level1Weight: "40", Level2: "数量指标", Name: "面积",
					Target: &schema.Measure{Raw: "≥80%", Values: []schema.Value{{Kind: "percent", Number: "80", Unit: "%", Op: ">="}}},
					Actual: &schema.Measure{Raw: "确保"}, Weight: "20", Score: "15",
					DeviationReason: &schema.Text{Text: "资金不足"},
				}},
				TotalWeight: "100", TotalScore: "94",
			},
		},
		Checks:   []schema.Check{{Rule: "r", Status: "fail", Message: "m", Expected: "1", Actual: "2", Tolerance: "0", Unit: "元", Spans: []schema.Span{sp(1, 2, 1)}}},
		Warnings: []schema.Warning{{Code: "c", Message: "w", Span: sp(3, 4, 1)}},
	}
}

// TestFlatten compares the flat tables of a small report whole.
func TestFlatten(t *testing.T) {
	got := map[string][][]string{}
	id := RecordID(smallReport().Source)
	for _, ft := range Flatten(smallReport()) {
		got[ft.Name] = ft.Rows
	}
	want := map[string][][]string{
		"reports": {{id, "a.txt", "text", "utf-8", "100", "1", "department_overall", "T", "U", "2023", "100", "94", "3", "1", "3", "1", "1", "1", "1", "h"}},
		"sections": {
			{id, "1", "1", "1", "一、", "A", "", "0", "10", "1"},
			{id, "2", "1", "2", "二、", "B", "", "10", "50", "2"},
			{id, "2.1", "2", "1", "（一）", "C", "body", "20", "30", "3"},
		},
		"values": {
			{id, "0", "amount", "3", "3", "元", "", "", "3", "", "", "", "", "", "", "", "", "0", "2.1", "", "", "", "22", "26", "3"},
			{id, "1", "percent", "约9%", "9", "%", "", "", "", "", "", "", "", "", "", "", ">=", "1", "", "0", "0", "1", "70", "74", "7"},
			{id, "2", "date", "2023年", "", "", "", "", "", "", "", "2023", "", "", "", "", "", "0", "", "", "", "", "95", "102", "9"},
		},
		"funds": {
			{id, "0", "", "total", "", "", "2677800", "2467500", "", "10", "92.15", "9", "80", "87", "8"},
			{id, "0", "", "income", "其他资金", "", "", "", "", "", "", "", "96", "98", "9"},
		},
		"indicators": {{id, "0", "", "0", "产出指标", "40", "数量指标", "面积", "", "",
			"≥80%", "percent", "80", "%", ">=", "确保", "", "", "", "", "20", "15", "资金不足", "100", "110", "10"}},
		"expense_control": {
			{id, "expense_control", "0", "0", "三公经费", "三公经费", "预算", "amount", "1", "1", "1", "元", "", "61", "62", "6"},
			{id, "expense_control", "0", "0", "三公经费", "三公经费", "决算", "", "", "", "", "", "", "60", "62", "6"},
			{id, "expense_control", "1", "1", "三公经费/公务接待", "公务接待", "备注", "", "", "", "", "", "无", "63", "64", "6"},
		},
		"checks":   {{id, "0", "r", "fail", "m", "1", "2", "0", "元", "1", "1", "2", "1"}},
		"warnings": {{id, "0", "c", "w", "3", "4", "1"}},
		"errors":   nil,
	}
	if !reflect.DeepEqual(got, want) {
		for name := range want {
			if !reflect.DeepEqual(got[name], want[name]) {
				t.Errorf("%s:\n got %q\nwant %q", name, got[name], want[name])
			}
		}
	}
}

// TestFlattenError compares the tables of a failed file whole.
func TestFlattenError(t *testing.T) {
	tests := []struct {
		name string
		in   FileError
		want []string
	}{
		{"read with position", FileError{Source: schema.Source{Path: "b.docx", Format: "docx", SHA256: "s", Bytes: 7},
			Code: "xml", Message: "b.docx:3:4: bad", Line: 3, Column: 4},
			[]string{RecordID(schema.Source{Path: "b.docx", SHA256: "s"}), "b.docx", "docx", "7", "xml", "b.docx:3:4: bad", "3", "4", "s"}},
		{"unreadable", FileError{Source: schema.Source{Path: "gone"}, Code: "read", Message: "gone: no such file"},
			[]string{RecordID(schema.Source{Path: "gone"}), "gone", "", "0", "read", "gone: no such file", "", "", ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, ft := range FlattenError(tc.in) {
				var want [][]string
				if ft.Name == "errors" {
					want = [][]string{tc.want}
				}
				if !reflect.DeepEqual(ft.Rows, want) {
					t.Errorf("%s: got %q, want %q", ft.Name, ft.Rows, want)
				}
			}
		})
	}
}

// TestFlattenSkip compares the tables of a skipped file whole.
func TestFlattenSkip(t *testing.T) {
	in := FileSkip{Source: schema.Source{Path: "a/b.pdf", Format: "pdf", SHA256: "s", Bytes: 9}, Code: "unsupported_format", Format: "pdf", Reason: "PDF is not read yet"}
	for _, ft := range FlattenSkip(in) {
		var want [][]string
		if ft.Name == "skipped" {
			want = [][]string{{RecordID(schema.Source{Path: "a/b.pdf", SHA256: "s"}), "a/b.pdf", "pdf", "9", "PDF is not read yet", "s", "unsupported_format"}}
		}
		if !reflect.DeepEqual(ft.Rows, want) {
			t.Errorf("%s: got %q, want %q", ft.Name, ft.Rows, want)
		}
	}
}

// TestRecordID checks that the record's key tells apart byte-identical
// inputs under different paths, and is that of the same file in every run.
func TestRecordID(t *testing.T) {
	a := schema.Source{Path: "unit-a/form.txt", SHA256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}
	b := a
	b.Path = "unit-b/form.txt"
	if RecordID(a) == RecordID(b) {
		t.Errorf("two paths, one id %s", RecordID(a))
	}
	if got := RecordID(a); len(got) != 32 || strings.Trim(got, "0123456789abcdef") != "" {
		t.Errorf("RecordID = %q, want 32 hex digits", got)
	}
	if RecordID(a) != RecordID(schema.Source{Path: a.Path, SHA256: a.SHA256, Bytes: 99, Format: "text"}) {
		t.Errorf("the id depends on more than path and sha256")
	}
	if RecordID(schema.Source{Path: "ab", SHA256: ""}) == RecordID(schema.Source{Path: "b", SHA256: "a"}) {
		t.Errorf("path and sha256 are not kept apart")
	}
}

// TestFlatTablesColumns checks the table definitions: fixed names in
// order, report_id first, unique column names.
func TestFlatTablesColumns(t *testing.T) {
	var names []string
	for _, ft := range FlatTables() {
		names = append(names, ft.Name)
		if ft.Columns[0].Name != "report_id" {
			t.Errorf("%s: first column %s", ft.Name, ft.Columns[0].Name)
		}
		seen := map[string]bool{}
		for _, c := range ft.Columns {
			if seen[c.Name] || c.Doc == "" {
				t.Errorf("%s.%s: duplicate or undocumented", ft.Name, c.Name)
			}
			seen[c.Name] = true
		}
	}
	want := []string{"reports", "sections", "values", "funds", "indicators", "expense_control", "checks", "warnings", "errors", "skipped"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("tables %q, want %q", names, want)
	}
}

// TestFlattenGoldens flattens every golden report and checks the
// invariants: rows as long as the columns, one values row per value, and
// every located value inside the cell it names.
func TestFlattenGoldens(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "golden", "*.json"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var r schema.Report
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		tables := Flatten(&r)
		checkRowLengths(t, p, tables)
		vals := tables[tabValues].Rows
		if len(vals) != len(r.Values) {
			t.Errorf("%s: %d values rows for %d values", p, len(vals), len(r.Values))
		}
		for i, row := range vals {
			checkCell(t, p, &r, r.Values[i], row)
		}
	}
}

// checkRowLengths checks that every row has one field per column.
func checkRowLengths(t *testing.T, name string, tables []FlatTable) {
	t.Helper()
	for _, ft := range tables {
		for i, row := range ft.Rows {
			if len(row) != len(ft.Columns) {
				t.Errorf("%s: %s row %d has %d fields, want %d", name, ft.Name, i, len(row), len(ft.Columns))
			}
		}
	}
}

// checkCell checks that a value placed in a table cell lies in that cell.
func checkCell(t *testing.T, name string, r *schema.Report, v schema.Value, row []string) {
	t.Helper()
	ti, err := strconv.Atoi(row[19])
	if err != nil {
		return // not in a table
	}
	ri, _ := strconv.Atoi(row[20])
	ci, _ := strconv.Atoi(row[21])
	for _, tab := range r.Tables {
		if tab.Index == ti {
			c := tab.Rows[ri][ci]
			if v.Span.Start < c.Span.Start || v.Span.End > c.Span.End {
				t.Errorf("%s: value %q at %v is not in cell %v", name, v.Raw, v.Span, c.Span)
			}
			return
		}
	}
	t.Errorf("%s: value %q names table %d, which does not exist", name, v.Raw, ti)
}

// FuzzFlatten flattens arbitrary reports: no panic, and every row has one
// field per column.
func FuzzFlatten(f *testing.F) {
	if b, err := json.Marshal(smallReport()); err == nil {
		f.Add(b)
	}
	if b, err := os.ReadFile(filepath.Join("..", "golden", "000_0a15cb66ce3c31e1.txt.json")); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var r schema.Report
		if json.Unmarshal(b, &r) != nil {
			return
		}
		checkRowLengths(t, "fuzz", Flatten(&r))
	})
}
