package values

import "testing"

// TestUnitText checks the unit written with a multiplier, from the input
// when the two are adjacent and joined when they are not (¥5万 has no 元
// written).
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
}
