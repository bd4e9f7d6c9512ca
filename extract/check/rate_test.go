package check

import (
	"testing"

	"github.com/jixiao-dev/jixiao/extract/values"
)

// TestRoundDecimal holds roundDecimal to roundRat, the rounding of the
// exact rational, on decimals around the edges, every number of places and
// every mode.
func TestRoundDecimal(t *testing.T) {
	samples := []string{"0", "1", "-1", "0.5", "-0.5", "0.125", "-0.125", "9.215", "92.15", "99.999", "0.05", "-0.05",
		"178.81", "1788000", "163.22", "0.005", "123456789012345678", "-123456789012345678", "9.99999999999999999",
		"922337203685477580.7", "0.000000000000000001", "-0.000000000000000005"}
	for _, s := range samples {
		d, err := values.ParseDecimal(s)
		if err != nil {
			t.Fatalf("%s: not a decimal", s)
		}
		for places := 0; places <= 19; places++ {
			for _, mode := range []roundMode{halfUp, down, up} {
				got, ok := roundDecimal(d, places, mode)
				want, wok := roundRat(rat(d), places, mode)
				if ok != wok || got.Written() != want.Written() {
					t.Errorf("roundDecimal(%s, %d, %d) = %s, %v; roundRat gives %s, %v", s, places, mode, got.Written(), ok, want.Written(), wok)
				}
			}
		}
	}
}
