package xlsx

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// expected is extract/testdata/realworld/project_targets.json: the projects
// and indicators of three real workbooks, written for the project_targets
// profile, checked here against the cells the reader gives.
type expected struct {
	Workbooks []struct {
		File     string
		Projects []struct {
			Sheet, Code, Name, Unit, Department, Period string
			Funds                                       map[string]*struct{ Raw, Unit, Ref string }
			YearTarget                                  string `json:"year_target"`
			Indicators                                  []struct {
				Row                            int
				Level1, Level2, Level3, Target string
			}
		}
	}
}

// TestExpectedProjectTargets checks that the reader gives, at the form's
// cells, the texts the expected data holds: each project's code, name,
// unit, department, amounts as displayed and year target, and each
// indicator row's 三级指标 and 目标值.
func TestExpectedProjectTargets(t *testing.T) {
	data, err := os.ReadFile("../testdata/realworld/project_targets.json")
	if err != nil {
		t.Fatal(err)
	}
	var want expected
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	realWorkbooks(t)
	for _, wb := range want.Workbooks {
		raw, err := os.ReadFile(filepath.Join("../../../shared/realworld", wb.File))
		if err != nil {
			t.Fatal(err)
		}
		doc := mustRead(t, raw)
		cells := map[string]string{} // sheet!ref → text
		for _, b := range doc.Blocks {
			if b.Table == nil {
				continue
			}
			for _, r := range b.Table.Rows {
				for _, c := range r.Cells {
					cells[c.Loc.Sheet+"!"+c.Loc.Ref] = c.Text
				}
			}
		}
		for _, p := range wb.Projects {
			at := func(ref string) string { return cells[p.Sheet+"!"+ref] }
			for ref, w := range map[string]string{"B2": p.Code, "E2": p.Name, "B3": p.Unit, "E3": p.Department, "B4": p.Period,
				"B6": p.Funds["total"].Raw, "E6": p.Funds["year"].Raw, "B9": p.YearTarget} {
				if at(ref) != w {
					t.Errorf("%s %s!%s = %q, want %q", wb.File, p.Sheet, ref, at(ref), w)
				}
			}
			if len(p.Indicators) < 8 {
				t.Errorf("%s %s: %d indicators", wb.File, p.Sheet, len(p.Indicators))
			}
			for _, ind := range p.Indicators {
				row := itoa(ind.Row)
				if at("C"+row) != ind.Level3 || at("D"+row) != ind.Target {
					t.Errorf("%s %s row %s: %q %q, want %q %q", wb.File, p.Sheet, row, at("C"+row), at("D"+row), ind.Level3, ind.Target)
				}
				if !strings.Contains("产出效益满意度成本", ind.Level1) {
					t.Errorf("%s %s row %s: level 1 %q", wb.File, p.Sheet, row, ind.Level1)
				}
			}
		}
	}
}
