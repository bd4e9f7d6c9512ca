package numgen

import "strings"

// A multiplier is a power of ten: value = number · 10^exp.
type multiplier struct{ exp int }

// sectionExp are the exponents of the multiplier characters a unit may
// start with (万元, 千万元, 万亿元, 亿亿元, 萬元).
var sectionExp = map[rune]int{'十': 1, '百': 2, '千': 3, '万': 4, '萬': 4, '亿': 8, '億': 8}

// unitMultiplier returns the power of ten that takes a number written in
// unit to the case's canonical value (元 for amounts, percent for the
// ratio units, the unit itself for counts and quantities), or false for an
// amount or percent unit it does not know.
//
// Amount units: an optional run of multipliers, then 元, 圆, 块, 角 or 毛
// (10^-1) or 分 (10^-2). Percent units: %, ％ and 百分之 (1), ‰ and 千分之
// (10^-1), 万分之 (10^-2), 成 (10). Percent points: 个百分点, 百分点. Other
// units: the multipliers before any unit word, except that 千米, 千克,
// 千瓦 and 千瓦时 are units, not 1000 米.
func unitMultiplier(kind, unit string) (multiplier, bool) {
	switch kind {
	case "percent":
		m, ok := map[string]int{"%": 0, "％": 0, "百分之": 0, "‰": -1, "千分之": -1, "万分之": -2, "成": 1}[unit]
		return multiplier{m}, ok
	case "percent_point":
		return multiplier{0}, unit == "个百分点" || unit == "百分点"
	}
	exp, rest := 0, unit
	for rest != "" {
		if strings.HasPrefix(rest, "千米") || strings.HasPrefix(rest, "千克") || strings.HasPrefix(rest, "千瓦") {
			break
		}
		r := []rune(rest)[0]
		e, ok := sectionExp[r]
		if !ok {
			break
		}
		exp += e
		rest = rest[len(string(r)):]
	}
	if kind != "amount" {
		return multiplier{exp}, rest != ""
	}
	switch rest {
	case "元", "圆", "块":
		return multiplier{exp}, true
	case "角", "毛":
		return multiplier{exp - 1}, true
	case "分":
		return multiplier{exp - 2}, true
	}
	return multiplier{}, false
}

// mulShift returns the canonical text of d · 10^m.exp.
func mulShift(d Decimal, m multiplier) string {
	if m.exp >= 0 {
		return d.scaleUp(m.exp).String()
	}
	s := d.shift(-m.exp)
	if d.Neg && !d.IsZero() {
		return "-" + s
	}
	return s
}
