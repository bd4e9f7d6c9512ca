package cjk

import "strings"

// Family is the numbering family a list marker is written in.
type Family uint8

// The families of markers. The first four are the levels of a report's
// narrative, in their usual order.
const (
	Chinese        Family = iota + 1 // 一、 一. 一， 一．
	ChineseBracket                   // （一） (一) （一) （一）、
	Arabic                           // 1. 1、 1． 1，
	ArabicBracket                    // （1） (1) (1)、
	Circled                          // ① … ⑳
	Part                             // 第一部分 第二章 第三篇 第1部分
)

// Marker is a list or heading marker read at the start of a text.
type Marker struct {
	Family  Family
	Ordinal int // 1 … 99 (1 … 20 for Circled)
	// Len is the length in bytes of the marker as written, its separator
	// included: s[:Len] is "一、", "（2）", "3.2" (fused), "第一部分".
	Len int
	// End is Len plus the blanks (IsBlank) after the marker: where the text
	// after it starts.
	End int
	// Fused is set when a stray digit between an Arabic marker and a year
	// is read as a typo fused into the marker: "3.22023年度…" is item 3,
	// written "3.2".
	Fused bool
}

// ScanMarker reads a list marker at the start of s:
//
//	marker  = chinese sep | open chinese close [sep]
//	        | arabic sep  | open arabic close [sep]
//	        | circled | '第' (chinese | arabic) ('部分' | '章' | '篇')
//	chinese = 一 … 九十九 (Ordinal)
//	arabic  = 1 … 99 in one or two ASCII digits; in brackets, any digits
//	          whose value is 1 … 99
//	sep     = 、 | ． | . | ， | ,
//	open    = （ | (        close = ） | )
//	circled = ① … ⑳
//
// An Arabic marker followed by a digit is a number, not a marker ("3.5万元",
// "2023.1-2023.12", "1，2"), unless a year follows: four digits MinYear …
// MaxYear and 年 ("1.2023年预算…" is item 1), or, after a point, one stray
// digit and such a year ("3.22023年度…" is item 3, Fused). Blanks after
// the marker are read too (End); whether text must follow is the caller's
// rule. Full-width digits are not read: the canonical text has none.
func ScanMarker(s string) (Marker, bool) {
	if s == "" {
		return Marker{}, false
	}
	var m Marker
	var ok bool
	switch c := s[0]; {
	case c == '(':
		m, ok = scanBracketed(s, 1)
	case strings.HasPrefix(s, "（"):
		m, ok = scanBracketed(s, len("（"))
	case '0' <= c && c <= '9':
		m, ok = scanArabic(s)
	case strings.HasPrefix(s, "第"):
		m, ok = scanPart(s)
	case c == 0xE4 || c == 0xE5: // the lead bytes of 一 … 九 and 十
		m, ok = scanChinese(s)
	case c == 0xE2: // the lead byte of ① … ⑳
		m, ok = scanCircled(s)
	}
	if !ok || m.Ordinal < 1 || m.Ordinal > 99 {
		return Marker{}, false
	}
	m.End = m.Len + blanks(s[m.Len:])
	return m, true
}

// blanks returns the length of the run of blanks at the start of s.
func blanks(s string) int {
	i := 0
	for i < len(s) {
		r, n := Decode(s, i)
		if !IsBlank(r) {
			break
		}
		i += n
	}
	return i
}

// scanBracketed reads open numeral close [sep], open being n bytes long.
func scanBracketed(s string, n int) (Marker, bool) {
	m := Marker{Family: ArabicBracket}
	k := Digits(s[n:])
	if k > 0 {
		for _, c := range s[n : n+k] {
			m.Ordinal = min(m.Ordinal*10+int(c-'0'), 100) // 100: out of range
		}
	} else if m.Ordinal, k = Ordinal(s[n:]); k > 0 {
		m.Family = ChineseBracket
	} else {
		return Marker{}, false
	}
	end := n + k
	r, size := Decode(s, end)
	if r != '）' && r != ')' {
		return Marker{}, false
	}
	end += size
	if r, size := Decode(s, end); isSep(r) {
		end += size
	}
	m.Len = end
	return m, true
}

// scanArabic reads digits sep, with the year rule of ScanMarker.
func scanArabic(s string) (Marker, bool) {
	k := Digits(s)
	if k > 2 {
		return Marker{}, false
	}
	r, size := Decode(s, k)
	if !isSep(r) {
		return Marker{}, false
	}
	m := Marker{Family: Arabic, Ordinal: Atoi(s[:k]), Len: k + size}
	switch d := Digits(s[m.Len:]); {
	case d == 0:
		return m, true
	case d == 4 && YearAt(s, m.Len):
		return m, true
	case d == 5 && (r == '.' || r == '．') && YearAt(s, m.Len+1):
		m.Len++
		m.Fused = true
		return m, true
	}
	return Marker{}, false
}

// scanChinese reads chinese sep.
func scanChinese(s string) (Marker, bool) {
	ord, k := Ordinal(s)
	if k == 0 {
		return Marker{}, false
	}
	r, size := Decode(s, k)
	if !isSep(r) {
		return Marker{}, false
	}
	return Marker{Family: Chinese, Ordinal: ord, Len: k + size}, true
}

// scanCircled reads ① … ⑳ (U+2460 … U+2473).
func scanCircled(s string) (Marker, bool) {
	r, n := Decode(s, 0)
	if r < '①' || r > '⑳' {
		return Marker{}, false
	}
	return Marker{Family: Circled, Ordinal: int(r-'①') + 1, Len: n}, true
}

// partWords end a part marker.
var partWords = [...]string{"部分", "章", "篇"}

// scanPart reads 第 (chinese | arabic) (部分 | 章 | 篇).
func scanPart(s string) (Marker, bool) {
	n := len("第")
	ord, k := Ordinal(s[n:])
	if k == 0 {
		if k = Digits(s[n:]); k == 0 || k > 2 {
			return Marker{}, false
		}
		ord = Atoi(s[n : n+k])
	}
	rest := s[n+k:]
	for _, w := range partWords {
		if strings.HasPrefix(rest, w) {
			return Marker{Family: Part, Ordinal: ord, Len: n + k + len(w)}, true
		}
	}
	return Marker{}, false
}

// isSep reports whether r separates a marker from its text.
func isSep(r rune) bool {
	switch r {
	case '、', '．', '.', '，', ',':
		return true
	}
	return false
}
