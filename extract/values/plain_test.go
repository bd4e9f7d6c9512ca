package values

import (
	"strconv"
	"testing"
)

// checkPlainNumber compares lexing s as a table cell with and without the
// plainNumber fast path.
func checkPlainNumber(t *testing.T, s string) {
	t.Helper()
	fast := lexer{bare: true}
	fast.lexPiece(s, 0, len(s), 7)
	slow := lexer{bare: true, s: s, base: 7}
	if s != "" {
		slow.run()
	}
	if len(fast.out) != len(slow.out) {
		t.Fatalf("%q: fast path %s, lexer %s", s, describeAll(fast.out), describeAll(slow.out))
	}
	for i := range fast.out {
		if fast.out[i] != slow.out[i] {
			t.Fatalf("%q: fast path %s, lexer %s", s, describeAll(fast.out), describeAll(slow.out))
		}
	}
}

// TestPlainNumber checks the fast path on the numbers it is for, near the
// rules it claims do not apply: years and months, markers, overflow.
func TestPlainNumber(t *testing.T) {
	for _, s := range []string{
		"", "0", "0.00", "8", "179.52", "007", "1.", ".5", "1..5", "1.5.", "2023", "2023.12",
		"2023.1", "2023.0", "2023.123", "1899.5", "2101.12", "12.31", "13.5", "3.22023",
		"1.2023", "99999999999999999", "999999999999999999", "9999999999999999999",
		"1.000000000000000000", "1.0000000000000000000", "0.1234567890123456789", "5,000", "5a",
	} {
		checkPlainNumber(t, s)
	}
	for n := 0; n < 2200; n += 7 {
		for _, frac := range []string{"", ".1", ".12", ".123", ".0"} {
			checkPlainNumber(t, strconv.Itoa(n)+frac)
		}
	}
}

// FuzzPlainNumber compares the fast path with the lexer on any text, and on
// the text spelled in the alphabet of plain numbers.
func FuzzPlainNumber(f *testing.F) {
	for _, s := range []string{"0.00", "179.52", "2023.12", "1.", "3.22023", "99999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkPlainNumber(t, s)
		b := []byte(s)
		for i, c := range b {
			b[i] = "0123456789."[int(c)%11]
		}
		checkPlainNumber(t, string(b))
	})
}
