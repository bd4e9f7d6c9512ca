package numgen

import (
	"fmt"
	"math/big"
	"strings"
	"testing"
	"unicode/utf8"
)

// This file holds a reference reader of exactly the forms Render writes,
// written separately from the renderer and as plainly as possible (math/big,
// strings), so that a random decimal → Render → read back → compare test
// checks the generator before the numeral grammar of extract/values is
// tested against it.

var cnDigitValue = map[rune]int64{
	'零': 0, '〇': 0, '○': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4,
	'五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
	'壹': 1, '贰': 2, '貳': 2, '叁': 3, '參': 3, '肆': 4, '伍': 5, '陆': 6, '陸': 6,
	'柒': 7, '捌': 8, '玖': 9,
}

var cnPlace = map[rune]int64{'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000}

// readForm reads the text of a form of kind k and returns its value.
func readForm(k Kind, text string) (*big.Rat, error) {
	switch k {
	case Amount:
		return readMoney(text)
	case Percent:
		return readPercent(text)
	}
	return readNumber(text)
}

// readSigned reads an optional sign in front of a number read by read.
func readSigned(s string, read func(string) (*big.Rat, error)) (*big.Rat, error) {
	for _, sign := range []string{"负", "負", "-", "−", "－"} {
		if rest, ok := strings.CutPrefix(s, sign); ok {
			v, err := read(rest)
			if err != nil {
				return nil, err
			}
			return v.Neg(v), nil
		}
	}
	return read(s)
}

func readNumber(s string) (*big.Rat, error) { return readSigned(s, readUnsigned) }

// readUnsigned reads an Arabic, mixed or Chinese number without sign.
func readUnsigned(s string) (*big.Rat, error) {
	if s == "" {
		return nil, fmt.Errorf("empty number")
	}
	for _, m := range []struct {
		suffix string
		exp    int
	}{{"千万", 7}, {"万", 4}, {"亿", 8}} {
		if head, ok := strings.CutSuffix(s, m.suffix); ok && isArabic(head) {
			v, err := readArabic(head)
			if err != nil {
				return nil, err
			}
			return v.Mul(v, pow10Rat(m.exp)), nil
		}
	}
	if isArabic(s) {
		return readArabic(s)
	}
	intText, frac, _ := strings.Cut(strings.ReplaceAll(s, "點", "点"), "点")
	if i := strings.IndexByte(intText, '.'); i >= 0 { // a mixed-sections fraction
		intText, frac = intText[:i], intText[i+1:]
	}
	v := new(big.Rat)
	if intText != "" {
		n, err := readCnInt(intText)
		if err != nil {
			return nil, err
		}
		v.SetInt(n)
	}
	f, err := readFraction(frac)
	if err != nil {
		return nil, err
	}
	return v.Add(v, f), nil
}

func isArabic(s string) bool {
	return s != "" && strings.Trim(s, "0123456789.,，") == ""
}

// readArabic reads ASCII digits with optional thousands commas and point.
func readArabic(s string) (*big.Rat, error) {
	t := strings.NewReplacer(",", "", "，", "").Replace(s)
	if strings.HasPrefix(t, ".") {
		t = "0" + t
	}
	v, ok := new(big.Rat).SetString(t)
	if !ok {
		return nil, fmt.Errorf("bad Arabic number %q", s)
	}
	return v, nil
}

// readFraction reads fraction digits (Chinese or ASCII) after a point.
func readFraction(s string) (*big.Rat, error) {
	if s == "" {
		return new(big.Rat), nil
	}
	var digits strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			digits.WriteRune(r)
			continue
		}
		d, ok := cnDigitValue[r]
		if !ok {
			return nil, fmt.Errorf("bad fraction digit %q in %q", r, s)
		}
		digits.WriteByte(byte('0' + d))
	}
	v, _ := new(big.Rat).SetString("0." + digits.String())
	return v, nil
}

