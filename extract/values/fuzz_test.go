package values

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// addCorpusLines calls add with every non-blank line of corpus/*.txt.
func addCorpusLines(f testing.TB, add func(string)) {
	files, _ := filepath.Glob("../../corpus/*.txt")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		for _, ln := range strings.Split(string(b), "\n") {
			if strings.TrimSpace(ln) != "" {
				add(ln)
			}
		}
	}
}

func FuzzParse(f *testing.F) {
	addCorpusLines(f, func(s string) { f.Add(s, 0, 0) })
	for _, tc := range valueCases {
		f.Add(tc.in, 1, 2)
	}
	f.Fuzz(func(t *testing.T, s string, exStart, exLen int) {
		var opts Options
		if exLen > 0 && exStart >= 0 && exStart < len(s) {
			opts.Exclude = []document.Span{{Start: exStart, End: min(len(s), exStart+exLen)}}
		}
		vs := Parse(s, opts)
		checkSpans(t, s, vs)
		for _, v := range vs {
			if v.Kind == "" {
				t.Fatalf("%q: value %q has no kind", s, v.Raw)
			}
			for _, e := range opts.Exclude {
				if v.Start < e.End && e.Start < v.End {
					t.Fatalf("%q: value %q overlaps the excluded [%d,%d)", s, v.Raw, e.Start, e.End)
				}
			}
			if v.Kind == Amount && !v.Yuan.Valid() && !v.Low.Valid() {
				t.Fatalf("%q: amount %q has no yuan", s, v.Raw)
			}
		}
	})
}

// cnDigits are the plain and the financial digit characters.
var (
	plainDigits     = []rune("零一二三四五六七八九")
	financialDigits = []rune("零壹贰叁肆伍陆柒捌玖")
	plainUnits      = []string{"", "十", "百", "千"}
	financialUnits  = []string{"", "拾", "佰", "仟"}
)

// renderCn writes n in Chinese numerals the way people write them: 零 for
// skipped places, 万 and 亿 sections, a leading 十 for 10…19.
func renderCn(n uint64, financial bool) string {
	digits, units := plainDigits, plainUnits
	if financial {
		digits, units = financialDigits, financialUnits
	}
	if n == 0 {
		return string(digits[0])
	}
	sections := []uint64{n / 100000000, n / 10000 % 10000, n % 10000}
	bigs := []string{"亿", "万", ""}
	var b strings.Builder
	started := false
	for i, sec := range sections {
		if sec == 0 {
			continue
		}
		if started && sec < 1000 {
			b.WriteRune(digits[0])
		}
		b.WriteString(renderSection(sec, digits, units, !started && !financial))
		b.WriteString(bigs[i])
		started = true
	}
	// Sections above 亿 would need 万亿; the fuzz keeps n below 10^12.
	if n >= 1000000000000 {
		return ""
	}
	return b.String()
}

// renderSection writes 1…9999 with 零 between non-zero places.
func renderSection(sec uint64, digits []rune, units []string, leading bool) string {
	var b strings.Builder
	zero := false
	for p := 3; p >= 0; p-- {
		d := sec / uint64(pow10[p]) % 10
		if d == 0 {
			zero = b.Len() > 0
			continue
		}
		if zero {
			b.WriteRune(digits[0])
			zero = false
		}
		if !(leading && p == 1 && d == 1 && b.Len() == 0) {
			b.WriteRune(digits[d])
		}
		b.WriteString(units[p])
	}
	return b.String()
}

func FuzzNumerals(f *testing.F) {
	for _, n := range []uint64{0, 1, 10, 11, 20, 105, 1010, 1500, 2000, 10005, 35000, 100010, 10000500, 105000000, 123456789012} {
		f.Add(n, uint8(0), uint16(0))
	}
	f.Add(uint64(123), uint8(2), uint16(45))
	f.Add(uint64(3), uint8(2), uint16(14))
	f.Fuzz(func(t *testing.T, n uint64, places uint8, frac uint16) {
		n %= 1000000000000
		places %= 3
		frac %= uint16(pow10[places])
		want := NewDecimal(int64(n)*pow10[places]+int64(frac), int(places))
		// Chinese numerals: integer part, 点 and a digit per decimal.
		cn := renderCn(n, false)
		if places > 0 {
			cn += "点"
			for _, c := range want.Written()[len(want.Written())-int(places):] {
				cn += string(plainDigits[c-'0'])
			}
		}
		checkAmount(t, cn+"元", want)
		// Financial uppercase: 元, then 角 and 分.
		fin := renderCn(n, true) + "元"
		if places == 0 {
			fin += "整"
		} else {
			cents := int64(frac)
			if places == 1 {
				cents *= 10
			}
			jiao, fen := cents/10, cents%10
			switch {
			case jiao == 0 && fen == 0:
				fin += "整"
			case jiao == 0:
				fin += "零" + string(financialDigits[fen]) + "分"
			case fen == 0:
				fin += string(financialDigits[jiao]) + "角"
			default:
				fin += string(financialDigits[jiao]) + "角" + string(financialDigits[fen]) + "分"
			}
		}
		checkAmount(t, fin, want)
	})
}

// checkAmount fails unless s is exactly one amount of want 元.
func checkAmount(t *testing.T, s string, want Decimal) {
	t.Helper()
	vs := Parse(s, Options{})
	if len(vs) != 1 || vs[0].Raw != s || vs[0].Kind != Amount || vs[0].Yuan.Cmp(want) != 0 {
		t.Fatalf("Parse(%q) = %s, want one amount of %s 元", s, describeAll(vs), want)
	}
}
