package values

import (
	"slices"
	"testing"
)

// TestSeed checks the acceptance list on the seed report.
func TestSeed(t *testing.T) {
	text := readSeed(t)
	doc := tabDocument(t, text)
	vs := FromDocument(doc, Options{Year: 2023})
	checkSpans(t, doc.Text, vs)

	// find returns the values whose raw is raw.
	find := func(raw string) []Value {
		var out []Value
		for _, v := range vs {
			if v.Raw == raw {
				out = append(out, v)
			}
		}
		return out
	}
	written := []struct {
		raw  string
		yuan string
		min  int
	}{
		{"179.52万元", "1795200", 1}, {"205.30万元", "2053000", 2}, {"26.49万元", "264900", 1},
		{"178.81万元", "1788100", 1}, {"163.22万元", "1632200", 1}, {"15.58万元", "155800", 1},
		{"14.55万元", "145500", 1}, {"14.25万元", "142500", 1}, {"26.90万元", "269000", 1},
		{"6.78万元", "67800", 1}, {"163.46万元", "1634600", 1}, {"16.06万元", "160600", 1},
	}
	for _, w := range written {
		got := find(w.raw)
		if len(got) < w.min {
			t.Errorf("%s: found %d times, want at least %d", w.raw, len(got), w.min)
		}
		for _, v := range got {
			if v.Kind != Amount || v.Yuan.String() != w.yuan || v.Unit != "万元" || v.UnitSource != Written {
				t.Errorf("%s: got %s, want amount of %s 元", w.raw, describe(v), w.yuan)
			}
		}
	}
	quantities := map[string]string{"1407.01亩": "亩", "3650㎡": "平方米", "708.67亩": "亩",
		"57.52亩": "亩", "912亩": "亩", "9052平方米": "平方米"}
	for raw, canon := range quantities {
		if got := find(raw); len(got) == 0 || got[0].Kind != Quantity || got[0].UnitCanonical != canon {
			t.Errorf("%s: got %s, want a quantity in %s", raw, describeAll(got), canon)
		}
	}
	for raw, op := range map[string]string{"92.15%": "", "≥80%": ">=", "100%": ""} {
		if got := find(raw); len(got) == 0 || got[0].Kind != Percent || got[0].Op != op {
			t.Errorf("%s: got %s, want a percent with op %q", raw, describeAll(got), op)
		}
	}
	if got := find("2024年10月29日"); len(got) != 1 || got[0].ISO != "2024-10-29" {
		t.Errorf("2024年10月29日: got %s", describeAll(got))
	}
	for _, v := range find("2023.1-2023.12") {
		if v.Kind != Period || v.From != "2023-01" || v.To != "2023-12" {
			t.Errorf("2023.1-2023.12: got %s", describe(v))
		}
	}

	// Bare numbers take the unit of their header.
	contextual := []struct {
		raw, header string
		kind        Kind
	}{
		{"76.05", "经费控制情况（万元）", Amount}, {"67.94", "经费控制情况（万元）", Amount},
		{"25.21", "经费控制情况（万元）", Amount}, {"4.36", "经费控制情况（万元）", Amount},
		{"0.66", "经费控制情况（万元）", Amount}, {"0.00", "经费控制情况（万元）", Amount},
		{"8", "财政供养人员情况（人）", Count},
		{"179.52", "年度预\n算申请\n（万元）", Amount}, {"267.78", "年度预\n算申请\n（万元）", Amount},
		{"246.75", "年度预\n算申请\n（万元）", Amount}, {"62.48", "年度预\n算申请\n（万元）", Amount},
	}
	for _, c := range contextual {
		got := find(c.raw)
		if len(got) == 0 {
			t.Errorf("%s: not found", c.raw)
		}
		for _, v := range got {
			if v.Kind != c.kind || v.UnitSource != Row || doc.Text[v.UnitStart:v.UnitEnd] != c.header {
				t.Errorf("%s: got %s from %q, want %s from %q", c.raw, describe(v), doc.Text[v.UnitStart:v.UnitEnd], c.kind, c.header)
			}
		}
	}
	if got := find("0.66"); len(got) != 1 || got[0].Yuan.String() != "6600" {
		t.Errorf("0.66: got %s, want 6600 元", describeAll(got))
	}

	// Scores, the phone and the document number are not values.
	for _, raw := range []string{"10", "9", "20", "15", "100", "94", "0", "28580541", "6号", "6", "2022", "40", "一个"} {
		if got := find(raw); len(got) != 0 {
			t.Errorf("%s: got %s, want no value", raw, describeAll(got))
		}
	}
	if !slices.IsSortedFunc(vs, func(a, b Value) int { return a.Start - b.Start }) {
		t.Error("values not sorted by start")
	}
}

// TestTableContext checks the table rules on small tables.
func TestTableContext(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string
	}{
		{
			name: "column header unit, code and score columns skipped",
			text: "\t科目编码\n\t项目\n\t金额（万元）\n\t分值\n\n\t2080505\n\t行政运行\n\t12.50\n\t10\n",
			want: `amount "12.50" n=12.50 u=万元/元 src=column yuan=125000`,
		},
		{
			name: "title unit line before the table",
			text: "收支表\n单位：元\n\t项目\n\t金额\n\n\t办公费\n\t1,234.5\n",
			want: `amount "1,234.5" n=1234.5 u=元/元 src=title yuan=1234.5`,
		},
		{
			name: "header-less table has no unit",
			text: "\t办公费\n\t1234.5\n\n\t差旅费\n\t200\n",
			want: ``,
		},
		{
			name: "label colon number takes the row unit; a list marker does not",
			text: "\t资金（万元）\n\t年初\n\t全年\n\n\t\n\t其中：财政拨款：10.5\n\t3、其他\n",
			want: `amount "10.5" n=10.5 u=万元/元 src=row yuan=105000`,
		},
		{
			name: "total score row and rate column",
			text: "\t指标（万元）\n\t执行率\n\t数值\n\n\t总分\n\t100\n\t94\n\n\t合计\n\t92.15\n\t5\n",
			want: `amount "5" n=5 u=万元/元 src=row yuan=50000`,
		},
		{
			name: "phone-like numbers take no row unit",
			text: "\t情况（万元）\n\t电话号\n\t备注\n\n\t\n\t28580541\n\t1.5\n",
			want: `amount "1.5" n=1.5 u=万元/元 src=row yuan=15000`,
		},
		{
			name: "area column header",
			text: "\t项目\n\t面积（㎡）\n\n\t办公楼\n\t3650\n",
			want: `quantity "3650" n=3650 u=㎡/平方米 src=column base=3650`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tabDocument(t, tc.text)
			got := FromDocument(doc, Options{})
			checkSpans(t, doc.Text, got)
			if d := describeAll(got); d != tc.want {
				t.Errorf("\n got: %s\nwant: %s", d, tc.want)
			}
		})
	}
}
