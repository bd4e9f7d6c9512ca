package realworld

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// TableSpec is an annotated table: a line of tables/index.tsv and its grid.
type TableSpec struct {
	File       string  // the grid file, relative to the index
	PDF        string  // the PDF's base name
	Pages      PageSet // the pages the table stands on
	Unit       string  // 万元, 元
	UnitLine   string  // 单位：万元, 项目资金（元）
	HeaderRows int
	AmountCols []int // 1-based grid columns holding amounts
	Title      string
	Grid       *Grid
}

// Grid is a table as displayed: Rows × Cols positions, each merged cell once,
// on its anchor.
type Grid struct {
	Rows, Cols int
	Cells      []GridCell // anchors, in row-major order
}

// GridCell is an anchor cell of a grid, 0-based.
type GridCell struct {
	Row, Col         int
	RowSpan, ColSpan int
	Text             string
}

// Amounts returns the anchors of the spec's body rows in amount columns
// whose text is a number: the figures that must be typed as amounts.
func (t *TableSpec) Amounts() []GridCell {
	cols := map[int]bool{}
	for _, c := range t.AmountCols {
		cols[c-1] = true
	}
	var out []GridCell
	for _, c := range t.Grid.Cells {
		if c.Row >= t.HeaderRows && cols[c.Col] {
			if _, ok := ParseNumber(c.Text); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

// LoadTables reads tables/index.tsv and every grid it names.
func LoadTables(index string) ([]*TableSpec, error) {
	f, err := os.Open(index)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	specs, err := parseIndex(index, f)
	if err != nil {
		return nil, err
	}
	for _, s := range specs {
		path := filepath.Join(filepath.Dir(index), s.File)
		g, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		s.Grid, err = ParseGrid(path, g)
		g.Close()
		if err != nil {
			return nil, err
		}
		for _, c := range s.AmountCols {
			if c > s.Grid.Cols {
				return nil, fmt.Errorf("%s: amount column %d beyond the grid's %d columns", index, c, s.Grid.Cols)
			}
		}
	}
	return specs, nil
}

func parseIndex(name string, r io.Reader) ([]*TableSpec, error) {
	var specs []*TableSpec
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 8 {
			return nil, fmt.Errorf("%s:%d: want 8 fields (file, pdf, pages, unit, unit_line, header_rows, amount_cols, title), got %d", name, n, len(f))
		}
		s := &TableSpec{File: f[0], PDF: f[1], Unit: f[3], UnitLine: f[4], Title: f[7]}
		var err error
		if s.Pages, err = ParsePages(f[2]); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		if s.HeaderRows, err = strconv.Atoi(f[5]); err != nil || s.HeaderRows < 0 {
			return nil, fmt.Errorf("%s:%d: header_rows %q is not a count", name, n, f[5])
		}
		cols, err := ParsePages(f[6]) // the same range syntax
		if err != nil {
			return nil, fmt.Errorf("%s:%d: amount_cols: %w", name, n, err)
		}
		for _, r := range cols {
			for c := r[0]; c <= r[1]; c++ {
				s.AmountCols = append(s.AmountCols, c)
			}
		}
		specs = append(specs, s)
	}
	return specs, sc.Err()
}

// Covered-cell marks of a grid file.
const (
	fromLeft  = "<"
	fromAbove = "^"
)

// ParseGrid reads a grid file: TAB-separated rows of equal width, `<` and `^`
// for positions covered by a merge (README.md). Merges must be rectangles.
func ParseGrid(name string, r io.Reader) (*Grid, error) {
	var rows [][]string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.HasPrefix(line, "#") {
			continue
		}
		row := strings.Split(line, "\t")
		if len(rows) > 0 && len(row) != len(rows[0]) {
			return nil, fmt.Errorf("%s:%d: %d cells, the grid has %d", name, n, len(row), len(rows[0]))
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: no rows", name)
	}
	return buildGrid(name, rows)
}

// buildGrid turns the marked rows into anchors with spans, checking that
// every merge is a rectangle of marks.
func buildGrid(name string, rows [][]string) (*Grid, error) {
	g := &Grid{Rows: len(rows), Cols: len(rows[0])}
	owner := make([][]int, g.Rows) // anchor index covering each position
	for r := range rows {
		owner[r] = make([]int, g.Cols)
		for c, text := range rows[r] {
			switch text {
			case fromLeft:
				if c == 0 || owner[r][c-1] < 0 {
					return nil, fmt.Errorf("%s: row %d col %d: %q with nothing to its left", name, r+1, c+1, text)
				}
				owner[r][c] = owner[r][c-1]
			case fromAbove:
				if r == 0 {
					return nil, fmt.Errorf("%s: row 1 col %d: %q in the first row", name, c+1, text)
				}
				owner[r][c] = owner[r-1][c]
			default:
				owner[r][c] = len(g.Cells)
				g.Cells = append(g.Cells, GridCell{Row: r, Col: c, Text: text})
			}
		}
	}
	return g, g.spans(name, owner)
}

// spans sets each anchor's spans from the positions it owns and checks that
// they form a full rectangle.
func (g *Grid) spans(name string, owner [][]int) error {
	count := make([]int, len(g.Cells))
	for r := range owner {
		for c, a := range owner[r] {
			cell := &g.Cells[a]
			cell.RowSpan = max(cell.RowSpan, r-cell.Row+1)
			cell.ColSpan = max(cell.ColSpan, c-cell.Col+1)
			count[a]++
		}
	}
	for i, c := range g.Cells {
		if count[i] != c.RowSpan*c.ColSpan {
			return fmt.Errorf("%s: the merge anchored at row %d col %d is not a rectangle", name, c.Row+1, c.Col+1)
		}
	}
	return nil
}
