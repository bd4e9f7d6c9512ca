package numgen

import "strings"

// money adds the Amount forms. They need a fraction of at most two
// significant digits (角 and 分); other decimals have none.
func (r *renderer) money() {
	d, a := r.d, r.abs
	frac := strings.TrimRight(a.Frac, "0")
	if len(frac) > 2 {
		return
	}
	frac += "00"[len(frac):]
	jiao, fen := int(frac[0]-'0'), int(frac[1]-'0')
	yuan := a.Int
	r.add(MoneyArabic, Amount, d, a.written()+"元", arabicAndCnSigns, nil)
	if !d.Neg {
		r.add(MoneySymbol, Amount, d, "¥"+grouped(a, ","), nil, nil)
	}
	upper := cheque(&upperSet, yuan, jiao, fen, "元", "整", false)
	r.add(MoneyUpper, Amount, d, upper, cnSigns, nil)
	if yuan != "0" && strings.HasSuffix(yuan, "0") && jiao > 0 {
		r.add(MoneyUpperZero, Amount, d, cheque(&upperSet, yuan, jiao, fen, "元", "整", true), cnSigns, nil)
	}
	r.add(MoneyUpperAlt, Amount, d, cheque(&upperSet, yuan, jiao, fen, "圆", "正", false), cnSigns, nil)
	if !d.Neg {
		r.add(MoneyUpperRMB, Amount, d, "人民币"+upper, nil, nil)
	}
	r.add(MoneyLower, Amount, d, cheque(&lowerSet, yuan, jiao, fen, "元", "", false), cnSigns, nil)
	if !d.Neg {
		r.add(MoneySpoken, Amount, d, spoken(yuan, jiao, fen), nil, nil)
	}
}

// cheque writes an amount the way cheques and invoices do (中国人民银行
// 《支付结算办法》附件一): the integer part and 元, then 角 and 分, with
//
//   - whole (whole 元): 元整 (or 正), 零元整 for zero;
//   - 角 but no 分: …元伍角, no 整;
//   - 分 but no 角: …元零伍分;
//   - below one 元: the 元 part left out (叁角伍分, 伍分).
//
// When the 元 digit is 0 and 角 is not, the rules allow a 零 after 元 or
// none (壹仟陆佰捌拾元叁角贰分 or …元零叁角贰分); zeroAfterYuan writes it.
func cheque(n *numerals, yuan string, jiao, fen int, yuanChar, whole string, zeroAfterYuan bool) string {
	var b strings.Builder
	if yuan != "0" {
		b.WriteString(n.integer(yuan, n == &lowerSet))
		b.WriteString(yuanChar)
	}
	switch {
	case jiao == 0 && fen == 0:
		if yuan == "0" {
			b.WriteString(n.digits[0] + yuanChar)
		}
		b.WriteString(whole)
	case jiao == 0:
		if yuan != "0" {
			b.WriteString(n.digits[0])
		}
		b.WriteString(n.digits[fen] + "分")
	default:
		if zeroAfterYuan {
			b.WriteString(n.digits[0])
		}
		b.WriteString(n.digits[jiao] + "角")
		if fen > 0 {
			b.WriteString(n.digits[fen] + "分")
		}
	}
	return b.String()
}

// spoken writes an amount as speech and quotes do, with 块 and 毛: 七块五
// (7.5), 七块五毛三 (7.53), 四块零六 (4.06), 三块钱 (3), 八毛 (0.8), 八毛五
// (0.85), 五分钱 (0.05); 两 for a lone 2 (两块, 两毛). Zero has no spoken
// form ("").
func spoken(yuan string, jiao, fen int) string {
	two := func(d int) string {
		if d == 2 {
			return "两"
		}
		return lowerSet.digits[d]
	}
	var b strings.Builder
	if yuan != "0" {
		y := liang(lowerSet.integer(yuan, true))
		if y == "二" {
			y = "两"
		}
		b.WriteString(y + "块")
		switch {
		case jiao > 0 && fen > 0:
			b.WriteString(lowerSet.digits[jiao] + "毛" + lowerSet.digits[fen])
		case jiao > 0:
			b.WriteString(lowerSet.digits[jiao])
		case fen > 0:
			b.WriteString("零" + lowerSet.digits[fen])
		default:
			b.WriteString("钱")
		}
		return b.String()
	}
	switch {
	case jiao > 0 && fen > 0:
		return two(jiao) + "毛" + lowerSet.digits[fen]
	case jiao > 0:
		return two(jiao) + "毛"
	case fen > 0:
		return two(fen) + "分钱"
	}
	return ""
}

// percents adds the Percent forms: value d percent.
func (r *renderer) percents() {
	d, a := r.d, r.abs
	r.add(PercentArabic, Percent, d, a.written()+"%", arabicSigns, nil)
	r.add(PercentWide, Percent, d, a.written()+"％", arabicSigns, nil)
	cn := lowerSet.number(a, true)
	r.add(PercentLower, Percent, d, "百分之"+cn, cnSigns, func(s string) string { return "百分之" + s + cn })
	r.add(PercentLowerSignOut, Percent, d, "百分之"+cn, cnSigns, nil)
	if a.Int == "0" && a.Frac != "" {
		r.add(PercentLeadingPoint, Percent, d, "百分之"+lowerSet.fraction(a.Frac), cnSigns,
			func(s string) string { return "百分之" + s + lowerSet.fraction(a.Frac) })
	}
	pm := a.scaleUp(1)
	r.add(PermilleArabic, Percent, d, pm.written()+"‰", arabicSigns, nil)
	r.add(PermilleLower, Percent, d, "千分之"+lowerSet.number(pm, true), cnSigns,
		func(s string) string { return "千分之" + s + lowerSet.number(pm, true) })
}
