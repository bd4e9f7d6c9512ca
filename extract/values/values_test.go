package values

import (
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// checkSpans fails unless every value's Raw is s[Start:End] and the values
// come in order without overlapping.
func checkSpans(t testing.TB, s string, vs []Value) {
	t.Helper()
	prev := 0
	for _, v := range vs {
		if v.Start < prev || v.End < v.Start || v.End > len(s) {
			t.Fatalf("%q: value %q at [%d,%d) out of order or bounds (previous end %d)", s, v.Raw, v.Start, v.End, prev)
		}
		if s[v.Start:v.End] != v.Raw {
			t.Fatalf("%q: raw %q differs from text %q at [%d,%d)", s, v.Raw, s[v.Start:v.End], v.Start, v.End)
		}
		prev = v.End
	}
}

func TestParse(t *testing.T) {
	if len(valueCases) < 250 {
		t.Fatalf("only %d value cases", len(valueCases))
	}
	for _, tc := range valueCases {
		t.Run(tc.in, func(t *testing.T) {
			got := Parse(tc.in, Options{Year: 2024})
			checkSpans(t, tc.in, got)
			if d := describeAll(got); d != tc.want {
				t.Errorf("Parse(%q)\n got: %s\nwant: %s", tc.in, d, tc.want)
			}
		})
	}
}

func TestNotValues(t *testing.T) {
	if len(notValues) < 40 {
		t.Fatalf("only %d not-value cases", len(notValues))
	}
	for _, in := range notValues {
		if got := Parse(in, Options{Year: 2024}); len(got) != 0 {
			t.Errorf("Parse(%q) = %s, want no value", in, describeAll(got))
		}
	}
}

// TestParseOffsets checks positions, the Options and the whole Value in the
// few places describe leaves out.
func TestParseOffsets(t *testing.T) {
	tests := []struct {
		name string
		in   string
		opts Options
		want []Value
	}{
		{
			name: "offsets after text and full-width digits",
			in:   "支出２６.４９万元",
			want: []Value{{Kind: Amount, Raw: "２６.４９万元", Start: 6, End: 25, Number: NewDecimal(2649, 2),
				Unit: "万元", UnitCanonical: "元", UnitSource: Written, Yuan: NewDecimal(264900, 0)}},
		},
		{
			name: "excluded marker is a separator",
			in:   "3.22023年度支出",
			opts: Options{Exclude: []document.Span{{Start: 0, End: 3}}},
			want: []Value{{Kind: Date, Raw: "2023年度", Start: 3, End: 13, ISO: "2023"}},
		},
		{
			name: "excluded value is not read",
			in:   "2023年度报告 支出5万元",
			opts: Options{Exclude: []document.Span{{Start: 0, End: 10}}},
			want: []Value{{Kind: Amount, Raw: "5万元", Start: 23, End: 30, Number: NewDecimal(5, 0),
				Unit: "万元", UnitCanonical: "元", UnitSource: Written, Yuan: NewDecimal(50000, 0)}},
		},
		{
			name: "month without a year and no report year",
			in:   "10月29日",
			want: []Value{{Kind: Date, Raw: "10月29日", Start: 0, End: 10, ISO: "--10-29"}},
		},
		{
			name: "month without a year takes the report year",
			in:   "10月",
			opts: Options{Year: 2023},
			want: []Value{{Kind: Date, Raw: "10月", Start: 0, End: 5, ISO: "2023-10"}},
		},
		{
			name: "no 29 February in 2023",
			in:   "2月29日",
			opts: Options{Year: 2023},
			want: []Value{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Parse(tc.in, tc.opts)
			checkSpans(t, tc.in, got)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d values %s, want %d", len(got), describeAll(got), len(tc.want))
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("value %d\n got: %+v\nwant: %+v", i, got[i], tc.want[i])
				}
			}
		})
	}
}
