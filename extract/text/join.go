package text

import "fmt"

// joinRows applies the dominant-width rule of the package comment to rows,
// read with every blank-line boundary as a row break: a row narrower than the
// table's dominant width is joined with the next row when together they are
// exactly that wide, the next row is not as wide as the row after it, and the
// row is not as wide as the row before it (a row that matches a neighbour is
// a row of its own). It returns the rows after joining and, for each, the
// width of the first of the two rows it was joined from (0 when it was not
// joined).
func joinRows(rows [][]rawCell) ([][]rawCell, []int) {
	dom := dominantWidth(rows)
	out := rows[:0:0]
	var joined []int
	for i := 0; i < len(rows); i++ {
		w := len(rows[i])
		if i+1 < len(rows) && w < dom && w+len(rows[i+1]) == dom && !fitsNext(rows, i+1) && !(i > 0 && fitsNext(rows, i-1)) {
			row := make([]rawCell, 0, dom)
			out = append(out, append(append(row, rows[i]...), rows[i+1]...))
			joined = append(joined, w)
			i++
			continue
		}
		out = append(out, rows[i])
		joined = append(joined, 0)
	}
	return out, joined
}

// fitsNext reports whether rows[i] is as wide as the row after it.
func fitsNext(rows [][]rawCell, i int) bool {
	return i+1 < len(rows) && len(rows[i]) == len(rows[i+1])
}

// dominantWidth returns the most common width of rows; of equally common
// widths, the widest.
func dominantWidth(rows [][]rawCell) int {
	count := make(map[int]int)
	dom := 0
	for _, r := range rows {
		w := len(r)
		count[w]++
		if count[w] > count[dom] || (count[w] == count[dom] && w > dom) {
			dom = w
		}
	}
	return dom
}

// joinMessage explains a join of a row of first cells into a row of width
// cells.
func joinMessage(first, width int) string {
	return fmt.Sprintf("joined a row of %d cells with the row of %d after it into one row of %d, the table's dominant width: the blank line between them is read as an empty paragraph ending a cell, not as a row break",
		first, width-first, width)
}
