package pdf

import (
	"strings"
	"unicode"
)

// Page furniture: running headers, running footers and page numbers. A
// line is furniture when it stands in the top or bottom band of its page,
// first or last on the page (two lines at most at each end), and either
// reads as a page number ("3", "- 3 -", "第 3 页", "第3页 共10页", "3/10",
// "Page 3 of 10") or is repeated, digits aside, in the same band on at
// least three pages and on a third of them. Everything else in the bands
// is body: a title, a 编制单位 line, a table's unit line.
const (
	topBand    = 0.08 // of the page height
	bottomBand = 0.10
	maxEndRows = 2
)

// bandOf says which band a unit of page p stands in: 't', 'b' or 0.
func bandOf(u *unit, h float64) byte {
	switch {
	case u.box.y1 <= h*topBand:
		return 't'
	case u.box.y0 >= h*(1-bottomBand):
		return 'b'
	}
	return 0
}

// markFurniture marks the furniture among the units of every page (in
// reading order per page).
func markFurniture(pages []*pageLayout) {
	counts := map[string]int{}
	for _, pl := range pages {
		seen := map[string]bool{}
		for _, u := range endUnits(pl) {
			k := furnitureKey(u, pl.h)
			if k != "" && !seen[k] {
				seen[k] = true
				counts[k]++
			}
		}
	}
	for _, pl := range pages {
		for _, u := range endUnits(pl) {
			if isPageNumber(u.text) {
				u.furniture = true
				continue
			}
			n := counts[furnitureKey(u, pl.h)]
			if n >= 3 && n*3 >= len(pages) {
				u.furniture = true
			}
		}
	}
}

// endUnits returns the units that may be furniture: the first and last
// lines of the page, inside the top and bottom bands.
func endUnits(pl *pageLayout) []*unit {
	var out []*unit
	for i := 0; i < len(pl.units) && i < maxEndRows; i++ {
		if u := pl.units[i]; u.table == nil && bandOf(u, pl.h) == 't' {
			out = append(out, u)
		}
	}
	for i := len(pl.units) - 1; i >= 0 && i >= len(pl.units)-maxEndRows; i-- {
		if u := pl.units[i]; u.table == nil && bandOf(u, pl.h) == 'b' {
			out = append(out, u)
		}
	}
	return out
}

// furnitureKey is a unit's text with digits and spaces dropped, prefixed by
// its band; "" when it is not in a band.
func furnitureKey(u *unit, h float64) string {
	b := bandOf(u, h)
	if b == 0 {
		return ""
	}
	var sb strings.Builder
	sb.WriteByte(b)
	for _, r := range u.text {
		switch {
		case unicode.IsDigit(r):
			sb.WriteByte('#')
		case unicode.IsSpace(r):
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// isPageNumber reports whether s reads as a page number:
//
//	N, -N-, —N—, (N), 第N页, 第N页共M页, 第N页/共M页, 共M页第N页, N/M, Page N, Page N of M
//
// with N and M of one to four digits and spaces anywhere.
func isPageNumber(s string) bool {
	var b strings.Builder
	for _, r := range s {
		if !unicode.IsSpace(r) {
			b.WriteRune(r)
		}
	}
	t := b.String()
	t = strings.TrimPrefix(strings.TrimPrefix(t, "Page"), "page")
	t = strings.Trim(t, "-—–－()（）")
	if n := digits(t); n > 0 && n <= 4 && n == len(t) {
		return true
	}
	for _, form := range [][]string{
		{"第", "#", "页"}, {"第", "#", "页共", "#", "页"}, {"第", "#", "页/共", "#", "页"},
		{"共", "#", "页第", "#", "页"}, {"#", "/", "#"}, {"#", "of", "#"},
	} {
		if matchForm(t, form) {
			return true
		}
	}
	return false
}

// matchForm matches t against literal parts and "#" (one to four digits).
func matchForm(t string, form []string) bool {
	for _, part := range form {
		if part == "#" {
			n := digits(t)
			if n == 0 || n > 4 {
				return false
			}
			t = t[n:]
			continue
		}
		if !strings.HasPrefix(t, part) {
			return false
		}
		t = t[len(part):]
	}
	return t == ""
}

// digits counts the ASCII digits at the start of t.
func digits(t string) int {
	n := 0
	for n < len(t) && t[n] >= '0' && t[n] <= '9' {
		n++
	}
	return n
}
