package numgen

import (
	"slices"
	"strings"
	"testing"
)

// renderCases are forms written by hand, from the rules of Chinese number
// writing (and, for money, the People's Bank rules for cheques): Render of
// the decimal must include a form of that style, sign and text.
var renderCases = []struct {
	in    string
	style Style
	sign  string
	text  string
}{
	{"0", Lower, "", "零"},
	{"0", Arabic, "", "0"},
	{"12", Lower, "", "十二"},
	{"12", LowerYiShi, "", "一十二"},
	{"12", Upper, "", "壹拾贰"},
	{"19", Lower, "", "十九"},
	{"20", Lower, "", "二十"},
	{"105", Lower, "", "一百零五"},
	{"110", Lower, "", "一百一十"},
	{"110", LowerBareShi, "", "一百十"},
	{"112", Lower, "", "一百一十二"},
	{"112", LowerBareShi, "", "一百十二"},
	{"1005", Lower, "", "一千零五"},
	{"1010", Lower, "", "一千零一十"},
	{"1010", LowerBareShi, "", "一千零十"},
	{"1500", Lower, "", "一千五百"},
	{"10005", Lower, "", "一万零五"},
	{"10500", Lower, "", "一万零五百"},
	{"15005", Lower, "", "一万五千零五"},
	{"100000", Lower, "", "十万"},
	{"100000", Upper, "", "壹拾万"},
	{"100003", Lower, "", "十万零三"},
	{"110000", Lower, "", "十一万"},
	{"100100000", Lower, "", "一亿零一十万"},
	{"100050000", Lower, "", "一亿零五万"},
	{"150000000", Lower, "", "一亿五千万"},
	{"3000200000", Lower, "", "三十亿零二十万"},
	{"305000000000", Lower, "", "三千零五十亿"},
	{"1000000000000", Lower, "", "一万亿"},
	{"1000100000000", Lower, "", "一万零一亿"},
	{"10000000000000000", Lower, "", "一亿亿"},
	{"100000000000000000000", Lower, "", "一万亿亿"},
	{"9223372036854775808", Lower, "", "九百二十二亿三千三百七十二万零三百六十八亿五千四百七十七万五千八百零八"},
	{"123456789", Upper, "", "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖"},
	{"123456789", UpperTrad, "", "壹億貳仟參佰肆拾伍萬陸仟柒佰捌拾玖"},
	{"2222", LowerLiang, "", "两千两百二十二"},
	{"2222", LowerTrad, "", "兩千兩百二十二"},
	{"20000", Lower, "", "二万"},
	{"20000", LowerLiang, "", "两万"},
	{"200000000", LowerLiang, "", "两亿"},
	{"36000", LowerElliptic, "", "三万六"},
	{"36500", LowerElliptic, "", "三万六千五"},
	{"4500", LowerElliptic, "", "四千五"},
	{"350", LowerElliptic, "", "三百五"},
	{"356000", LowerElliptic, "", "三十五万六"},
	{"2023", Digits, "", "二〇二三"},
	{"2018", DigitsLing, "", "二零一八"},
	{"2023", DigitsCircle, "", "二○二三"},
	{"5678", Digits, "", "五六七八"},
	{"-12.5", Lower, "负", "负十二点五"},
	{"-12.5", Lower, "負", "負十二点五"},
	{"-12.5", LowerTrad, "負", "負十二點五"},
	{"-12.5", Arabic, "−", "−12.5"},
	{"-12.5", Arabic, "－", "－12.5"},
	{"-3", Upper, "负", "负叁"},
	{"0.07", Lower, "", "零点零七"},
	{"100.123", Lower, "", "一百点一二三"},
	{"120.34", Upper, "", "壹佰贰拾点叁肆"},
	{"3120.05", LowerTrad, "", "三千一百二十點零五"},
	{"12.50", Lower, "", "十二点五零"},
	{"205.30", Arabic, "", "205.30"},
	{"0.5", LowerLeadingPoint, "", "点五"},
	{"0.5", ArabicLeadingPoint, "", ".5"},
	{"-0.5", ArabicLeadingPoint, "-", "-.5"},
	{"1234567.89", ArabicGrouped, "", "1,234,567.89"},
	{"1234567.89", ArabicGroupedWide, "", "1，234，567.89"},
	{"30000000", MixedQianWan, "", "3千万"},
	{"30000000", MixedWan, "", "3000万"},
	{"120000000", MixedYi, "", "1.2亿"},
	{"-36000", MixedWan, "负", "负3.6万"},
	{"2005000", MixedSections, "", "200万5000"},
	{"30800", MixedSections, "", "3万零800"},
	{"30800", MixedSectionsBare, "", "3万800"},
	{"30005", MixedSections, "", "3万零5"},
	{"200004230", MixedSections, "", "2亿零4230"},
	{"123456789", MixedSections, "", "1亿2345万6789"},
	{"123.45", MoneyUpper, "", "壹佰贰拾叁元肆角伍分"},
	{"0.35", MoneyUpper, "", "叁角伍分"},
	{"0.01", MoneyUpper, "", "壹分"},
	{"20.05", MoneyUpper, "", "贰拾元零伍分"},
	{"10000", MoneyUpper, "", "壹万元整"},
	{"0", MoneyUpper, "", "零元整"},
	{"1680.32", MoneyUpper, "", "壹仟陆佰捌拾元叁角贰分"},
	{"1680.32", MoneyUpperZero, "", "壹仟陆佰捌拾元零叁角贰分"},
	{"107000.53", MoneyUpper, "", "壹拾万柒仟元伍角叁分"},
	{"107000.53", MoneyUpperZero, "", "壹拾万柒仟元零伍角叁分"},
	{"100", MoneyUpperAlt, "", "壹佰圆正"},
	{"5", MoneyUpperRMB, "", "人民币伍元整"},
	{"-100", MoneyUpper, "负", "负壹佰元整"},
	{"0.35", MoneyLower, "", "三角五分"},
	{"12.5", MoneyLower, "", "十二元五角"},
	{"7.5", MoneySpoken, "", "七块五"},
	{"7.53", MoneySpoken, "", "七块五毛三"},
	{"4.06", MoneySpoken, "", "四块零六"},
	{"3", MoneySpoken, "", "三块钱"},
	{"2", MoneySpoken, "", "两块钱"},
	{"0.8", MoneySpoken, "", "八毛"},
	{"0.2", MoneySpoken, "", "两毛"},
	{"0.85", MoneySpoken, "", "八毛五"},
	{"0.05", MoneySpoken, "", "五分钱"},
	{"1234.5", MoneySymbol, "", "¥1,234.5"},
	{"12", PercentArabic, "", "12%"},
	{"12", PercentWide, "", "12％"},
	{"50", PercentLower, "", "百分之五十"},
	{"-0.5", PercentLower, "负", "百分之负零点五"},
	{"-0.5", PercentLowerSignOut, "负", "负百分之零点五"},
	{"-12", PercentLowerSignOut, "負", "負百分之十二"},
	{"-0.5", PercentArabic, "-", "-0.5%"},
	{"0.2", PercentLeadingPoint, "", "百分之点二"},
	{"0.5", PermilleArabic, "", "5‰"},
	{"0.5", PermilleLower, "", "千分之五"},
	{"12", PermilleLower, "", "千分之一百二十"},
}

