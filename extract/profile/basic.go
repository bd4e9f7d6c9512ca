package profile

import (
	"fmt"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/values"
)

// isBasicTable reports whether a table is the basic-data table: a row whose
// first cell heads the staffing or the expense-control block.
func isBasicTable(rows []row) bool {
	for i := range rows {
		r := &rows[i]
		if len(r.src.Cells) == 0 {
			continue
		}
		switch r.key(0, &basicRows) {
		case bdStaffing, bdExpense:
			return true
		}
	}
	return false
}

// basicBlock is the block of the basic-data table the walk is in.
type basicBlock int

const (
	inNone basicBlock = iota
	inStaffing
	inExpense
	inBuildings
)

// basicWalk walks the basic-data table.
type basicWalk struct {
	p     *profiler
	tab   int
	out   *BasicData
	block basicBlock
	staff map[string]int
	cols  []column // the columns of the current block
	head  string   // the label of the current block's head row
	tree  expenseTree
}

// column is a labelled grid column.
type column struct {
	col   int
	label string
}

// basicData reads the basic-data table number tab.
func (p *profiler) basicData(tab int, rows []row) *BasicData {
	b := &basicWalk{p: p, tab: tab, out: &BasicData{}, tree: newExpenseTree(len(rows))}
	for i := range rows {
		b.row(&rows[i])
	}
	b.out.ExpenseControl = b.tree.rows()
	return b.out
}

// row reads one row of the basic-data table.
func (b *basicWalk) row(r *row) {
	if len(r.src.Cells) == 0 {
		return
	}
	first := &r.src.Cells[0]
	switch r.key(0, &basicRows) {
	case bdStaffing:
		b.staff = r.columns(&staffColumns)
		b.block = inStaffing
		return
	case bdExpense:
		b.head, b.cols, b.block = flat(first.Text), b.columnsOf(r), inExpense
		b.out.ExpenseColumns = labelsOf(b.cols)
		b.out.ActualColumn = latestActual(b.out.ExpenseColumns)
		return
	case bdBuildings:
		b.head, b.cols, b.block = flat(first.Text), b.columnsOf(r), inBuildings
		return
	case bdFrugality:
		for _, c := range r.src.Cells[1:] {
			if t := b.p.ix.cellText(&c); t != nil && b.out.Frugality == nil {
				b.out.Frugality = t
			}
		}
		b.block = inNone
		return
	}
	switch b.block {
	case inStaffing:
		b.staffing(r)
		b.block = inNone
	case inExpense:
		if er, ok := b.expenseRow(r, ""); ok {
			b.tree.add(er, r.cells[0].folded, b.indent(first))
		}
	case inBuildings:
		if er, ok := b.expenseRow(r, b.head); ok {
			b.out.Buildings = append(b.out.Buildings, er)
		}
	default:
		if !r.blank() {
			lab, _ := r.first()
			b.p.warn(r.src.Span, "profile.row_unplaced", fmt.Sprintf("table %d row %d: %q is not a row of the basic-data table the profile knows", b.tab, r.index, short(lab.Text)))
		}
	}
}

// columnsOf returns the labelled columns of a head row after its first cell.
func (b *basicWalk) columnsOf(r *row) []column {
	var out []column
	for k := 1; k < len(r.src.Cells); k++ {
		if l := flat(r.src.Cells[k].Text); l != "" {
			out = append(out, column{r.cells[k].col, l})
		}
	}
	return out
}

func labelsOf(cols []column) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.label
	}
	return out
}

// staffing reads the row under the staffing head.
func (b *basicWalk) staffing(r *row) {
	ix := b.p.ix
	s := &Staffing{}
	if col, ok := b.staff[bdAuthorized]; ok {
		s.Authorized = b.count(r.at(col))
	}
	if col, ok := b.staff[bdActual]; ok {
		s.Actual = b.count(r.at(col))
	}
	if col, ok := b.staff[bdRate]; ok {
		s.ControlRate = ix.cellValue(r.at(col), values.Percent)
	}
	if s.Authorized != nil || s.Actual != nil || s.ControlRate != nil {
		b.out.Staffing = s
	}
}

// count reads a head count: the values stage's count, or a bare whole
// number as a count without unit.
func (b *basicWalk) count(c *document.Cell) *values.Value {
	if v := b.p.ix.cellValue(c, values.Count); v != nil {
		return v
	}
	if c == nil || placeholder(c.Text) {
		return nil
	}
	d, err := values.ParseDecimal(c.Text)
	if err != nil || d.Places() != 0 {
		return nil
	}
	return &values.Value{Kind: values.Count, Raw: c.Text, Start: c.Span.Start, End: c.Span.End, Number: d, Base: d}
}

// expenseRow reads a row under the current columns. A row with no label
// takes fallback; a row with neither label nor figures is skipped.
func (b *basicWalk) expenseRow(r *row, fallback string) (ExpenseRow, bool) {
	ix := b.p.ix
	first := &r.src.Cells[0]
	er := ExpenseRow{Span: document.Span{Start: r.src.Span.Start, End: r.src.Span.End}, Values: map[string]*values.Value{}}
	er.Label, _, _ = bareFolded(r.cells[0].folded)
	er.Label = flat(er.Label)
	er.Marker, er.Ordinal = marker(first.Text, r.cells[0].folded)
	filled := false
	for _, c := range b.cols {
		cell := r.at(c.col)
		if cell == first {
			cell = nil
		}
		v := ix.cellValue(cell)
		er.Values[c.label] = v
		if v != nil {
			filled = true
		} else if t := ix.cellText(cell); t != nil {
			if er.Texts == nil {
				er.Texts = map[string]Text{}
			}
			er.Texts[c.label] = *t
			filled = true
		}
	}
	if er.Label == "" {
		if !filled && fallback == "" {
			return er, false
		}
		er.Label = fallback
	}
	return er, true
}

// indent counts the spaces written before a cell's text on its line: the
// dump keeps the indentation that shows a row's depth.
func (b *basicWalk) indent(c *document.Cell) int {
	text := b.p.doc.Text
	n := 0
	for i := c.Span.Start - 1; i >= 0 && i < len(text); i-- {
		switch text[i] {
		case ' ':
			n++
			continue
		case 0x80: // last byte of U+3000 (E3 80 80)
			if i >= 2 && text[i-2] == 0xE3 && text[i-1] == 0x80 {
				n += 2
				i -= 2
				continue
			}
		}
		break
	}
	return n
}

// latestActual picks the column of actual spending (决算数, 执行数) with the
// latest year ("2023年决算数" over "2022年决算数"); of equal or unwritten
// years, the last. It returns "" when no column is one.
func latestActual(cols []string) string {
	best, bestYear := "", -1
	for _, col := range cols {
		if !containsAnyWord(col, actualColumnWords) {
			continue
		}
		if y := leadingYear(col); y >= bestYear {
			best, bestYear = col, y
		}
	}
	return best
}

// leadingYear reads the four-digit year a column label starts with; 0 when
// there is none.
func leadingYear(s string) int {
	if len(s) < 4 {
		return 0
	}
	y := 0
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0
		}
		y = y*10 + int(s[i]-'0')
	}
	return y
}

// containsAnyWord reports whether s contains one of words.
func containsAnyWord(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
