package numgen

import "strings"

// numerals is one way of writing Chinese numerals: its ten digits, the
// place units within a section (十 百 千), the section units (万 亿) and the
// point.
type numerals struct {
	digits           [10]string
	ten, hund, thous string
	wan, yi          string
	point            string
}

var (
	// lowerSet: 一二三, 十百千, 万亿, 点.
	lowerSet = numerals{
		digits: [10]string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"},
		ten:    "十", hund: "百", thous: "千", wan: "万", yi: "亿", point: "点",
	}
	// lowerTradSet: the traditional characters 萬 億 點.
	lowerTradSet = numerals{
		digits: lowerSet.digits,
		ten:    "十", hund: "百", thous: "千", wan: "萬", yi: "億", point: "點",
	}
	// upperSet: the financial capitals 壹贰叁, 拾佰仟.
	upperSet = numerals{
		digits: [10]string{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"},
		ten:    "拾", hund: "佰", thous: "仟", wan: "万", yi: "亿", point: "点",
	}
	// upperTradSet: the traditional financial capitals 貳 參 陸, 萬 億 點.
	upperTradSet = numerals{
		digits: [10]string{"零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"},
		ten:    "拾", hund: "佰", thous: "仟", wan: "萬", yi: "億", point: "點",
	}
)

// integer writes the integer digits s (no leading zeros, not "0") in
// numerals n. bareTen writes a number that starts with 1 in the tens place
// as 十 rather than 一十 (十二, 十万); it applies to the first place of the
// whole number only.
//
// Grammar: a number is split at 亿 recursively (its part above 亿 is
// itself a number, so 10^12 is 一万亿 and 10^16 一亿亿), the part below 亿
// at 万, and each section of up to four digits is written place by place.
// One 零 stands for each run of skipped places between two written digits,
// inside a section (一千零五) and across a section boundary (一万零五百,
// 一亿零五十万, 一万零一亿); none is written at the end (一千五百).
func (n *numerals) integer(s string, bareTen bool) string {
	var b strings.Builder
	n.writeInteger(&b, s, bareTen)
	return b.String()
}

func (n *numerals) writeInteger(b *strings.Builder, s string, bareTen bool) {
	if len(s) > 8 {
		hi, lo := s[:len(s)-8], s[len(s)-8:]
		n.writeInteger(b, hi, bareTen)
		b.WriteString(n.yi)
		n.writeLower(b, lo)
		return
	}
	if len(s) > 4 {
		hi, lo := s[:len(s)-4], s[len(s)-4:]
		n.section(b, hi, bareTen)
		b.WriteString(n.wan)
		n.writeLower(b, lo)
		return
	}
	n.section(b, s, bareTen)
}

// writeLower writes the fixed-width lower part lo (8 digits below 亿 or 4
// below 万) after a written higher part: nothing when it is zero, else 零
// when its first place is skipped, then the number.
func (n *numerals) writeLower(b *strings.Builder, lo string) {
	t := strings.TrimLeft(lo, "0")
	if t == "" {
		return
	}
	if len(t) < len(lo) {
		b.WriteString(n.digits[0])
	}
	n.writeInteger(b, t, false)
}

// section writes 1…9999 (s has no leading zeros) place by place.
func (n *numerals) section(b *strings.Builder, s string, bareTen bool) {
	units := [4]string{"", n.ten, n.hund, n.thous}
	wrote, zero := false, false
	for i := 0; i < len(s); i++ {
		place := len(s) - 1 - i
		d := s[i] - '0'
		if d == 0 {
			zero = wrote
			continue
		}
		if zero {
			b.WriteString(n.digits[0])
			zero = false
		}
		if !(bareTen && !wrote && place == 1 && d == 1) {
			b.WriteString(n.digits[d])
		}
		b.WriteString(units[place])
		wrote = true
	}
}

// fraction writes the point and each fraction digit ("点零五").
func (n *numerals) fraction(frac string) string {
	if frac == "" {
		return ""
	}
	var b strings.Builder
	b.WriteString(n.point)
	n.digitByDigit(&b, frac, n.digits[0])
	return b.String()
}

// digitByDigit writes each ASCII digit of s as its numeral, with zero as
// given.
func (n *numerals) digitByDigit(b *strings.Builder, s, zero string) {
	for i := 0; i < len(s); i++ {
		if s[i] == '0' {
			b.WriteString(zero)
		} else {
			b.WriteString(n.digits[s[i]-'0'])
		}
	}
}

// number writes d's absolute value: its integer part (零 for zero) and its
// fraction.
func (n *numerals) number(d Decimal, bareTen bool) string {
	intPart := n.digits[0]
	if d.intDigits() != "0" {
		intPart = n.integer(d.Int, bareTen)
	}
	return intPart + n.fraction(d.Frac)
}

// liang respells 二 as 两 where speech and most writing have it: before 百
// and 千, and before 万 or 亿 when it is the number's first character
// (两万, 两亿, but 十二万 and 一百零二万 keep 二).
func liang(s string) string {
	r := []rune(s)
	for i := 0; i+1 < len(r); i++ {
		if r[i] != '二' {
			continue
		}
		switch next := r[i+1]; {
		case next == '百' || next == '千':
			r[i] = '两'
		case (next == '万' || next == '亿') && i == 0:
			r[i] = '两'
		}
	}
	return string(r)
}

// elliptic drops the last place unit where speech does and the reading is
// unambiguous: a number ending in a digit one place below the unit before
// it (三百五十 → 三百五, 四千五百 → 四千五, 三万六千 → 三万六). It returns ""
// when the number has no such ending.
func elliptic(s string) string {
	r := []rune(s)
	if len(r) < 3 {
		return ""
	}
	a, unit := r[len(r)-3], r[len(r)-1]
	if !isDigitRune(r[len(r)-2]) || r[len(r)-2] == '零' {
		return ""
	}
	switch {
	case a == '百' && unit == '十', a == '千' && unit == '百', a == '万' && unit == '千':
		return string(r[:len(r)-1])
	}
	return ""
}

func isDigitRune(r rune) bool { return strings.ContainsRune("零一二三四五六七八九两", r) }