func TestRenderCases(t *testing.T) {
	for _, tc := range renderCases {
		forms := Render(MustParse(tc.in))
		i := slices.IndexFunc(forms, func(f Form) bool { return f.Style == tc.style && f.Sign == tc.sign })
		if i < 0 {
			t.Errorf("%s: no %s form with sign %q; have %s", tc.in, tc.style, tc.sign, texts(forms))
			continue
		}
		if f := forms[i]; f.Text != tc.text {
			t.Errorf("%s: %s = %q, want %q", tc.in, tc.style, f.Text, tc.text)
		}
	}
}

// absentCases are styles that cannot, or must not, write a decimal: no
// elliptic form where the last place is not one below the unit before it,
// no digit-by-digit form of fewer than three integer digits (三四 reads
// "three or four"), no money form below the 分, no 两 inside 十二万, no
// spoken or symbol form of a negative amount.
var absentCases = []struct {
	in    string
	style Style
}{
	{"105", LowerElliptic},
	{"36005", LowerElliptic},
	{"3060", LowerElliptic},
	{"150000000", LowerElliptic},
	{"12.5", LowerElliptic},
	{"23", Digits},
	{"120000", LowerLiang},
	{"20", LowerLiang},
	{"0.125", MoneyUpper},
	{"0.125", MoneySpoken},
	{"-7.5", MoneySpoken},
	{"-7.5", MoneySymbol},
	{"-7.5", MoneyUpperRMB},
	{"0", MoneySpoken},
	{"1685.5", MoneyUpperZero},
	{"12", LowerLeadingPoint},
	{"1234", MixedWan},
	{"1234567890123", MixedSections},
	{"30000.5", MixedSections},
}

