package check

import (
	"testing"

	"jixiao/extract/values"
)

// FuzzDecimal holds decimal, this package's copy of values.Decimal, to the
// original: parsing, every operation, and both texts.
func FuzzDecimal(f *testing.F) {
	for i, s := range exactSamples {
		f.Add(s, exactSamples[(i+7)%len(exactSamples)], i%5-2, i%4)
	}
	f.Add("+5", "-0.00", 19, 20)
	f.Add("1.", ".5", -19, -1)
	f.Add("9223372036854775807", "-9223372036854775808", 1, 18)
	f.Add("0.000000000000000001", "100000000000000000.0", 18, 0)
	f.Fuzz(func(t *testing.T, a, b string, n, places int) {
		x, ok := parseDecimal(a)
		vx, err := values.ParseDecimal(a)
		if ok != (err == nil) {
			t.Fatalf("parse %q: %v, values: %v", a, ok, err)
		}
		y, _ := parseDecimal(b)
		vy, _ := values.ParseDecimal(b)
		same(t, "parse "+a, x, vx)
		same(t, "add", x.Add(y), vx.Add(vy))
		same(t, "sub", x.Sub(y), vx.Sub(vy))
		same(t, "mul", x.Mul(y), vx.Mul(vy))
		same(t, "neg", x.Neg(), vx.Neg())
		same(t, "shift", x.Shift(n), vx.Shift(n))
		same(t, "round", x.Round(places), vx.Round(places))
		if x.Cmp(y) != vx.Cmp(vy) || x.Sign() != vx.Sign() || x.IsZero() != vx.IsZero() || x.Places() != vx.Places() {
			t.Fatalf("%q, %q: Cmp %d, Sign %d, IsZero %v, Places %d; values: %d, %d, %v, %d",
				a, b, x.Cmp(y), x.Sign(), x.IsZero(), x.Places(), vx.Cmp(vy), vx.Sign(), vx.IsZero(), vx.Places())
		}
	})
}

// same fails unless d and v are the same number written the same way.
func same(t *testing.T, op string, d decimal, v values.Decimal) {
	t.Helper()
	if d.Valid() != v.Valid() || d.String() != v.String() || d.Written() != v.Written() {
		t.Fatalf("%s: %q (%q, valid %v); values gives %q (%q, valid %v)", op, d.String(), d.Written(), d.Valid(), v.String(), v.Written(), v.Valid())
	}
}
