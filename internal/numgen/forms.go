package numgen

import "strings"

// Kind says what a Form's text denotes, and so what its Value is in.
type Kind string

// The kinds of form.
const (
	// Number: a bare number; Value is the number. A caller appends the unit
	// its grammar needs to make a value of it (元, 人, 亩).
	Number Kind = "number"
	// Amount: money written with its unit (元/圆/角/分/块/毛, ¥); Value is
	// in 元.
	Amount Kind = "amount"
	// Percent: a percentage, permille or 百分之 form; Value is in percent.
	Percent Kind = "percent"
)

// Style names a way of writing a number. The package documentation lists
// each with an example.
type Style string

// The styles of Number forms.
const (
	Arabic             Style = "arabic"
	ArabicGrouped      Style = "arabic-grouped"
	ArabicGroupedWide  Style = "arabic-grouped-wide"
	ArabicLeadingPoint Style = "arabic-leading-point"
	Lower              Style = "lower"
	LowerTrad          Style = "lower-trad"
	LowerLiang         Style = "lower-liang"
	LowerYiShi         Style = "lower-yishi"
	LowerBareShi       Style = "lower-bare-shi"
	LowerElliptic      Style = "lower-elliptic"
	LowerLeadingPoint  Style = "lower-leading-point"
	Digits             Style = "digits"
	DigitsLing         Style = "digits-ling"
	DigitsCircle       Style = "digits-circle"
	Upper              Style = "upper"
	UpperTrad          Style = "upper-trad"
	MixedWan           Style = "mixed-wan"
	MixedQianWan       Style = "mixed-qianwan"
	MixedYi            Style = "mixed-yi"
	MixedSections      Style = "mixed-sections"
	MixedSectionsBare  Style = "mixed-sections-nozero"
)

// The styles of Amount forms.
const (
	MoneyUpper     Style = "money-upper"
	MoneyUpperZero Style = "money-upper-zero"
	MoneyUpperAlt  Style = "money-upper-alt"
	MoneyUpperRMB  Style = "money-upper-rmb"
	MoneyLower     Style = "money-lower"
	MoneySpoken    Style = "money-spoken"
	MoneySymbol    Style = "money-symbol"
	MoneyArabic    Style = "money-arabic"
)

// The styles of Percent forms.
const (
	PercentArabic       Style = "percent"
	PercentWide         Style = "percent-wide"
	PercentLower        Style = "percent-lower"
	PercentLowerSignOut Style = "percent-lower-sign-first"
	PercentLeadingPoint Style = "percent-leading-point"
	PermilleArabic      Style = "permille"
	PermilleLower       Style = "permille-lower"
)

// Form is one written form of a decimal.
type Form struct {
	Style Style
	Kind  Kind
	// Sign is the sign as written in Text ("负", "負", "-", "−", "－"), empty
	// for a number that is not negative.
	Sign string
	// Text is the written form.
	Text string
	// Value is the canonical decimal (Decimal.String) Text denotes: the
	// number for Number forms, in 元 for Amount, in percent for Percent.
	Value string
}

// The sign spellings: Chinese forms take 负 or 負, Arabic forms the ASCII
// hyphen-minus, U+2212 MINUS SIGN or U+FF0D FULLWIDTH HYPHEN-MINUS.
var (
	cnSigns     = []string{"负", "負"}
	arabicSigns = []string{"-", "−", "－"}
)

// Render writes d in every style that can write it, each once per sign
// spelling when d is negative. The forms come in a fixed order (the order
// of the styles above, then of the signs), and no two have the same Kind
// and Text.
func Render(d Decimal) []Form {
	if d.Int == "" {
		d.Int = "0"
	}
	if d.IsZero() {
		d.Neg = false
	}
	r := renderer{d: d, abs: d.abs(), seen: map[string]bool{}}
	r.numbers()
	r.money()
	r.percents()
	return r.out
}

// renderer collects the forms of one decimal.
type renderer struct {
	d, abs Decimal
	out    []Form
	seen   map[string]bool
}

// add appends the form of body (written without sign) once per sign
// spelling in signs (once, unsigned, when d is not negative). place puts
// the sign into the text; nil puts it in front.
func (r *renderer) add(st Style, k Kind, value Decimal, body string, signs []string, place func(sign string) string) {
	if body == "" {
		return
	}
	if !r.d.Neg {
		signs = []string{""}
	}
	for _, s := range signs {
		text := s + body
		if place != nil && s != "" {
			text = place(s)
		}
		if key := string(k) + "\x00" + text; !r.seen[key] {
			r.seen[key] = true
			r.out = append(r.out, Form{Style: st, Kind: k, Sign: s, Text: text, Value: value.String()})
		}
	}
}