// readCnInt reads a Chinese (or mixed Arabic-section) integer: digit by
// digit when it has no unit at all, else split at the last 亿, then at 万.
func readCnInt(s string) (*big.Int, error) {
	if !strings.ContainsAny(s, "十拾百佰千仟万萬亿億") && utf8.RuneCountInString(s) > 1 && !isArabic(s) {
		var digits strings.Builder
		for _, r := range s {
			d, ok := cnDigitValue[r]
			if !ok {
				return nil, fmt.Errorf("bad digit %q in %q", r, s)
			}
			digits.WriteByte(byte('0' + d))
		}
		n, _ := new(big.Int).SetString(digits.String(), 10)
		return n, nil
	}
	s = strings.NewReplacer("億", "亿", "萬", "万").Replace(s)
	if i := strings.LastIndex(s, "亿"); i >= 0 {
		return readSplit(s[:i], s[i+len("亿"):], 8, readCnInt)
	}
	if i := strings.Index(s, "万"); i >= 0 {
		return readSplit(s[:i], s[i+len("万"):], 4, readSection)
	}
	return readSection(s)
}

// readSplit reads hi·10^exp + lo, where lo is read by readLo after an
// optional 零; a lone digit as lo is elliptic (三万六: 6 is 6000).
func readSplit(hi, lo string, exp int, readLo func(string) (*big.Int, error)) (*big.Int, error) {
	h, err := readCnInt(hi)
	if err != nil {
		return nil, err
	}
	h.Mul(h, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(exp)), nil))
	if lo == "" {
		return h, nil
	}
	rest, zero := strings.CutPrefix(lo, "零")
	l, err := readLo(rest)
	if err != nil {
		return nil, err
	}
	if _, single := cnDigitValue[[]rune(rest)[0]]; single && !zero && utf8.RuneCountInString(rest) == 1 && exp == 4 {
		l.Mul(l, big.NewInt(1000))
	}
	return h.Add(h, l), nil
}

// readSection reads 1…9999 written with place units, or Arabic digits.
func readSection(s string) (*big.Int, error) {
	if isArabic(s) {
		n, ok := new(big.Int).SetString(s, 10)
		if !ok {
			return nil, fmt.Errorf("bad section %q", s)
		}
		return n, nil
	}
	var total, cur int64
	last := int64(0) // the last place unit written
	zero, hasDigit := false, false
	for _, r := range s {
		if p, ok := cnPlace[r]; ok {
			if !hasDigit {
				cur = 1 // 十二: a bare 十
			}
			total += cur * p
			last, cur, hasDigit, zero = p, 0, false, false
			continue
		}
		d, ok := cnDigitValue[r]
		if !ok {
			return nil, fmt.Errorf("bad numeral %q in %q", r, s)
		}
		if d == 0 {
			zero = true
			continue
		}
		cur, hasDigit = d, true
	}
	if hasDigit && last >= 100 && !zero {
		cur *= last / 10 // elliptic: 三百五 is 350
	}
	return big.NewInt(total + cur), nil
}

// readMoney reads the Amount forms.
func readMoney(s string) (*big.Rat, error) {
	s = strings.TrimPrefix(s, "人民币")
	if rest, ok := strings.CutPrefix(s, "¥"); ok {
		return readArabic(rest)
	}
	return readSigned(s, func(s string) (*big.Rat, error) {
		s = strings.TrimSuffix(strings.TrimSuffix(s, "整"), "正")
		if strings.Contains(s, "块") || strings.Contains(s, "毛") || strings.HasSuffix(s, "分钱") {
			return readSpoken(s)
		}
		yuan, rest, ok := cutAny(s, "元", "圆")
		if !ok {
			yuan, rest = "零", s
		}
		v, err := readUnsigned(yuan)
		if err != nil {
			return nil, err
		}
		rest = strings.TrimPrefix(rest, "零")
		for _, u := range []struct {
			char string
			exp  int
		}{{"角", 1}, {"分", 2}} {
			var d string
			if d, rest, ok = strings.Cut(rest, u.char); ok {
				dv, err := readUnsigned(d)
				if err != nil {
					return nil, err
				}
				v.Add(v, dv.Quo(dv, pow10Rat(u.exp)))
			} else {
				rest = d
			}
		}
		if rest != "" {
			return nil, fmt.Errorf("left over %q", rest)
		}
		return v, nil
	})
}

