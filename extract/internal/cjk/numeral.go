package cjk

// Digit returns the value of a Chinese digit character, and whether r is
// one:
//
//	零 〇 ○              0
//	一 壹                1
//	二 两 兩 俩 贰 貳     2
//	三 叁 參             3
//	四 肆                4
//	五 伍                5
//	六 陆 陸             6
//	七 柒                7
//	八 捌                8
//	九 玖                9
func Digit(r rune) (int, bool) {
	switch r {
	case '零', '〇', '○':
		return 0, true
	case '一', '壹':
		return 1, true
	case '二', '两', '兩', '俩', '贰', '貳':
		return 2, true
	case '三', '叁', '參':
		return 3, true
	case '四', '肆':
		return 4, true
	case '五', '伍':
		return 5, true
	case '六', '陆', '陸':
		return 6, true
	case '七', '柒':
		return 7, true
	case '八', '捌':
		return 8, true
	case '九', '玖':
		return 9, true
	}
	return 0, false
}

// IsLiang reports whether r is 两, 兩 or 俩: two as in "two of", which
// counts (两千, 两个) but is never a digit of a digit string (二〇二三), of
// the decimals after 点, or of 角 and 分.
func IsLiang(r rune) bool { return r == '两' || r == '兩' || r == '俩' }

// IsFinancial reports whether r is a character of financial uppercase
// (大写): 壹 贰 貳 叁 參 肆 伍 陆 陸 柒 捌 玖 拾 佰 仟 萬 億.
func IsFinancial(r rune) bool {
	switch r {
	case '壹', '贰', '貳', '叁', '參', '肆', '伍', '陆', '陸', '柒', '捌', '玖', '拾', '佰', '仟', '萬', '億':
		return true
	}
	return false
}

// Power returns the power of ten a multiplier character stands for, or 0:
// 十 拾 1, 百 佰 2, 千 仟 3, 万 萬 4, 亿 億 8.
func Power(r rune) int {
	switch r {
	case '十', '拾':
		return 1
	case '百', '佰':
		return 2
	case '千', '仟':
		return 3
	case '万', '萬':
		return 4
	case '亿', '億':
		return 8
	}
	return 0
}

// Tens returns the number of tens a tens character stands for, or 0: 廿 2
// (twenty), 卅 3, 卌 4.
func Tens(r rune) int {
	switch r {
	case '廿':
		return 2
	case '卅':
		return 3
	case '卌':
		return 4
	}
	return 0
}

// Numerals holds every character of a Chinese numeral: the digits, the
// multipliers and the tens characters.
var Numerals = NewSet("零〇○一壹二两兩俩贰貳三叁參四肆五伍六陆陸七柒八捌九玖", "十拾百佰千仟万萬亿億", "廿卅卌")

// IsNumeral reports whether r can be part of a Chinese numeral.
func IsNumeral(r rune) bool { return Numerals.Has(r) }

// Int evaluates a Chinese integer written positionally, plain or in
// financial uppercase, and reports whether run is one:
//
//	十五 15    一百零五 105    两千 2000    三万五千 35000    一千零一十 1010
//	一亿五千万 150000000    壹佰贰拾叁 123    廿三 23
//
// A digit after the last multiplier but one place down is read in that
// place, as people say it: 一千五 is 1500, 三万五 35000 (but 一千零五 is
// 1005). Refused: digit strings (一二, 二〇二三: two digits in a row, or 〇
// and ○, which only digit strings use), a leading multiplier other than 十
// (百, 千万), 零 before a multiplier (零十), any other character, and values
// over 10^16.
func Int(run string) (int64, bool) {
	var n intReader
	n.leading = true
	for _, r := range run {
		ok := false
		if d, isDigit := Digit(r); isDigit {
			ok = r != '〇' && r != '○' && n.readDigit(d)
		} else if e := Power(r); e > 0 {
			ok = n.readPower(e)
		} else if t := Tens(r); t > 0 {
			ok = n.readDigit(t) && n.readPower(1)
		}
		if !ok {
			return 0, false
		}
	}
	return n.value(), true
}

