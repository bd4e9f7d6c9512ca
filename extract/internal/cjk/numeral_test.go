package cjk

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestInt(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"五", 5, true},
		{"十", 10, true},
		{"十五", 15, true},
		{"二十", 20, true},
		{"一百零五", 105, true},
		{"两千", 2000, true},
		{"兩千", 2000, true},
		{"三万五千", 35000, true},
		{"一千零一十", 1010, true},
		{"一亿五千万", 150000000, true},
		{"壹佰贰拾叁", 123, true},
		{"叁万", 30000, true},
		{"一千五", 1500, true},
		{"三万五", 35000, true},
		{"一千零五", 1005, true},
		{"十万", 100000, true},
		{"零", 0, true},
		{"廿三", 23, true},
		{"卅", 30, true},
		{"一百廿", 120, true},
		{"一二", 0, false},
		{"二〇二三", 0, false},
		{"二○二三", 0, false},
		{"百", 0, false},
		{"千万", 0, false},
		{"零十", 0, false},
		{"万", 0, false},
		{"五x", 0, false},
		{"", 0, true},
	}
	for _, tt := range tests {
		got, ok := Int(tt.in)
		assert.Equal(t, tt.ok, ok, tt.in)
		if ok {
			assert.Equal(t, tt.want, got, tt.in)
		}
	}
}

func TestOrdinal(t *testing.T) {
	for n := 1; n <= 99; n++ {
		s := renderOrdinal(n)
		got, size := Ordinal(s + "、其他")
		if got != n || size != len(s) {
			t.Errorf("Ordinal(%q) = %d, %d, want %d, %d", s, got, size, n, len(s))
		}
	}
	for _, s := range []string{"", "零", "两", "壹", "百", "是"} {
		if got, size := Ordinal(s); got != 0 || size != 0 {
			t.Errorf("Ordinal(%q) = %d, %d, want none", s, got, size)
		}
	}
	got, size := Ordinal("十一五规划")
	assert.Equal(t, [2]int{11, len("十一")}, [2]int{got, size})
	got, size = Ordinal("一百")
	assert.Equal(t, [2]int{1, len("一")}, [2]int{got, size})
}

// renderOrdinal writes 1 … 99 as list markers write them: 十 for 10 … 19.
func renderOrdinal(n int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return digits[n]
	case n < 20:
		return "十" + digits[n%10]
	}
	return digits[n/10] + "十" + digits[n%10]
}

var (
	plainDigits     = []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	financialDigits = []string{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"}
	plainUnits      = []string{"", "十", "百", "千"}
	financialUnits  = []string{"", "拾", "佰", "仟"}
)

// renderInt writes n (below 10^16) in Chinese numerals as people write
// them: 零 for skipped places, 万 and 亿 sections, a leading 十 for 10…19
// in plain numerals, 两 for a leading 2 before 千 when liang is set.
func renderInt(n int64, financial, liang bool) string {
	digits, units := plainDigits, plainUnits
	if financial {
		digits, units = financialDigits, financialUnits
	}
	if n == 0 {
		return digits[0]
	}
	sections := []int64{n / 100000000, n / 10000 % 10000, n % 10000}
	bigs := []string{"亿", "万", ""}
	var b strings.Builder
	started := false
	for i, sec := range sections {
		if sec == 0 {
			continue
		}
		if started && sec < 1000 {
			b.WriteString(digits[0])
		}
		if i == 0 && sec >= 10000 {
			b.WriteString(renderInt(sec, financial, liang)) // 万亿 and above: 一万亿 is 一万 of 亿
		} else {
			b.WriteString(renderSection(sec, digits, units, !started && !financial, liang && !started))
		}
		b.WriteString(bigs[i])
		started = true
	}
	return b.String()
}

// renderSection writes 1…9999 with 零 between non-zero places.
func renderSection(sec int64, digits, units []string, leading, liang bool) string {
	var b strings.Builder
	zero := false
	for p := 3; p >= 0; p-- {
		d := sec / pow10[p] % 10
		if d == 0 {
			zero = b.Len() > 0
			continue
		}
		if zero {
			b.WriteString(digits[0])
			zero = false
		}
		switch {
		case leading && p == 1 && d == 1 && b.Len() == 0:
		case liang && p == 3 && d == 2 && b.Len() == 0:
			b.WriteString("两")
		default:
			b.WriteString(digits[d])
		}
		b.WriteString(units[p])
	}
	return b.String()
}

// FuzzInt holds Int to its inverse: any integer below 10^16, written in
// plain or financial numerals, reads back as itself.
func FuzzInt(f *testing.F) {
	for _, n := range []int64{0, 1, 10, 11, 20, 105, 1010, 1500, 2000, 10005, 35000, 100010, 10000500, 105000000, 123456789012, 9999999999999999} {
		f.Add(n, false, false)
	}
	f.Add(int64(2000), false, true)
	f.Add(int64(123), true, false)
	f.Fuzz(func(t *testing.T, n int64, financial, liang bool) {
		if n < 0 {
			n = -(n + 1)
		}
		n %= pow10[16]
		s := renderInt(n, financial, liang)
		got, ok := Int(s)
		if !ok || got != n {
			t.Fatalf("Int(%q) = %d, %v, want %d", s, got, ok, n)
		}
	})
}
