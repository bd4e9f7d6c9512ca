package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/internal/realworld"
)

const layouts = "testdata/layouts"

// Floors of the layout texts: what the pipeline reaches today over all of
// them (micro-averaged), measured when they were written.
const (
	floorLayoutsF1    = 0.46 // 0.466 when written
	floorLayoutsTyped = 0.0
	floorLayoutsMeta  = 17 // title, unit and year right, of the 3 × 17 asked
)

// TestLayouts runs the pipeline over the layout texts of issue 14
// (testdata/layouts) and scores each against its expected outline, title,
// unit and year, and the figures of its tables. It needs no shared files.
// Under JIXIAO_REALWORLD_STRICT=text|all it enforces the targets on
// every file; JIXIAO_REALWORLD_DETAIL=1 lists each file's missed and false
// headings.
func TestLayouts(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(layouts, "*.outline.tsv"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(paths), 15)
	specs, err := realworld.LoadTables(filepath.Join(layouts, "tables.tsv"))
	require.NoError(t, err)
	var sum, tables summary
	metaRight, ran := 0, 0
	for _, p := range paths {
		o, err := realworld.LoadOutline(p)
		require.NoError(t, err)
		name := strings.TrimSuffix(filepath.Base(p), ".outline.tsv")
		t.Run(name, func(t *testing.T) {
			ran++
			data, err := os.ReadFile(filepath.Join(layouts, name+".txt"))
			require.NoError(t, err)
			r := runPipeline(t, name, "text", data, o.PageBreak())
			require.NoError(t, r.refused)
			s := realworld.ScoreOutline(o, r.report, r.pager)
			meta := metaOK(o, r.report)
			metaRight += 3 - strings.Count(meta, "-")
			sum.outline(name, "layout", s, meta)
			if os.Getenv("JIXIAO_REALWORLD_DETAIL") != "" {
				t.Log(detail(name, "layout", s, r.report))
			}
			if strict("text") {
				assert.GreaterOrEqual(t, s.F1(), targetHeadingF1, "%s\nmissed: %v\nextra: %v", s, s.Missed, s.Extra)
				assert.Zero(t, s.TOCInTree+s.RowsInTree, "目录 entries or table rows in the section tree: %v", s.Extra)
				assert.Equal(t, "tuy", meta, "title, unit and year: %q %q %d", r.report.Title, r.report.Unit, r.report.FiscalYear)
			}
			for _, spec := range specs {
				if spec.PDF != name+".txt" {
					continue
				}
				a := realworld.ScoreAmounts(spec, r.report, r.pager)
				c := realworld.ScoreCells(spec, r.report)
				tables.table(name+":"+spec.Title, "layout", a, c)
				if strict("text") {
					assert.GreaterOrEqual(t, a.Share(), targetTyped, "%s: %s", spec.Title, a)
				}
			}
		})
	}
	t.Log("\n" + sum.outlineTable() + fmt.Sprintf("title/unit/year right: %d of %d\n", metaRight, 3*len(paths)))
	t.Log("\n" + tables.tableTable())
	if ran < len(paths) {
		return // the floors hold for the whole set, not for a part run with -run
	}
	f1, _ := sum.microF1("layout")
	assert.GreaterOrEqual(t, f1, floorLayoutsF1, "micro F1 of the layout texts fell below today's floor")
	typed, _ := tables.microTyped("layout")
	assert.GreaterOrEqual(t, typed, floorLayoutsTyped, "typed share of the layout texts fell below today's floor")
	assert.GreaterOrEqual(t, metaRight, floorLayoutsMeta, "title/unit/year of the layout texts fell below today's floor")
}