// readSpoken reads 块/毛 amounts: 七块五, 四块零六, 八毛五, 五分钱.
func readSpoken(s string) (*big.Rat, error) {
	v := new(big.Rat)
	if head, ok := strings.CutSuffix(s, "分钱"); ok {
		f, err := readUnsigned(head)
		if err != nil {
			return nil, err
		}
		return f.Quo(f, pow10Rat(2)), nil
	}
	yuan, rest, ok := strings.Cut(s, "块")
	if !ok {
		yuan, rest = "零", s
	}
	y, err := readUnsigned(yuan)
	if err != nil {
		return nil, err
	}
	v.Add(v, y)
	rest = strings.TrimSuffix(rest, "钱")
	jiao, fen := rest, ""
	if j, f, ok := strings.Cut(rest, "毛"); ok {
		jiao, fen = j, f
	} else if f, ok := strings.CutPrefix(rest, "零"); ok {
		jiao, fen = "", f
	}
	for i, part := range []string{jiao, fen} {
		if part == "" {
			continue
		}
		p, err := readUnsigned(part)
		if err != nil {
			return nil, err
		}
		v.Add(v, p.Quo(p, pow10Rat(i+1)))
	}
	return v, nil
}

// readPercent reads the Percent forms, the sign before or after 百分之.
func readPercent(s string) (*big.Rat, error) {
	scale := 0
	neg := false
	for _, sign := range []string{"负", "負"} {
		if rest, ok := strings.CutPrefix(s, sign); ok {
			s, neg = rest, true
		}
	}
	switch {
	case strings.HasPrefix(s, "百分之"):
		s = strings.TrimPrefix(s, "百分之")
	case strings.HasPrefix(s, "千分之"):
		s, scale = strings.TrimPrefix(s, "千分之"), 1
	case strings.HasSuffix(s, "‰"):
		s, scale = strings.TrimSuffix(s, "‰"), 1
	default:
		s = strings.TrimSuffix(strings.TrimSuffix(s, "%"), "％")
	}
	v, err := readNumber(s)
	if err != nil {
		return nil, err
	}
	if neg {
		v.Neg(v)
	}
	return v.Quo(v, pow10Rat(scale)), nil
}

func cutAny(s string, seps ...string) (before, after string, found bool) {
	for _, sep := range seps {
		if b, a, ok := strings.Cut(s, sep); ok {
			return b, a, true
		}
	}
	return s, "", false
}

func pow10Rat(n int) *big.Rat {
	return new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil))
}

// checkRoundTrip fails unless every form of d reads back as its Value, and
// its Value is d.
func checkRoundTrip(t *testing.T, d Decimal) {
	t.Helper()
	want, ok := new(big.Rat).SetString(d.String())
	if !ok {
		t.Fatalf("%+v: canonical %q is no number", d, d.String())
	}
	forms := Render(d)
	if len(forms) == 0 {
		t.Fatalf("%s: no forms", d)
	}
	for _, f := range forms {
		if f.Value != d.String() {
			t.Errorf("%s: %s %q has Value %s", d, f.Style, f.Text, f.Value)
		}
		got, err := readForm(f.Kind, f.Text)
		if err != nil {
			t.Errorf("%s: %s %q: %v", d, f.Style, f.Text, err)
			continue
		}
		if got.Cmp(want) != 0 {
			t.Errorf("%s: %s %q reads as %s", d, f.Style, f.Text, got.FloatString(12))
		}
	}
}

func TestRoundTrip(t *testing.T) {
	for _, s := range []string{
		"0", "0.0", "1", "2", "10", "11", "12", "19", "20", "22", "100", "101", "105", "110", "112",
		"1000", "1005", "1010", "1500", "2000", "2205.5", "10000", "10005", "10500", "11000",
		"15005", "20000", "20008", "30800", "36000", "100003", "110000", "206000", "356000",
		"1000000", "10000000", "30000000", "36000000", "100000000", "100100000", "100050000",
		"150000000", "305000000", "3000200000", "305000000000", "1000000000000", "1000100000000",
		"10000000000000000", "9223372036854775807", "9223372036854775808",
		"12345678901234567890123456789012345678", "0.5", "0.05", "0.35", "0.07", "3.14159",
		"205.30", "123.45", "99.99", "-12.5", "-0.5", "-3", "-30800", "-0.05", "1680.32",
		"107000.53", "-9223372036854775809.99",
	} {
		checkRoundTrip(t, MustParse(s))
	}
}

func FuzzRender(f *testing.F) {
	f.Add(false, uint64(0), uint64(36000), uint64(0), uint8(0))
	f.Add(true, uint64(0), uint64(1000100000000), uint64(5), uint8(2))
	f.Add(false, uint64(92233), uint64(720368547758080), uint64(123), uint8(3))
	f.Fuzz(func(t *testing.T, neg bool, hi, lo, frac uint64, places uint8) {
		checkRoundTrip(t, FromInts(neg, hi, lo, frac, places))
	})
}
