package values

import (
	"math/rand"
	"testing"
)

// TestUnitText checks the unit written with a multiplier, sliced from the
// input when the two are adjacent and joined when they are not (¥5万 has no
// 元 written), and that reading one allocates only the result slice.
func TestUnitText(t *testing.T) {
	for _, tc := range []struct{ in, unit string }{
		{"179.52万元", "万元"}, {"5万人", "万人"}, {"三点五万元", "万元"}, {"五十万元", "万元"},
		{"10余万元", "万元"}, {"¥5万", "万元"}, {"3千万元", "千万元"}, {"5元", "元"}, {"1.2亿㎡", "亿㎡"},
	} {
		vs := Parse(tc.in, Options{})
		if len(vs) != 1 || vs[0].Unit != tc.unit {
			t.Errorf("Parse(%q) = %s, want one value in %s", tc.in, describeAll(vs), tc.unit)
		}
	}
	if n := testing.AllocsPerRun(10, func() { Parse("179.52万元", Options{}) }); n != 1 {
		t.Errorf("Parse(179.52万元) makes %v allocations, want 1", n)
	}
}

// TestAppendDigits compares appendDigits with appendDigit called for each
// digit, across the coefficient's and the scale's limits.
func TestAppendDigits(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for range 100000 {
		b := make([]byte, r.Intn(24))
		for i := range b {
			b[i] = byte('0' + r.Intn(10))
			if r.Intn(4) == 0 {
				b[i] = '9'
			}
		}
		d := Decimal{ok: true}
		if r.Intn(2) == 0 {
			d = NewDecimal(r.Int63n(pow10[r.Intn(19)]), r.Intn(maxScale+1))
		}
		frac := r.Intn(2) == 0
		want, wantOK := d, true
		for _, c := range b {
			if want, wantOK = want.appendDigit(int64(c-'0'), frac); !wantOK {
				want = Decimal{}
				break
			}
		}
		if got, ok := appendDigits(d, string(b), frac); got != want || ok != wantOK {
			t.Fatalf("appendDigits(%v, %q, %v) = %v, %v, want %v, %v", d, b, frac, got, ok, want, wantOK)
		}
	}
}