// intReader is the state of Int between two characters.
type intReader struct {
	total, section int64 // the sections closed by 万 and 亿, and the open one
	digit          int64 // the digit waiting for its multiplier
	haveDigit      bool
	leading        bool // nothing read yet
	zero           bool // the digit waiting is preceded by 零
	lastExp        int  // the power of the last multiplier, 0 before any
}

// readDigit reads a digit d.
func (n *intReader) readDigit(d int) bool {
	if n.haveDigit && n.digit != 0 {
		return false // two digits in a row: a digit string
	}
	n.zero = n.haveDigit && n.digit == 0 // 零 right before this digit
	n.digit, n.haveDigit, n.leading = int64(d), true, false
	return true
}

// readPower reads a multiplier of 10^e.
func (n *intReader) readPower(e int) bool {
	switch {
	case e < 4:
		if !n.haveDigit {
			if !n.leading || e != 1 {
				return false
			}
			n.digit = 1 // a leading 十: 十五
		}
		if n.digit == 0 {
			return false // 零十
		}
		n.section += n.digit * pow10[e]
	default:
		n.section += n.digit
		if n.section == 0 {
			return false
		}
		if e == 4 {
			n.total += n.section * pow10[4]
		} else {
			n.total = (n.total + n.section) * pow10[8]
		}
		n.section = 0
	}
	if n.total > pow10[16] {
		return false
	}
	n.digit, n.haveDigit, n.leading, n.zero = 0, false, false, false
	n.lastExp = e
	return true
}

// value returns the number read: a last digit after a multiplier of 100
// or more, without 零 before it, counts one place down (一千五).
func (n *intReader) value() int64 {
	d := n.digit
	if n.haveDigit && n.lastExp >= 2 && !n.zero {
		d *= pow10[n.lastExp-1]
	}
	return n.total + n.section + d
}

// pow10 holds 10^0 … 10^16.
var pow10 = [...]int64{
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
	1000000000, 10000000000, 100000000000, 1000000000000, 10000000000000,
	100000000000000, 1000000000000000, 10000000000000000,
}

// plainDigit returns the value of 一 … 九, or 0.
func plainDigit(r rune) int {
	switch r {
	case '一':
		return 1
	case '二':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	}
	return 0
}

// Ordinal reads the ordinal of a list marker at the start of s, 一 to 九十九,
// and returns its value and length in bytes, or 0, 0:
//
//	ordinal = digit | 十 [digit] | digit 十 [digit]      digit = 一 … 九
//
// It reads the longest such prefix ("十一五" gives 十一); its value is Int's.
func Ordinal(s string) (int, int) {
	r, n := Decode(s, 0)
	switch {
	case r == '十':
		if r2, n2 := Decode(s, n); plainDigit(r2) > 0 {
			n += n2
		}
	case plainDigit(r) == 0:
		return 0, 0
	default:
		if r2, n2 := Decode(s, n); r2 == '十' {
			n += n2
			if r3, n3 := Decode(s, n); plainDigit(r3) > 0 {
				n += n3
			}
		}
	}
	v, _ := Int(s[:n])
	return int(v), n
}

// Digits returns the length of the run of ASCII digits at the start of s.
func Digits(s string) int {
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return i
}

// Atoi returns the value of a short run of ASCII digits (a year, a month, an
// ordinal); it does not check for overflow.
func Atoi(digits string) int {
	n := 0
	for i := 0; i < len(digits); i++ {
		n = n*10 + int(digits[i]-'0')
	}
	return n
}

// The years a marker's year rule and a date read: 1900 to 2100.
const (
	MinYear = 1900
	MaxYear = 2100
)

// YearAt reports whether s[i:] starts with a year written in four ASCII
// digits, MinYear to MaxYear, followed by 年 ("2023年").
func YearAt(s string, i int) bool {
	if len(s) < i+4+len("年") || Digits(s[i:i+4]) != 4 || s[i+4:i+4+len("年")] != "年" {
		return false
	}
	y := Atoi(s[i : i+4])
	return MinYear <= y && y <= MaxYear
}
