package values

import (
	"strconv"
	"strings"
	"testing"

	"github.com/jixiao-dev/jixiao/write"
)

func mustMarshal(t *testing.T, v any) []byte {
	t.Helper()
	b, err := write.Marshal(v, false)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseDecimal(t *testing.T) {
	tests := []struct {
		in, str, written string
		places           int
		err              bool
	}{
		{in: "205.30", str: "205.3", written: "205.30", places: 2},
		{in: "0.00", str: "0", written: "0.00", places: 2},
		{in: "-0.5", str: "-0.5", written: "-0.5", places: 1},
		{in: "1795200", str: "1795200", written: "1795200"},
		{in: "+7", str: "7", written: "7"},
		{in: "0.000000000000000001", str: "0.000000000000000001", written: "0.000000000000000001", places: 18},
		{in: "9223372036854775807", str: "9223372036854775807", written: "9223372036854775807"},
		{in: "9223372036854775808", err: true},
		{in: "", err: true},
		{in: "1.", err: true},
		{in: ".5", err: true},
		{in: "1e5", err: true},
		{in: "1.2.3", err: true},
	}
	for _, tc := range tests {
		d, err := ParseDecimal(tc.in)
		if (err != nil) != tc.err {
			t.Errorf("ParseDecimal(%q) error = %v, want error %v", tc.in, err, tc.err)
			continue
		}
		if tc.err {
			continue
		}
		if d.String() != tc.str || d.Written() != tc.written || d.Places() != tc.places {
			t.Errorf("ParseDecimal(%q) = %s / %s / %d, want %s / %s / %d", tc.in, d, d.Written(), d.Places(), tc.str, tc.written, tc.places)
		}
	}
}

func dec(t *testing.T, s string) Decimal {
	t.Helper()
	d, err := ParseDecimal(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestDecimalArithmetic(t *testing.T) {
	tests := []struct {
		name string
		got  Decimal
		want string
	}{
		{"add aligns scales", dec(t, "179.52").Add(dec(t, "0.5")), "180.02"},
		{"sub", dec(t, "267.78").Sub(dec(t, "205.30")), "62.48"},
		{"mul adds scales", dec(t, "1.5").Mul(dec(t, "1.5")), "2.25"},
		{"shift 万", dec(t, "179.52").Shift(4), "1795200"},
		{"shift 亿", dec(t, "1.23456789").Shift(8), "123456789"},
		{"shift keeps decimals", dec(t, "768.833013").Shift(4), "7688330.13"},
		{"shift down", dec(t, "5").Shift(-1), "0.5"},
		{"round half away", dec(t, "0.125").Round(2), "0.13"},
		{"round negative", dec(t, "-0.125").Round(2), "-0.13"},
		{"round down", dec(t, "92.1549").Round(2), "92.15"},
		{"quantize up", dec(t, "5").Round(2), "5"},
		{"overflow add", NewDecimal(maxInt64, 0).Add(NewDecimal(1, 0)), ""},
		{"overflow mul", NewDecimal(maxInt64, 0).Mul(NewDecimal(2, 0)), ""},
		{"overflow shift", NewDecimal(maxInt64, 0).Shift(1), ""},
		{"invalid operand", Decimal{}.Add(NewDecimal(1, 0)), ""},
	}
	for _, tc := range tests {
		if tc.got.String() != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, tc.got.String(), tc.want)
		}
	}
	if got := dec(t, "5").Round(2).Places(); got != 2 {
		t.Errorf("Round(2) places = %d", got)
	}
	cmps := []struct {
		a, b Decimal
		want int
	}{
		{dec(t, "1.50"), dec(t, "1.5"), 0},
		{dec(t, "1.49"), dec(t, "1.5"), -1},
		{dec(t, "-2"), dec(t, "1"), -1},
		{Decimal{}, dec(t, "0"), -1},
		{NewDecimal(maxInt64, 0), NewDecimal(1, 18), 1},
	}
	for _, c := range cmps {
		if got := c.a.Cmp(c.b); got != c.want {
			t.Errorf("%s.Cmp(%s) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

// TestAppendDigit checks appendDigit's shortcut for small coefficients
// against the checked multiplication at and around its bound.
func TestAppendDigit(t *testing.T) {
	for _, c := range []int64{0, 1, 99, pow10[17] - 1, pow10[17], pow10[17] + 1, pow10[18] - 1, maxInt64 / 10, maxInt64/10 + 1, -5} {
		for digit := int64(0); digit <= 9; digit++ {
			for _, frac := range []bool{false, true} {
				d := NewDecimal(c, 3)
				got, gotOK := d.appendDigit(digit, frac)
				m, ok := mul64(c, 10)
				ok = ok && m <= maxInt64-digit
				want := Decimal{}
				if ok {
					want = NewDecimal(m+digit, 3)
					if frac {
						want = NewDecimal(m+digit, 4)
					}
				}
				if got != want || gotOK != ok {
					t.Errorf("%v.appendDigit(%d, %v) = %v, %v; want %v, %v", d, digit, frac, got, gotOK, want, ok)
				}
			}
		}
	}
}

// FuzzDecimalText holds the two formatters, Append (String) and
// AppendWritten (Written), to obvious versions built on strconv.FormatInt
// and string edits, and checks that the written text parses back to the
// same Decimal, scale included, and that Coef and Places give it back.
func FuzzDecimalText(f *testing.F) {
	for _, c := range []int64{0, 1, -1, 5, -5, 20530, -20530, 1795200, 100, maxInt64, -maxInt64 - 1} {
		for _, s := range []int{0, 1, 2, 7, 18} {
			f.Add(c, s)
		}
	}
	f.Add(int64(1), 19)
	f.Add(int64(1), -1)
	f.Fuzz(func(t *testing.T, coef int64, scale int) {
		d := NewDecimal(coef, scale)
		written, str := writtenText(d), canonicalText(d)
		prefix := []byte("x=")
		if got := string(d.AppendWritten(prefix)); got != "x="+written || d.Written() != written {
			t.Fatalf("%d scaled by %d: AppendWritten %q, Written %q; want %q", coef, scale, got, d.Written(), written)
		}
		if got := string(d.Append(prefix)); got != "x="+str || d.String() != str {
			t.Fatalf("%d scaled by %d: Append %q, String %q; want %q", coef, scale, got, d.String(), str)
		}
		if !d.Valid() {
			return
		}
		if d.Coef() != coef || d.Places() != scale {
			t.Fatalf("%d scaled by %d: Coef %d, Places %d", coef, scale, d.Coef(), d.Places())
		}
		if coef == -maxInt64-1 {
			return // ParseDecimal reads the digits as a positive int64 first
		}
		if back, err := ParseDecimal(written); err != nil || back != d {
			t.Fatalf("%d scaled by %d: ParseDecimal(%q) = %v, %v", coef, scale, written, back, err)
		}
		if back, err := ParseDecimal(str); err != nil || back.Cmp(d) != 0 {
			t.Fatalf("%d scaled by %d: ParseDecimal(%q) = %v, %v; not equal", coef, scale, str, back, err)
		}
	})
}

// writtenText is Written the obvious way: the coefficient's digits, padded
// with zeros to more than the scale, with the point put in.
func writtenText(d Decimal) string {
	if !d.Valid() {
		return ""
	}
	s := strconv.FormatInt(d.coef, 10)
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	n := int(d.scale)
	if n == 0 {
		return sign + s
	}
	for len(s) <= n {
		s = "0" + s
	}
	return sign + s[:len(s)-n] + "." + s[len(s)-n:]
}

// canonicalText is String the obvious way: the written text without the
// trailing zeros of its decimals, without a bare point, and without the
// sign of a zero.
func canonicalText(d Decimal) string {
	s := writtenText(d)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		return "0"
	}
	return s
}

// FuzzParseDecimal holds ParseDecimal, whose digits go unchecked up to 18
// of them, to the obvious reading: split at the point, both sides all
// digits, the digits read by strconv.ParseUint and the decimals counted.
func FuzzParseDecimal(f *testing.F) {
	for _, s := range []string{"205.30", "-0.5", "+7", "0", "1.", ".5", "", "-", "1.2.3", "1e5", " 1",
		"999999999999999999", "9223372036854775807", "9223372036854775808", "-9223372036854775807",
		"0.000000000000000001", "0.0000000000000000001", "00000000000000000000000012.5",
		"18446744073709551616", "12345678901234567890.5", "92233720368547758.08"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParseDecimal(s)
		want, ok := parseDecimalSlowly(s)
		if (err == nil) != ok || got != want {
			t.Fatalf("ParseDecimal(%q) = %v (%q, places %d), %v; want %v (%q, places %d), %v",
				s, got, got.Written(), got.Places(), err, want, want.Written(), want.Places(), ok)
		}
	})
}

// parseDecimalSlowly is ParseDecimal the obvious way, for FuzzParseDecimal.
func parseDecimalSlowly(s string) (Decimal, bool) {
	neg := strings.HasPrefix(s, "-")
	if neg || strings.HasPrefix(s, "+") {
		s = s[1:]
	}
	whole, frac, point := strings.Cut(s, ".")
	allDigits := func(s string) bool {
		return s != "" && strings.Trim(s, "0123456789") == ""
	}
	if !allDigits(whole) || (point && !allDigits(frac)) || len(frac) > maxScale {
		return Decimal{}, false
	}
	u, err := strconv.ParseUint(whole+frac, 10, 64)
	if err != nil || u > maxInt64 {
		return Decimal{}, false
	}
	c := int64(u)
	if neg {
		c = -c
	}
	return NewDecimal(c, len(frac)), true
}
