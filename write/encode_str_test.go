package write

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"testing"
	"unicode/utf8"
)

// FuzzStr checks the string writer, and its slow path appendStrEscaped
// alone, against encoding/json with SetEscapeHTML(false), on every kind
// of byte sequence: ASCII escapes, U+2028/U+2029, the narrowed lead bytes
// E0 and ED, four-byte runes, truncated and invalid sequences.
func FuzzStr(f *testing.F) {
	for _, s := range []string{"", "a\"b\\c\n\x01", "部门整体支出", "\u2028x\u2029", "\xe2\x80", "\xe0\xa0\x80\xe0\x80\x80",
		"\xed\x9f\xbf\xed\xa0\x80", "😀\xf0\x9f", "\xff中", "中\xe4\xb8", "\xef\xbf\xbd<>&"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		want.Truncate(want.Len() - 1) // the newline
		if got := string(append(appendStrBody([]byte(`prefix"`), s), '"')); got != "prefix"+want.String() {
			t.Fatalf("appendStrBody(%q) between quotes = %s, want %s", s, got[len("prefix"):], want.Bytes())
		}
		// The slow path on its own, from every rune boundary up to the
		// first rune appendStrBody's fast loop may hand over at.
		for from := 0; ; {
			if got := append(appendStrEscaped([]byte{'"'}, s, from), '"'); string(got) != want.String() {
				t.Fatalf("appendStrEscaped(%q, %d) = %s, want %s", s, from, got, want.Bytes())
			}
			r, size := utf8.DecodeRuneInString(s[from:])
			if size == 0 || r == utf8.RuneError && size == 1 || escapes(r) {
				break
			}
			from += size
		}
	})
}

// escapes reports whether encoding/json escapes r.
func escapes(r rune) bool {
	return r < 0x20 || r == '"' || r == '\\' || r == '\u2028' || r == '\u2029'
}

// TestInt checks the integer writer against strconv: every number below
// 200000 (each case of the pair table, and intLong's first widths), the
// digit boundaries up to the ends of int64, and negative numbers.
func TestInt(t *testing.T) {
	ns := []int64{-1, -10, -99, -100, -10000, math.MaxInt64, math.MinInt64}
	for n := range int64(200000) { // every number of each table-written width, and then some
		ns = append(ns, n)
	}
	for p := int64(1); p > 0 && p <= math.MaxInt64/10; p *= 10 {
		ns = append(ns, p-1, p, p+1)
	}
	for _, n := range ns {
		if got, want := appendInt([]byte("x"), n), "x"+strconv.FormatInt(n, 10); string(got) != want {
			t.Errorf("appendInt(%d) = %s, want %s", n, got, want)
		}
	}
}
