package xlsx

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// realWorkbooks returns the paths of the real workbooks of
// ../shared/realworld/xlsx, or skips when there is no shared folder (a
// user's clone has none).
func realWorkbooks(t testing.TB) []string {
	paths, _ := filepath.Glob("../../../shared/realworld/xlsx/*.xlsx")
	if len(paths) == 0 {
		t.Skip("no ../shared/realworld/xlsx: the real workbooks are only on the project's machines")
	}
	return paths
}

var amount = regexp.MustCompile(`^[0-9]{1,3}(,[0-9]{3})*\.[0-9]{2}$`)

// TestRealWorkbooks reads the ten real 二级项目支出绩效目标申报表 workbooks:
// every sheet gives its name as a paragraph and a table of its form, with
// merges on the anchors, the amounts as displayed, every cell located, and
// none of the template strings that no cell uses.
func TestRealWorkbooks(t *testing.T) {
	for _, path := range realWorkbooks(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			doc := mustRead(t, data)
			if strings.Contains(doc.Text, "{{") {
				t.Error("a template string no cell uses is in the text")
			}
			if len(doc.Warnings) != 0 {
				t.Errorf("warnings: %v", doc.Warnings)
			}
			sheets := 0
			for i, b := range doc.Blocks {
				if b.Kind != document.KindParagraph {
					continue
				}
				sheets++
				if i+1 >= len(doc.Blocks) || doc.Blocks[i+1].Kind != document.KindTable {
					t.Fatalf("sheet %q has no table", b.Para.Text)
				}
				checkForm(t, b.Para.Loc.Sheet, doc.Blocks[i+1].Table)
			}
			if sheets < 15 {
				t.Errorf("%d sheets, want 15 or 20", sheets)
			}
		})
	}
}

// checkForm checks one project sheet's table.
func checkForm(t *testing.T, sheet string, tb *document.Table) {
	t.Helper()
	cells := map[string]document.Cell{}
	merged := 0
	for _, r := range tb.Rows {
		for _, c := range r.Cells {
			if c.Loc == nil || c.Loc.Sheet != sheet || c.Loc.Ref == "" {
				t.Fatalf("cell %q without its locator: %+v", c.Text, c.Loc)
			}
			cells[c.Loc.Ref] = c
			if c.RowSpan > 1 || c.ColSpan > 1 {
				merged++
			}
		}
	}
	want := map[string]string{"A1": "二级项目支出绩效目标申报表", "A2": "项目编码：", "D2": "项目名称：", "A11": "一级指标", "D11": "目标值"}
	for ref, text := range want {
		if cells[ref].Text != text {
			t.Errorf("%s!%s = %q, want %q", sheet, ref, cells[ref].Text, text)
		}
	}
	if cells["A1"].ColSpan != 5 || cells["B2"].ColSpan != 2 || merged < 10 {
		t.Errorf("%s: A1 spans %d columns, B2 %d, %d merged cells", sheet, cells["A1"].ColSpan, cells["B2"].ColSpan, merged)
	}
	for _, ref := range []string{"B6", "E6"} {
		if !amount.MatchString(cells[ref].Text) {
			t.Errorf("%s!%s = %q, not an amount as displayed", sheet, ref, cells[ref].Text)
		}
	}
}