// numbers adds the Number forms.
func (r *renderer) numbers() {
	d, a := r.d, r.abs
	r.add(Arabic, Number, d, a.written(), arabicSigns, nil)
	if len(a.Int) > 3 {
		r.add(ArabicGrouped, Number, d, grouped(a, ","), arabicSigns, nil)
		r.add(ArabicGroupedWide, Number, d, grouped(a, "，"), arabicSigns, nil)
	}
	if a.Int == "0" && a.Frac != "" {
		r.add(ArabicLeadingPoint, Number, d, "."+a.Frac, arabicSigns, nil)
		r.add(LowerLeadingPoint, Number, d, lowerSet.fraction(a.Frac), cnSigns, nil)
	}
	lower := lowerSet.number(a, true)
	r.add(Lower, Number, d, lower, cnSigns, nil)
	r.add(LowerTrad, Number, d, strings.ReplaceAll(liang(lowerTradSet.number(a, true)), "两", "兩"), cnSigns, nil)
	r.add(LowerLiang, Number, d, liang(lower), cnSigns, nil)
	r.add(LowerYiShi, Number, d, lowerSet.number(a, false), cnSigns, nil)
	r.add(LowerBareShi, Number, d, strings.ReplaceAll(lower, "一十", "十"), cnSigns, nil)
	if strings.Trim(a.Frac, "0") == "" && a.Int != "0" {
		r.add(LowerElliptic, Number, d, elliptic(lowerSet.integer(a.Int, true)), cnSigns, nil)
	}
	if len(a.Int) >= 3 {
		r.add(Digits, Number, d, digitForm(a, "〇"), cnSigns, nil)
		r.add(DigitsLing, Number, d, digitForm(a, "零"), cnSigns, nil)
		r.add(DigitsCircle, Number, d, digitForm(a, "○"), cnSigns, nil)
	}
	r.add(Upper, Number, d, upperSet.number(a, false), cnSigns, nil)
	r.add(UpperTrad, Number, d, upperTradSet.number(a, false), cnSigns, nil)
	r.mixed()
}

// mixed adds the forms that mix Arabic digits with 万, 千万 and 亿.
func (r *renderer) mixed() {
	d, a := r.d, r.abs
	n := len(a.Int)
	if n >= 5 {
		r.add(MixedWan, Number, d, a.shift(4)+"万", arabicAndCnSigns, nil)
	}
	if n == 8 {
		r.add(MixedQianWan, Number, d, a.shift(7)+"千万", arabicAndCnSigns, nil)
	}
	if n >= 9 {
		r.add(MixedYi, Number, d, a.shift(8)+"亿", arabicAndCnSigns, nil)
	}
	if n >= 5 && n <= 12 {
		r.add(MixedSections, Number, d, sections(a, true), arabicAndCnSigns, nil)
		r.add(MixedSectionsBare, Number, d, sections(a, false), arabicAndCnSigns, nil)
	}
}

// arabicAndCnSigns are the signs a mixed form takes.
var arabicAndCnSigns = []string{"-", "−", "－", "负"}

// grouped writes a's integer digits in groups of three separated by sep,
// then its fraction as written.
func grouped(a Decimal, sep string) string {
	s := a.Int
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteByte(s[i])
	}
	if a.Frac != "" {
		b.WriteString("." + a.Frac)
	}
	return b.String()
}

// digitForm writes a digit by digit with zero as given (二〇二三), and its
// fraction after 点.
func digitForm(a Decimal, zero string) string {
	var b strings.Builder
	lowerSet.digitByDigit(&b, a.Int, zero)
	if a.Frac != "" {
		b.WriteString(lowerSet.point)
		lowerSet.digitByDigit(&b, a.Frac, zero)
	}
	return b.String()
}

// sections writes a (of 5 to 12 integer digits) as Arabic sections with 亿
// and 万 (1亿2345万6789). With zero, a section after a skipped one, or of
// fewer than four digits after a written one, is preceded by 零
// (3万零800, 1亿零5); without it, 零 is written only where the section has
// a single digit (3万800 but 3万零5: "3万5" is 35000 in speech). The
// fraction follows the last section, which must then be written: "" is
// returned when the last section is zero and there is a fraction.
func sections(a Decimal, zero bool) string {
	s := a.Int
	for len(s) < 12 {
		s = "0" + s
	}
	parts := [3]string{s[:4], s[4:8], s[8:]}
	marks := [3]string{"亿", "万", ""}
	var b strings.Builder
	wrote, gap := false, false
	for i, p := range parts {
		t := strings.TrimLeft(p, "0")
		if t == "" {
			gap = wrote
			continue
		}
		if wrote && (gap || len(t) < 4) && (zero || len(t) == 1 || gap) {
			b.WriteString("零")
		}
		b.WriteString(t + marks[i])
		wrote, gap = true, false
	}
	if a.Frac != "" {
		if strings.TrimLeft(parts[2], "0") == "" {
			return ""
		}
		b.WriteString("." + a.Frac)
	}
	return b.String()
}
