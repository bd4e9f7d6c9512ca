package schema

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"testing"
)

// FuzzStr checks the one-pass string writer against encoding/json with
// SetEscapeHTML(false), on every kind of byte sequence: ASCII escapes,
// U+2028/U+2029, the narrowed lead bytes E0 and ED, four-byte runes,
// truncated and invalid sequences.
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
		e := &encoder{b: []byte("prefix")}
		e.str(s)
		if got := string(e.b); got != "prefix"+string(bytes.TrimSuffix(want.Bytes(), []byte("\n"))) {
			t.Fatalf("str(%q) = %s, want %s", s, got[len("prefix"):], want.Bytes())
		}
	})
}

// TestInt checks the in-place integer writer against strconv at the digit
// boundaries and the ends of int64.
func TestInt(t *testing.T) {
	ns := []int64{0, 1, 9, 10, 99, 100, 12345, -1, -10, math.MaxInt64, math.MinInt64}
	for p := int64(1); p > 0 && p <= math.MaxInt64/10; p *= 10 {
		ns = append(ns, p-1, p, p+1)
	}
	for _, n := range ns {
		e := &encoder{b: []byte("x")}
		e.int(n)
		if want := "x" + strconv.FormatInt(n, 10); string(e.b) != want {
			t.Errorf("int(%d) = %s, want %s", n, e.b, want)
		}
	}
}
