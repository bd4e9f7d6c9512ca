package xlsx

// Sheet limits of SpreadsheetML (ECMA-376 Part 1 §18.3.1.73, §18.3.1.13):
// rows 1–1,048,576, columns A–XFD.
const (
	maxRows = 1 << 20
	maxCols = 1 << 14
)

// parseRef reads an A1 cell reference ("B6", "$B$6") into a 0-based row and
// column; ok is false for anything else or a cell outside the sheet.
func parseRef(s []byte) (row, col int, ok bool) {
	i := 0
	if i < len(s) && s[i] == '$' {
		i++
	}
	start := i
	for i < len(s) && i-start < 3 {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a'+1)
		i++
	}
	if i == start || col > maxCols {
		return 0, 0, false
	}
	if i < len(s) && s[i] == '$' {
		i++
	}
	digits := i
	for i < len(s) && s[i] >= '0' && s[i] <= '9' && i-digits < 8 {
		row = row*10 + int(s[i]-'0')
		i++
	}
	if i == digits || i != len(s) || row < 1 || row > maxRows {
		return 0, 0, false
	}
	return row - 1, col - 1, true
}

// parseRange reads "A1:E22" (or a single cell "A1") into a 0-based
// inclusive range, corners in any order.
func parseRange(s []byte) (rng, bool) {
	a, b := s, s
	for i, c := range s {
		if c == ':' {
			a, b = s[:i], s[i+1:]
			break
		}
	}
	r0, c0, ok1 := parseRef(a)
	r1, c1, ok2 := parseRef(b)
	if !ok1 || !ok2 {
		return rng{}, false
	}
	return rng{min(r0, r1), min(c0, c1), max(r0, r1), max(c0, c1)}, true
}

// rng is a 0-based inclusive cell range.
type rng struct{ r0, c0, r1, c1 int }

// appendRef appends the A1 reference of a 0-based row and column.
func appendRef(dst []byte, row, col int) []byte {
	dst = appendCol(dst, col)
	return appendInt(dst, row+1)
}

// appendCol appends the letters of a 0-based column: 0 is A, 26 is AA.
func appendCol(dst []byte, col int) []byte {
	var tmp [3]byte
	i := len(tmp)
	for col++; col > 0; col = (col - 1) / 26 {
		i--
		tmp[i] = byte('A' + (col-1)%26)
	}
	return append(dst, tmp[i:]...)
}

func appendInt(dst []byte, n int) []byte {
	var tmp [20]byte
	i := len(tmp)
	for {
		i--
		tmp[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return append(dst, tmp[i:]...)
}

// String returns the range in A1 notation.
func (r rng) String() string {
	b := appendRef(nil, r.r0, r.c0)
	if r.r1 != r.r0 || r.c1 != r.c0 {
		b = append(b, ':')
		b = appendRef(b, r.r1, r.c1)
	}
	return string(b)
}
