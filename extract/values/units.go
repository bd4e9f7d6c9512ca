package values

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
)

// unitInfo describes a unit word: the kind of value it makes and its
// canonical spelling.
type unitInfo struct {
	text  string
	kind  Kind
	canon string
}

// units are the unit words read after a number, longest first where one is
// a prefix of another (个月 before 个, 平方米 before 米). Amounts (元) and
// their 角/分 are read by the amount rule; 分 alone is a score, never money.
var units = [...]unitInfo{
	{"个百分点", PercentPoint, "百分点"},
	{"百分点", PercentPoint, "百分点"},
	{"%", Percent, "%"},
	{"％", Percent, "%"},
	{"平方公里", Quantity, "平方千米"},
	{"平方千米", Quantity, "平方千米"},
	{"km²", Quantity, "平方千米"},
	{"平方米", Quantity, "平方米"},
	{"平米", Quantity, "平方米"},
	{"㎡", Quantity, "平方米"},
	{"m²", Quantity, "平方米"},
	{"m2", Quantity, "平方米"},
	{"立方米", Quantity, "立方米"},
	{"m³", Quantity, "立方米"},
	{"m3", Quantity, "立方米"},
	{"公顷", Quantity, "公顷"},
	{"亩", Quantity, "亩"},
	{"公里", Quantity, "千米"},
	{"千米", Quantity, "千米"},
	{"km", Quantity, "千米"},
	{"厘米", Quantity, "厘米"},
	{"毫米", Quantity, "毫米"},
	{"米", Quantity, "米"},
	{"吨", Quantity, "吨"},
	{"千克", Quantity, "千克"},
	{"公斤", Quantity, "千克"},
	{"千瓦时", Quantity, "千瓦时"},
	{"千瓦", Quantity, "千瓦"},
	{"个工作日", Duration, "工作日"},
	{"工作日", Duration, "工作日"},
	{"个月", Duration, "月"},
	{"小时", Duration, "小时"},
	{"天", Duration, "天"},
	{"周", Duration, "周"},
	{"年", Duration, "年"},
	{"人次", Count, "人次"},
	{"人", Count, "人"},
	{"个", Count, "个"},
	{"项", Count, "项"},
	{"户", Count, "户"},
	{"次", Count, "次"},
	{"件", Count, "件"},
	{"家", Count, "家"},
	{"所", Count, "所"},
	{"名", Count, "名"},
	{"台", Count, "台"},
	{"辆", Count, "辆"},
	{"套", Count, "套"},
	{"份", Count, "份"},
	{"场", Count, "场"},
	{"处", Count, "处"},
	{"座", Count, "座"},
	{"条", Count, "条"},
}

// unitIndex lists the units by first character; unit tests only those
// that begin with the input's next character, in the order of units.
var unitIndex = cjk.NewWords(func() []string {
	ws := make([]string, len(units))
	for i, u := range units {
		ws[i] = u.text
	}
	return ws
}()...)

// unitFollowers are texts that, right after a unit word, show it is not one:
// 年度 after a number that is no year, 人民币, 天然, 周边, 次年 …
var unitFollowers = map[string]string{
	"年": "度级底初末内中份", // 3年度, 5年级, 年底 …
	"人": "民员",
	"天": "然津池",
	"周": "边期转年",
	"次": "年日月",
	"名": "称单义",
	"台": "账帐",
	"所": "属以有在",
	"件": "事",
	"条": "件例",
	"处": "理置",
	"场": "所景地",
	"份": "额",
	"家": "庭",
	"米": "粮",
}

// unit reads a unit word at pos.
//
//	unit := one of units, not followed by an ASCII letter (latin units) or
//	        by a character of its unitFollowers entry
func (l *lexer) unit() (unitInfo, bool) {
	rest := l.s[l.pos:]
	for _, i := range unitIndex.At(rest, 0) {
		u := &units[i]
		if !strings.HasPrefix(rest, u.text) {
			continue
		}
		r, _ := cjk.Decode(rest, len(u.text))
		if u.text[0] < 0x80 && isASCIIAlnum(r) {
			continue
		}
		if f, ok := unitFollowers[u.text]; ok && strings.ContainsRune(f, r) {
			return unitInfo{}, false
		}
		l.pos += len(u.text)
		return *u, true
	}
	return unitInfo{}, false
}

// lookupUnit returns the unit whose text is exactly s.
func lookupUnit(s string) (unitInfo, bool) {
	for _, u := range units {
		if u.text == s {
			return u, true
		}
	}
	return unitInfo{}, false
}
