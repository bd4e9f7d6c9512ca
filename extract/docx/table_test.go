package docx

import (
	"reflect"
	"strings"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// tc is a cell with properties and paragraphs.
func tc(props string, paras ...string) string {
	s := `<w:tc><w:tcPr>` + props + `</w:tcPr>`
	for _, x := range paras {
		s += p(x)
	}
	return s + `</w:tc>`
}

// cellShape is what a merge test compares of a cell.
type cellShape struct {
	Text                  string
	Col, RowSpan, ColSpan int
}

func shapes(t *document.Table) [][]cellShape {
	var out [][]cellShape
	for _, r := range t.Rows {
		var row []cellShape
		for _, c := range r.Cells {
			row = append(row, cellShape{c.Text, c.Col, c.RowSpan, c.ColSpan})
		}
		out = append(out, row)
	}
	return out
}

// TestTables checks the text layout and the grid of tables: gridSpan,
// vMerge, gridBefore, deleted rows, nested tables.
func TestTables(t *testing.T) {
	tests := []struct {
		name   string
		body   string
		text   string
		shapes [][]cellShape
	}{
		{"rows, cells, paragraphs, the blank lines after the table",
			p("前") + `<w:tbl><w:tr>` + tc("", "a", "") + tc("", "b") + `</w:tr><w:tr>` + tc("", "c", "d") + tc("") + `</w:tr></w:tbl>` + p("后"),
			"前\n\ta\n\n\tb\n\n\tc\nd\n\t\n\n\n后",
			[][]cellShape{{{"a", 0, 1, 1}, {"b", 1, 1, 1}}, {{"c\nd", 0, 1, 1}, {"", 1, 1, 1}}}},
		{"gridSpan and vMerge",
			`<w:tbl><w:tr>` + tc(`<w:vMerge w:val="restart"/>`, "绩效指标") + tc(`<w:gridSpan w:val="2"/>`, "一级") + `</w:tr>` +
				`<w:tr>` + tc(`<w:vMerge/>`) + tc("", "x") + tc("", "y") + `</w:tr>` +
				`<w:tr>` + tc(`<w:vMerge w:val="continue"/>`) + tc(`<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>`, "z") + `</w:tr>` +
				`<w:tr>` + tc("", "w") + tc(`<w:gridSpan w:val="2"/><w:vMerge/>`) + `</w:tr></w:tbl>`,
			"\t绩效指标\n\t一级\n\n\t\n\tx\n\ty\n\n\t\n\tz\n\n\tw\n\t",
			[][]cellShape{{{"绩效指标", 0, 3, 1}, {"一级", 1, 1, 2}}, {{"x", 1, 1, 1}, {"y", 2, 1, 1}}, {{"z", 1, 2, 2}}, {{"w", 0, 1, 1}}}},
		{"gridBefore shifts the columns; a continuation with nothing above is a cell",
			`<w:tbl><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>` + tc("", "a") + `</w:tr><w:tr>` + tc(`<w:vMerge/>`, "b") + tc("", "c") + `</w:tr></w:tbl>`,
			"\ta\n\n\tb\n\tc",
			[][]cellShape{{{"a", 1, 1, 1}}, {{"b", 0, 1, 1}, {"c", 1, 1, 1}}}},
		{"a deleted row is dropped",
			`<w:tbl><w:tr>` + tc("", "a") + `</w:tr><w:tr><w:trPr><w:del w:id="1"/></w:trPr>` + tc("", "gone") + `</w:tr><w:tr>` + tc("", "b") + `</w:tr></w:tbl>`,
			"\ta\n\n\tb",
			[][]cellShape{{{"a", 0, 1, 1}}, {{"b", 0, 1, 1}}}},
		{"rows and cells inside sdt",
			`<w:tbl><w:sdt><w:sdtContent><w:tr><w:sdt><w:sdtContent>` + tc("", "a") + `</w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt></w:tbl>`,
			"\ta",
			[][]cellShape{{{"a", 0, 1, 1}}}},
		{"two tables in a row",
			`<w:tbl><w:tr>` + tc("", "a") + `</w:tr></w:tbl><w:tbl><w:tr>` + tc("", "b") + `</w:tr></w:tbl>`,
			"\ta\n\n\n\tb",
			[][]cellShape{{{"a", 0, 1, 1}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(docxOf(t, "word/document.xml", docXML(tt.body)), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if err := doc.Verify(); err != nil {
				t.Fatal(err)
			}
			if doc.Text != tt.text {
				t.Errorf("text = %q, want %q", doc.Text, tt.text)
			}
			var tbl *document.Table
			for _, b := range doc.Blocks {
				if b.Kind == document.KindTable {
					tbl = b.Table
					break
				}
			}
			if tbl == nil {
				t.Fatal("no table")
			}
			if got := shapes(tbl); !reflect.DeepEqual(got, tt.shapes) {
				t.Errorf("cells = %v, want %v", got, tt.shapes)
			}
		})
	}
}

// TestNestedTable checks that a table in a cell is flattened into the cell's
// text and kept in Cell.Nested, with locators.
func TestNestedTable(t *testing.T) {
	doc := readFixture(t, "015_nested_table.docx")
	want := "表前\n\t项目\n\t预算\n179.52\n决算\n246.75\n\n\n\t合计\n\t426.27\n\n\n表后"
	if doc.Text != want {
		t.Fatalf("text = %q, want %q", doc.Text, want)
	}
	outer := doc.Blocks[1].Table
	c := outer.Rows[0].Cells[1]
	if c.Text != "预算\n179.52\n决算\n246.75" || len(c.Nested) != 1 {
		t.Fatalf("cell = %q with %d nested tables", c.Text, len(c.Nested))
	}
	if got := shapes(c.Nested[0]); !reflect.DeepEqual(got, [][]cellShape{{{"预算", 0, 1, 1}, {"179.52", 1, 1, 1}}, {{"决算", 0, 1, 1}, {"246.75", 1, 1, 1}}}) {
		t.Errorf("nested = %v", got)
	}
	if *c.Loc != (document.Locator{Part: "word/document.xml", Paragraph: -1, Table: 0, Row: 0, Cell: 1}) {
		t.Errorf("cell locator = %+v", *c.Loc)
	}
	if *c.Nested[0].Rows[1].Cells[1].Loc != (document.Locator{Part: "word/document.xml", Paragraph: -1, Table: 1, Row: 1, Cell: 1}) {
		t.Errorf("nested cell locator = %+v", *c.Nested[0].Rows[1].Cells[1].Loc)
	}
}

// TestSeedMerges checks the real merges of the seed's annex 3 table.
func TestSeedMerges(t *testing.T) {
	for _, name := range []string{"010_seed_word.docx", "011_seed_numbering.docx"} {
		doc := readFixture(t, name)
		var tables []*document.Table
		for _, b := range doc.Blocks {
			if b.Kind == document.KindTable {
				tables = append(tables, b.Table)
			}
		}
		if len(tables) != 2 {
			t.Fatalf("%s: %d tables, want 2", name, len(tables))
		}
		find := func(tbl *document.Table, prefix string) document.Cell {
			for _, r := range tbl.Rows {
				for _, c := range r.Cells {
					if strings.HasPrefix(c.Text, prefix) {
						return c
					}
				}
			}
			t.Fatalf("%s: no cell %q", name, prefix)
			return document.Cell{}
		}
		checks := []struct {
			tbl                   *document.Table
			prefix                string
			col, rowSpan, colSpan int
		}{
			{tables[1], "绩\n效\n指\n标", 0, 13, 1},
			{tables[1], "产出指标", 1, 3, 1},
			{tables[1], "效益指标", 1, 4, 1},
			{tables[1], "成本指标", 1, 4, 1},
			{tables[1], "经济成本指标", 2, 2, 1},
			{tables[1], "年度预\n算申请", 0, 7, 2},
			{tables[1], "总分", 0, 1, 6},
			{tables[1], "区级预算部门", 0, 1, 3},
			{tables[0], "财政供养人员情况", 0, 2, 1},
			{tables[0], "编制数", 1, 1, 2},
		}
		for _, c := range checks {
			got := find(c.tbl, c.prefix)
			if got.Col != c.col || got.RowSpan != c.rowSpan || got.ColSpan != c.colSpan {
				t.Errorf("%s: %q col %d row_span %d col_span %d, want %d %d %d", name, c.prefix, got.Col, got.RowSpan, got.ColSpan, c.col, c.rowSpan, c.colSpan)
			}
		}
	}
}
