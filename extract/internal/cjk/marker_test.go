package cjk

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestScanMarker(t *testing.T) {
	tests := []struct {
		name string
		line string
		want Marker
		ok   bool
	}{
		{"chinese comma", "一、部门基本情况", Marker{Chinese, 1, len("一、"), len("一、"), false}, true},
		{"chinese ten", "十、其他", Marker{Chinese, 10, len("十、"), len("十、"), false}, true},
		{"chinese eleven", "十一、其他", Marker{Chinese, 11, len("十一、"), len("十一、"), false}, true},
		{"chinese twenty", "二十、其他", Marker{Chinese, 20, len("二十、"), len("二十、"), false}, true},
		{"chinese ninety nine", "九十九．其他", Marker{Chinese, 99, len("九十九．"), len("九十九．"), false}, true},
		{"chinese ascii point", "一.概况", Marker{Chinese, 1, len("一."), len("一."), false}, true},
		{"chinese fullwidth comma", "三，问题", Marker{Chinese, 3, len("三，"), len("三，"), false}, true},
		{"bracket fullwidth", "（一）主要职能。", Marker{ChineseBracket, 1, len("（一）"), len("（一）"), false}, true},
		{"bracket ascii", "(二)机构情况", Marker{ChineseBracket, 2, len("(二)"), len("(二)"), false}, true},
		{"bracket mixed", "(三）人员", Marker{ChineseBracket, 3, len("(三）"), len("(三）"), false}, true},
		{"bracket with sep", "（四）、其他", Marker{ChineseBracket, 4, len("（四）、"), len("（四）、"), false}, true},
		{"bracket digit", "（2） 项目支出情况", Marker{ArabicBracket, 2, len("（2）"), len("（2） "), false}, true},
		{"bracket digit ascii", "(10)某项", Marker{ArabicBracket, 10, len("(10)"), len("(10)"), false}, true},
		{"bracket leading zeros", "（007）某项", Marker{ArabicBracket, 7, len("（007）"), len("（007）"), false}, true},
		{"arabic point", "1.做好工作", Marker{Arabic, 1, 2, 2, false}, true},
		{"arabic dunhao", "8、 下一步改进措施", Marker{Arabic, 8, len("8、"), len("8、 "), false}, true},
		{"arabic fullwidth point", "2．协调", Marker{Arabic, 2, len("2．"), len("2．"), false}, true},
		{"arabic two digits", "12.其他", Marker{Arabic, 12, 3, 3, false}, true},
		{"arabic then year", "1.2023年预算资金179.52万元。", Marker{Arabic, 1, 2, 2, false}, true},
		{"arabic then last year", "1.2100年", Marker{Arabic, 1, 2, 2, false}, true},
		{"arabic fused with year", "3.22023年度单位", Marker{Arabic, 3, 3, 3, true}, true},
		{"ideographic space after", "一、\u3000概况", Marker{Chinese, 1, len("一、"), len("一、\u3000"), false}, true},
		{"blanks after", "一、 \u00a0\u2003\t概况", Marker{Chinese, 1, len("一、"), len("一、 \u00a0\u2003\t"), false}, true},
		{"line end is no blank", "一、\n概况", Marker{Chinese, 1, len("一、"), len("一、"), false}, true},
		{"marker alone", "一、", Marker{Chinese, 1, len("一、"), len("一、"), false}, true},
		{"circled", "①资金使用", Marker{Circled, 1, len("①"), len("①"), false}, true},
		{"circled twenty", "⑳ 其他", Marker{Circled, 20, len("⑳"), len("⑳ "), false}, true},
		{"part", "第一部分 部门整体支出", Marker{Part, 1, len("第一部分"), len("第一部分 "), false}, true},
		{"chapter", "第十二章总则", Marker{Part, 12, len("第十二章"), len("第十二章"), false}, true},
		{"part arabic", "第3篇", Marker{Part, 3, len("第3篇"), len("第3篇"), false}, true},

		{"decimal amount", "3.5万元", Marker{}, false},
		{"period", "2023.1-2023.12", Marker{}, false},
		{"year sentence", "2023年本单位共有编制人数8人。", Marker{}, false},
		{"percent", "92.15%", Marker{}, false},
		{"three digits", "100.其他", Marker{}, false},
		{"zero", "0.其他", Marker{}, false},
		{"bracket zero", "（0）其他", Marker{}, false},
		{"bracket hundred", "（100）其他", Marker{}, false},
		{"bracket long", "（12345678901234567890123）其他", Marker{}, false},
		{"chinese word", "一般公共预算", Marker{}, false},
		{"chinese yishi", "一是加强管理", Marker{}, false},
		{"chinese date", "二〇二三年", Marker{}, false},
		{"chinese hundred", "一百、其他", Marker{}, false},
		{"liang", "两、其他", Marker{}, false},
		{"financial", "壹、其他", Marker{}, false},
		{"unclosed bracket", "（一主要", Marker{}, false},
		{"bracket word", "（万元）", Marker{}, false},
		{"document number", "〔2022〕6号", Marker{}, false},
		{"empty", "", Marker{}, false},
		{"arabic no sep", "1做好", Marker{}, false},
		{"arabic decimal not year", "1.5亿元", Marker{}, false},
		{"arabic fused not year", "3.21万元", Marker{}, false},
		{"arabic year out of range", "1.2101年", Marker{}, false},
		{"arabic comma before digit", "1，2", Marker{}, false},
		{"fused needs a point", "3、22023年", Marker{}, false},
		{"ordinal word", "第一个", Marker{}, false},
		{"part over 99", "第100章", Marker{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ScanMarker(tt.line)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

// renderMarker writes a marker of family f and ordinal n in one of the ways
// the family allows (form picks one), with the blanks after it.
func renderMarker(f Family, n int, form uint8, blank string) string {
	seps := []string{"、", "．", ".", "，", ","}
	sep := seps[int(form)%len(seps)]
	num := renderOrdinal(n)
	arabic := strconv.Itoa(n)
	open, closing := "（", "）"
	if form&1 != 0 {
		open, closing = "(", ")"
	}
	var m string
	switch f {
	case Chinese:
		m = num + sep
	case ChineseBracket:
		m = open + num + closing
	case Arabic:
		m = arabic + sep
	case ArabicBracket:
		m = open + arabic + closing
	case Circled:
		m = string(rune('①' + n - 1))
	case Part:
		m = "第" + num + []string{"部分", "章", "篇"}[int(form)%3]
	}
	return m + blank
}

// FuzzScanMarker reads back every marker it writes, with its family,
// ordinal and lengths, whatever text follows; on any input, a marker read
// lies within it.
func FuzzScanMarker(f *testing.F) {
	f.Add(uint8(1), uint8(1), uint8(0), "主要职能")
	f.Add(uint8(3), uint8(12), uint8(2), "2023年预算")
	f.Add(uint8(5), uint8(20), uint8(0), "")
	f.Add(uint8(6), uint8(3), uint8(1), "总则")
	f.Fuzz(func(t *testing.T, fam, ord, form uint8, rest string) {
		f := Family(fam%6 + 1)
		n := int(ord)%99 + 1
		if f == Circled {
			n = int(ord)%20 + 1
		}
		blank := strings.Repeat("\u3000", int(form)%3)
		if !strings.HasPrefix(rest, "、") && !strings.HasPrefix(rest, ".") && !strings.HasPrefix(rest, "．") &&
			!strings.HasPrefix(rest, "，") && !strings.HasPrefix(rest, ",") && Digits(rest) == 0 &&
			!strings.HasPrefix(rest, "十") && plainDigit(firstRune(rest)) == 0 && !IsBlank(firstRune(rest)) &&
			!strings.HasPrefix(rest, "部分") && !strings.HasPrefix(rest, "章") && !strings.HasPrefix(rest, "篇") {
			s := renderMarker(f, n, form, blank)
			m, ok := ScanMarker(s + rest)
			want := Marker{Family: f, Ordinal: n, Len: len(s) - len(blank), End: len(s)}
			if !ok || m != want {
				t.Fatalf("ScanMarker(%q) = %+v, %v, want %+v", s+rest, m, ok, want)
			}
		}
		if m, ok := ScanMarker(rest); ok && (m.Len <= 0 || m.Len > m.End || m.End > len(rest) || m.Ordinal < 1 || m.Ordinal > 99) {
			t.Fatalf("ScanMarker(%q) = %+v", rest, m)
		}
	})
}

func firstRune(s string) rune {
	r, _ := Decode(s, 0)
	return r
}
