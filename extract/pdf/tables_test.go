package pdf

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// wantTable is a table written down by reading a real PDF's page
// (testdata/tables/*.txt): its file, page and rows.
type wantTable struct {
	file string
	page int
	rows [][]wantCell
}

// wantCell is a cell with its grid column (from the spans before it and
// the row spans above) and merge.
type wantCell struct {
	text             string
	col              int
	rowSpan, colSpan int
}

var mergeRE = regexp.MustCompile(`\{(\d+)x(\d+)\}$`)

// readWantTable reads a table file: "# file:" and "# page:" headers, then
// one row a line, cells separated by " | ", a merge written "{RxC}" after
// its anchor's text.
func readWantTable(t *testing.T, path string) wantTable {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var w wantTable
	covered := map[[2]int]bool{} // grid places covered by a row span from above
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if v, ok := strings.CutPrefix(line, "# file: "); ok {
			w.file = v
			continue
		}
		if v, ok := strings.CutPrefix(line, "# page: "); ok {
			w.page, _ = strconv.Atoi(v)
			continue
		}
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		r := len(w.rows)
		var row []wantCell
		col := 0
		for _, cell := range strings.Split(line, " | ") {
			for covered[[2]int{r, col}] {
				col++
			}
			c := wantCell{text: strings.TrimSpace(cell), col: col, rowSpan: 1, colSpan: 1}
			if m := mergeRE.FindStringSubmatch(c.text); m != nil {
				c.rowSpan, _ = strconv.Atoi(m[1])
				c.colSpan, _ = strconv.Atoi(m[2])
				c.text = strings.TrimSpace(strings.TrimSuffix(c.text, m[0]))
			}
			for dr := 1; dr < c.rowSpan; dr++ {
				for dc := range c.colSpan {
					covered[[2]int{r + dr, col + dc}] = true
				}
			}
			row = append(row, c)
			col += c.colSpan
		}
		w.rows = append(w.rows, row)
	}
	require.NoError(t, sc.Err())
	require.NotEmpty(t, w.file)
	return w
}

// TestRealWorldTableCells compares tables read from four producers (WPS
// 表格, Word 2010, ONLYOFFICE, Excel 2007) with their cells written down by
// reading the pages: at least 90% of the cells that hold text stand in the
// right column with the right merge and in a row with their neighbours.
// Rows are matched in order, each written row to the read row that shares
// most of its cells, so that a blank row more or less does not shift the
// rest.
func TestRealWorldTableCells(t *testing.T) {
	paths, _ := filepath.Glob("testdata/tables/*.txt")
	require.GreaterOrEqual(t, len(paths), 4)
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			want := readWantTable(t, path)
			doc := realDoc(t, want.file)
			got := tableOnPage(doc, want.page)
			require.NotNil(t, got, "no table on page %d", want.page)
			matched, total := matchCells(want, got)
			t.Logf("%d of %d cells where they belong", matched, total)
			assert.GreaterOrEqual(t, float64(matched), 0.9*float64(total))
		})
	}
}

// tableOnPage returns the first table that starts on page.
func tableOnPage(doc *document.Document, page int) *document.Table {
	for _, b := range doc.Blocks {
		if b.Kind == document.KindTable && b.Table.Loc.Page == page {
			return b.Table
		}
	}
	return nil
}

// matchCells counts the written cells with text found in the read table.
func matchCells(want wantTable, got *document.Table) (matched, total int) {
	next := 0
	for _, wr := range want.rows {
		n := 0
		for _, c := range wr {
			if c.text != "" {
				n++
			}
		}
		if n == 0 {
			continue
		}
		total += n
		best, bestAt := 0, -1
		for i := next; i < len(got.Rows); i++ {
			if m := rowMatches(wr, got.Rows[i]); m > best {
				best, bestAt = m, i
			}
		}
		if bestAt >= 0 {
			matched += best
			next = bestAt + 1
		}
	}
	return matched, total
}

// rowMatches counts the cells of wr with text that gr has at the same
// column, with the same text and merge.
func rowMatches(wr []wantCell, gr document.Row) int {
	n := 0
	for _, w := range wr {
		if w.text == "" {
			continue
		}
		for _, g := range gr.Cells {
			if g.Col == w.col && g.Text == w.text && g.RowSpan == w.rowSpan && g.ColSpan == w.colSpan {
				n++
				break
			}
		}
	}
	return n
}

// TestRealWorldIndicatorTables checks the five 财政项目支出绩效目标填报表 of
// the 2023 万里街道 budget (pages 31–35, WPS Office): five tables, one a
// page, none joined to the next although they share their columns (each
// ends well above the foot of its page), each with its title row spanning
// the table, its project name, its funds in 元 and its indicator header
// (一级指标, 二级指标, 三级指标, 年度(/项目)指标值) above rows of 产出指标,
// 效益指标 and 满意度指标 with 年度指标值.
func TestRealWorldIndicatorTables(t *testing.T) {
	doc := realDoc(t, "sh-putuo-wanli-2023-dept-budget-with-targets.pdf")
	projects := []string{"新建万里街道社区公共服务中心", "就业援助基地补贴", "社区环境整治和建设经费", "各类工作经费", "公共服务设施运行经费"}
	var found []*document.Table
	for _, b := range doc.Blocks {
		if b.Kind == document.KindTable && b.Table.Rows[0].Cells[0].Text == "财政项目支出绩效目标填报表" {
			found = append(found, b.Table)
		}
	}
	require.Len(t, found, 5)
	for i, tb := range found {
		assert.Equal(t, 31+i, tb.Loc.Page)
		title := tb.Rows[0].Cells[0]
		assert.Equal(t, 8, title.ColSpan, "the title spans the table")
		assert.Equal(t, "（2023年度）", tb.Rows[1].Cells[0].Text)
		assert.Equal(t, []string{"项目名称", projects[i], "项目性质"}, texts(tb.Rows[2].Cells[:3]))
		header := -1
		for r, row := range tb.Rows {
			if slicesIndex(texts(row.Cells), "一级指标") >= 0 {
				header = r
				assert.Equal(t, []string{"", "一级指标", "二级指标", "三级指标", "年度(/项目)指标值"}, texts(row.Cells))
			}
		}
		require.GreaterOrEqual(t, header, 0, "table %d has no indicator header", i)
		first := tb.Rows[header+1].Cells
		assert.Equal(t, "绩效指标", first[0].Text)
		assert.Equal(t, "产出指标", first[1].Text)
		assert.Equal(t, "数量指标", first[2].Text)
		levels := map[string]bool{}
		for _, row := range tb.Rows[header+1:] {
			for _, c := range row.Cells {
				if strings.HasSuffix(c.Text, "指标") && c.Col == 1 {
					levels[c.Text] = true
				}
			}
		}
		assert.Equal(t, map[string]bool{"产出指标": true, "效益指标": true, "满意度指标": true}, levels)
	}
}

func texts(cs []document.Cell) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Text
	}
	return out
}

func slicesIndex(ss []string, s string) int {
	for i, x := range ss {
		if x == s {
			return i
		}
	}
	return -1
}
