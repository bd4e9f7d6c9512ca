package text

import "strconv"

// joinRows applies the dominant-width rule of the package comment to the
// widths of a table's rows, read with every blank-line boundary as a row
// break: a row narrower than the table's dominant width is joined with the
// next row when together they are exactly that wide, the next row is not as
// wide as the row after it, and the row is not as wide as the row before it
// (a row that matches a neighbour is a row of its own). It returns the widths
// after joining and, for each, the width of the first of the two rows it was
// joined from (0 when it was not joined), appended to out and joined.
func joinRows(widths, out, joined []int) ([]int, []int) {
	dom := dominantWidth(widths)
	for i := 0; i < len(widths); i++ {
		w := widths[i]
		if i+1 < len(widths) && w < dom && w+widths[i+1] == dom && !fitsNext(widths, i+1) && !(i > 0 && fitsNext(widths, i-1)) {
			out = append(out, dom)
			joined = append(joined, w)
			i++
			continue
		}
		out = append(out, w)
		joined = append(joined, 0)
	}
	return out, joined
}

// fitsNext reports whether row i is as wide as the row after it.
func fitsNext(widths []int, i int) bool {
	return i+1 < len(widths) && widths[i] == widths[i+1]
}

// dominantWidth returns the most common of widths; of equally common widths,
// the widest.
func dominantWidth(widths []int) int {
	// Widths are small (a row is rarely wider than a few dozen cells), so
	// a count per width up to the widest needs no map.
	widest := 0
	for _, w := range widths {
		widest = max(widest, w)
	}
	var small [64]int
	count := small[:]
	if widest >= len(small) {
		count = make([]int, widest+1)
	}
	dom := 0
	for _, w := range widths {
		count[w]++
		if count[w] > count[dom] || (count[w] == count[dom] && w > dom) {
			dom = w
		}
	}
	return dom
}

// joinMessage explains a join of a row of first cells into a row of width
// cells. It writes what fmt.Sprintf would, with strconv, in one allocation.
func joinMessage(first, width int) string {
	b := make([]byte, 0, 256)
	b = append(b, "joined a row of "...)
	b = strconv.AppendInt(b, int64(first), 10)
	b = append(b, " cells with the row of "...)
	b = strconv.AppendInt(b, int64(width-first), 10)
	b = append(b, " after it into one row of "...)
	b = strconv.AppendInt(b, int64(width), 10)
	b = append(b, ", the table's dominant width: the blank line between them is read as an empty paragraph ending a cell, not as a row break"...)
	return string(b)
}
