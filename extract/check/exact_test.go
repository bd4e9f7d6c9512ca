package check

import (
	"testing"

	"github.com/jixiao-dev/jixiao/extract/values"
)

// exactSamples are decimals around the edges of the int64 arithmetic.
var exactSamples = []string{
	"0", "1", "-1", "0.5", "-0.5", "0.125", "-0.125", "9.215", "92.15", "99.999",
	"178.81", "1788000", "163.22", "0.005", "123456789012345678", "-123456789012345678",
	"99999999999999999", "9.99999999999999999", "922337203685477580.7", "0.000000000000000001",
}

// TestRoundDecimal holds roundDecimal to roundRat, the math/big rounding it
// replaces, on every sample, number of places and mode.
func TestRoundDecimal(t *testing.T) {
	for _, s := range exactSamples {
		d, err := values.ParseDecimal(s)
		if err != nil {
			t.Fatalf("%s: not a decimal", s)
		}
		for places := 0; places <= 19; places++ {
			for _, mode := range []roundMode{halfUp, down, up} {
				got, ok := roundDecimal(d, places, mode)
				want, wok := roundRat(rat(d), places, mode)
				if ok != wok || got.Written() != want.Written() {
					t.Errorf("roundDecimal(%s, %d, %d) = %s, %v; math/big gives %s, %v", s, places, mode, got.Written(), ok, want.Written(), wok)
				}
			}
		}
	}
}

// TestRateFiguresExact holds the int64 rate figures to the math/big ones
// wherever the int64 ones are given, and checks they are given on the
// seed's sizes of figures.
func TestRateFiguresExact(t *testing.T) {
	amounts := []string{"0.01", "1", "178.81", "205.30", "2053000", "999999999.99", "0", "-3.5", "123456789012.345"}
	rates := []string{"100", "92.15", "0.5", "99.999", "1000.1", "7"}
	given := 0
	for _, bs := range amounts {
		for _, es := range amounts {
			for _, rs := range rates {
				b, ok1 := amount(label{"b"}, wan(bs, 0))
				e, ok2 := amount(label{"e"}, wan(es, 1))
				r, ok3 := percent(label{"r"}, pct("", rs, 2))
				if !ok1 || !ok2 || !ok3 || b.num.Sign() <= 0 || b.half.Cmp(b.num) >= 0 {
					continue
				}
				places := r.num.Places()
				got, ok := rateFiguresExact(b, e, r, places)
				if !ok {
					continue
				}
				given++
				want, wok := rateFiguresBig(b, e, r, places)
				if !wok || got.within != want.within || got.want.Written() != want.want.Written() ||
					got.shown.Written() != want.shown.Written() || got.tol.Written() != want.tol.Written() || got.off.Written() != want.off.Written() {
					t.Errorf("%s / %s against %s: int64 %+v, math/big %+v (%v)", es, bs, rs, got, want, wok)
				}
			}
		}
	}
	if given < 100 {
		t.Errorf("the int64 path gave only %d rate checks", given)
	}
}

// TestFraction checks the fraction operations on small cases and their
// overflow.
func TestFraction(t *testing.T) {
	tests := []struct {
		name string
		got  fraction
		want fraction
	}{
		{"reduce", newFraction(10, -4), fraction{-5, 2}},
		{"zero", newFraction(0, 7), fraction{0, 1}},
		{"no den", newFraction(1, 0), fraction{}},
		{"decimal", fractionOf(values.NewDecimal(-20530, 2)), fraction{-2053, 10}},
		{"invalid decimal", fractionOf(values.Decimal{}), fraction{}},
		{"tenPower", tenPower(5, -3), fraction{1, 200}},
		{"tenPower big", tenPower(5, 4), fraction{50000, 1}},
		{"tenPower out", tenPower(5, 19), fraction{}},
		{"add", fraction{1, 3}.add(fraction{1, 6}), fraction{1, 2}},
		{"sub", fraction{1, 3}.sub(fraction{1, 2}), fraction{-1, 6}},
		{"mul", fraction{2, 3}.mul(fraction{9, 4}), fraction{3, 2}},
		{"quo", fraction{2, 3}.quo(fraction{-4, 9}), fraction{-3, 2}},
		{"quo 0", fraction{2, 3}.quo(fraction{0, 1}), fraction{}},
		{"overflow", fraction{maxInt64, 1}.add(fraction{1, 1}), fraction{}},
		{"mul overflow", fraction{1 << 40, 1}.mul(fraction{1 << 40, 1}), fraction{}},
		{"invalid", fraction{}.add(fraction{1, 1}), fraction{}},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %+v, want %+v", tt.name, tt.got, tt.want)
		}
	}
	if c := (fraction{maxInt64, 3}).cmp(fraction{maxInt64 - 1, 3}); c != 1 {
		t.Errorf("cmp of large fractions = %d", c)
	}
	if c := (fraction{-1, 3}).cmp(fraction{-1, 2}); c != 1 {
		t.Errorf("cmp(-1/3, -1/2) = %d", c)
	}
}
