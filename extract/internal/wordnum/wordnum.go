// Package wordnum renders the numbers of Word's automatic list numbering
// in its number formats, for the DOCX and the .doc reader alike: the
// ST_NumberFormat values of ECMA-376 Part 1 §17.18.59 (w:numFmt), and the
// MSONFC codes of [MS-DOC] §2.9.165 that name the same formats in a .doc.
//
// Format(11, "chineseCounting") is "十一", Format(3, "chineseLegalSimplified")
// "叁", Format(2, "decimalEnclosedCircle") "②", Format(28, "upperLetter")
// "BB", Format(4, "lowerRoman") "iv". A format the package does not know,
// or a number outside what a format can show (a 21st enclosed circle, a
// Chinese number of 10^8), renders as decimal, so that a marker is never
// lost; "none" renders as nothing. Parsing numerals back is not here: that
// is the grammar of Chinese numerals and list markers of the floor package.
package wordnum

import (
	"strconv"
	"strings"
)

// Format renders n in a numbering format (ST_NumberFormat, ECMA-376
// Part 1 §17.18.59). Formats it does not know render as decimal, so a
// marker is never lost; "none" renders as nothing.
func Format(n int, format string) string {
	switch format {
	case "none":
		return ""
	case "decimalZero":
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "koreanCounting":
		if s := chineseNumber(n, &chineseSimple); s != "" {
			return s
		}
	case "chineseLegalSimplified":
		if s := chineseNumber(n, &chineseLegal); s != "" {
			return s
		}
	case "ideographTraditional":
		if n >= 1 {
			return string([]rune("甲乙丙丁戊己庚辛壬癸")[(n-1)%10])
		}
	case "ideographZodiac":
		if n >= 1 {
			return string([]rune("子丑寅卯辰巳午未申酉戌亥")[(n-1)%12])
		}
	case "decimalFullWidth", "decimalFullWidth2":
		return fullWidth(n)
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if n >= 1 && n <= 20 {
			return string(rune('①' + n - 1))
		}
	case "decimalEnclosedParen":
		if n >= 1 && n <= 20 {
			return string(rune('⑴' + n - 1))
		}
	case "decimalEnclosedFullstop":
		if n >= 1 && n <= 20 {
			return string(rune('⒈' + n - 1))
		}
	case "upperLetter":
		return letters(n, 'A')
	case "lowerLetter":
		return letters(n, 'a')
	case "upperRoman":
		return roman(n)
	case "lowerRoman":
		return strings.ToLower(roman(n))
	}
	return strconv.Itoa(n)
}

// numerals are the digits and units of a Chinese number system.
type numerals struct {
	digits [10]string
	units  [4]string // ones, tens, hundreds, thousands
	wan    string
}

var (
	chineseSimple = numerals{
		digits: [10]string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"},
		units:  [4]string{"", "十", "百", "千"},
		wan:    "万",
	}
	chineseLegal = numerals{
		digits: [10]string{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"},
		units:  [4]string{"", "拾", "佰", "仟"},
		wan:    "万",
	}
)

// chineseNumber writes 1 ≤ n < 100,000,000 as Chinese numerals: 11 is 十一
// in counting style (壹拾壹 in legal style), 101 is 一百零一, 1010 is
// 一千零一十. It returns "" outside that range.
func chineseNumber(n int, nm *numerals) string {
	if n < 1 || n >= 100000000 {
		return ""
	}
	var b strings.Builder
	if n >= 10000 {
		b.WriteString(chineseBelow10000(n/10000, nm, true))
		b.WriteString(nm.wan)
		if rest := n % 10000; rest > 0 {
			if rest < 1000 {
				b.WriteString(nm.digits[0])
			}
			b.WriteString(chineseBelow10000(rest, nm, false))
		}
		return b.String()
	}
	return chineseBelow10000(n, nm, true)
}

// chineseBelow10000 writes 1 ≤ n < 10000; leading says whether the number
// starts here (so that 10–19 drop the leading 一 in counting style).
func chineseBelow10000(n int, nm *numerals, leading bool) string {
	var b strings.Builder
	zero := false
	for p := 3; p >= 0; p-- {
		pow := []int{1, 10, 100, 1000}[p]
		d := n / pow % 10
		if d == 0 {
			if b.Len() > 0 {
				zero = true
			}
			continue
		}
		if zero {
			b.WriteString(nm.digits[0])
			zero = false
		}
		skipOne := p == 1 && d == 1 && b.Len() == 0 && leading && nm == &chineseSimple
		if !skipOne {
			b.WriteString(nm.digits[d])
		}
		b.WriteString(nm.units[p])
	}
	return b.String()
}

// fullWidth writes n with full-width digits (U+FF10–U+FF19).
func fullWidth(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			c = '０' + (c - '0')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// letters writes n as A, B, … Z, AA, BB, … as Word does (§17.18.59
// upperLetter: the letter repeated once per 26).
func letters(n int, base rune) string {
	if n < 1 || n > 26*100 {
		return strconv.Itoa(n)
	}
	c := string(base + rune((n-1)%26))
	return strings.Repeat(c, (n-1)/26+1)
}

// roman writes 1 ≤ n < 4000 in Roman numerals, otherwise decimal.
func roman(n int) string {
	if n < 1 || n >= 4000 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// NFC names an MSONFC number format of a .doc ([MS-DOC] §2.9.165) as
// ECMA-376's ST_NumberFormat does, for Format: the codes follow that
// list's order, 0xFF is "none", and an unknown code is "decimal".
func NFC(nfc byte) string {
	if int(nfc) < len(nfcNames) {
		return nfcNames[nfc]
	}
	if nfc == 0xFF {
		return "none"
	}
	return "decimal"
}

var nfcNames = []string{
	"decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "ordinal",
	"cardinalText", "ordinalText", "hex", "chicago", "ideographDigital", "japaneseCounting",
	"aiueo", "iroha", "decimalFullWidth", "decimalHalfWidth", "japaneseLegal",
	"japaneseDigitalTenThousand", "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth",
	"irohaFullWidth", "decimalZero", "bullet", "ganada", "chosung", "decimalEnclosedFullstop",
	"decimalEnclosedParen", "decimalEnclosedCircleChinese", "ideographEnclosedCircle",
	"ideographTraditional", "ideographZodiac", "ideographZodiacTraditional", "taiwaneseCounting",
	"ideographLegalTraditional", "taiwaneseCountingThousand", "taiwaneseDigital", "chineseCounting",
	"chineseLegalSimplified", "chineseCountingThousand", "koreanDigital", "koreanCounting",
	"koreanLegal", "koreanDigital2", "vietnameseCounting", "russianLower", "russianUpper",
	"none",
}