func TestRenderAbsent(t *testing.T) {
	for _, tc := range absentCases {
		for _, f := range Render(MustParse(tc.in)) {
			if f.Style == tc.style {
				t.Errorf("%s: unexpected %s form %q", tc.in, tc.style, f.Text)
			}
		}
	}
}

func TestRenderUnique(t *testing.T) {
	for _, s := range []string{"0", "12", "-12.5", "0.5", "2222", "30800", "100100000"} {
		seen := map[string]bool{}
		for _, f := range Render(MustParse(s)) {
			key := string(f.Kind) + " " + f.Text
			if seen[key] {
				t.Errorf("%s: %s written twice", s, key)
			}
			seen[key] = true
		}
	}
}

func TestParse(t *testing.T) {
	for _, tc := range []struct{ in, canon, written, err string }{
		{in: "0", canon: "0", written: "0"},
		{in: "-0.00", canon: "0", written: "0.00"},
		{in: "+12", canon: "12", written: "12"},
		{in: "007.50", canon: "7.5", written: "7.50"},
		{in: ".5", canon: "0.5", written: "0.5"},
		{in: "-.5", canon: "-0.5", written: "-0.5"},
		{in: "12345678901234567890123", canon: "12345678901234567890123", written: "12345678901234567890123"},
		{in: "", err: `numgen: "": no digits`},
		{in: "-", err: `numgen: "-": no digits`},
		{in: "5.", err: `numgen: "5.": a point must be followed by digits`},
		{in: "1,000", err: `numgen: "1,000": want digits, an optional point and digits`},
		{in: "1.2.3", err: `numgen: "1.2.3": want digits, an optional point and digits`},
	} {
		d, err := Parse(tc.in)
		switch {
		case tc.err != "":
			if err == nil || err.Error() != tc.err {
				t.Errorf("Parse(%q) error = %v, want %s", tc.in, err, tc.err)
			}
		case err != nil:
			t.Errorf("Parse(%q): %v", tc.in, err)
		case d.String() != tc.canon || d.Written() != tc.written:
			t.Errorf("Parse(%q) = %s (written %s), want %s (written %s)", tc.in, d, d.Written(), tc.canon, tc.written)
		}
	}
}

func TestFromInts(t *testing.T) {
	for _, tc := range []struct {
		neg            bool
		hi, lo, frac   uint64
		places         uint8
		canon, written string
	}{
		{false, 0, 0, 0, 0, "0", "0"},
		{true, 0, 0, 0, 2, "0", "0.00"},
		{true, 0, 36000, 5, 3, "-36000.005", "-36000.005"},
		{false, 9, 223372036854775808, 0, 0, "9223372036854775808", "9223372036854775808"},
		{false, 1, 5, 0, 0, "1000000000000000005", "1000000000000000005"},
		{false, 0, 1e18 + 7, 123, 12, "7.23", "7.23"},
	} {
		d := FromInts(tc.neg, tc.hi, tc.lo, tc.frac, tc.places)
		if d.String() != tc.canon || d.Written() != tc.written {
			t.Errorf("FromInts(%v, %d, %d, %d, %d) = %s (written %s), want %s (written %s)",
				tc.neg, tc.hi, tc.lo, tc.frac, tc.places, d, d.Written(), tc.canon, tc.written)
		}
	}
}

func texts(forms []Form) string {
	var b strings.Builder
	for _, f := range forms {
		b.WriteString(" " + string(f.Style) + ":" + f.Text)
	}
	return b.String()
}
