package segment

import (
	"strings"
	"unicode/utf8"
)

// family is the numbering family a marker is written in. Each family has a
// natural heading level: 一、 is 1, （一） is 2, 1. is 3, （1） is 4.
type family int

const (
	famChinese        family = iota + 1 // 一、 一. 一， 一．
	famChineseBracket                   // （一） (一) （一)
	famArabic                           // 1. 1、 1． 1，
	famArabicBracket                    // （1） (1)
)

func (f family) level() int { return int(f) }

// marker is a heading marker found at the start of a line.
type marker struct {
	fam     family
	ordinal int
	// end is the byte length of the marker in the line, separator and the
	// white space after it included; text after it is the heading's title.
	end int
	// sepEnd is where the marker's written form ends (before trailing
	// white space): line[:sepEnd] is the marker as written.
	sepEnd int
	// fused is set when a stray digit sits between the marker and a year
	// ("3.22023年度…"): the digit is counted into the marker.
	fused bool
}

// scanMarker reads a heading marker at the start of line, or reports false.
//
//	marker  = chinese sep | open chinese close [sep] | arabic asep | open arabic close [sep]
//	chinese = 一 … 九十九 (一 二 … 十, 十一 … 十九, 二十 … 九十九)
//	arabic  = 1 … 99 (ASCII digits; full-width digits are ASCII in canonical text)
//	sep     = 、 | ． | . | ， | ,
//	open    = （ | (        close = ） | )
//
// An Arabic marker followed by a digit is read only when what follows is a
// year ("1.2023年…"), or one stray digit and a year ("3.22023年度…", fused);
// otherwise it is a decimal number ("3.5万元", "2023.1-2023.12"). A marker
// must be followed by some text.
func scanMarker(line string) (marker, bool) {
	m, ok := scanMarkerPrefix(line)
	if !ok || m.end >= len(line) {
		return marker{}, false
	}
	return m, true
}

// headingMarker is scanMarker on the first line of a paragraph's text:
// scanMarker(firstLine(text)), without searching for the line's end. A
// marker never spans a '\n' (no part of the grammar, nor the blanks after
// it, matches one), so only the "followed by some text" rule needs the line:
// text after the marker must not start with the line's end.
func headingMarker(text string) (marker, bool) {
	m, ok := scanMarkerPrefix(text)
	if !ok || m.end >= len(text) || text[m.end] == '\n' {
		return marker{}, false
	}
	return m, true
}

// scanMarkerPrefix reads the marker and the blanks after it, without the
// rule that some text follows. A line can start a marker only with "(", an
// ASCII digit, the lead byte of "（" (0xEF) or that of a Chinese digit
// (0xE4 for 一二三五七九, 0xE5 for 四六八十): any other first byte is
// refused before anything is decoded.
func scanMarkerPrefix(line string) (marker, bool) {
	if line == "" {
		return marker{}, false
	}
	var m marker
	var ok bool
	switch c := line[0]; {
	case c == '(':
		m, ok = scanBracketed(line, 1)
	case strings.HasPrefix(line, "（"):
		m, ok = scanBracketed(line, len("（"))
	case isDigit(rune(c)):
		m, ok = scanArabic(line)
	case c == 0xE4 || c == 0xE5:
		m, ok = scanChinese(line)
	}
	if !ok || m.ordinal < 1 || m.ordinal > 99 {
		return marker{}, false
	}
	m.sepEnd = m.end
	m.end += blankLen(line[m.end:])
	return m, true
}

// blankLen returns the length of the run of blanks (isBlankRune) at the
// start of s, matching their UTF-8 bytes: a rune decoded from s is U+3000 or
// U+00A0 exactly when s holds its bytes there, valid or not around it.
func blankLen(s string) int {
	i := 0
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t':
			i++
		case strings.HasPrefix(s[i:], "\u3000"):
			i += len("\u3000")
		case strings.HasPrefix(s[i:], "\u00a0"):
			i += len("\u00a0")
		default:
			return i
		}
	}
	return i
}

// scanBracketed reads open numeral close [sep], open already read (n bytes).
func scanBracketed(line string, n int) (marker, bool) {
	rest := line[n:]
	fam, ord, k := famArabicBracket, 0, 0
	if k = digitLen(rest); k > 0 {
		ord = atoi(rest[:k])
	} else if ord, k = chineseNumeral(rest); k > 0 {
		fam = famChineseBracket
	} else {
		return marker{}, false
	}
	end := n + k
	r, size := decodeRune(line[end:])
	if r != '）' && r != ')' {
		return marker{}, false
	}
	end += size
	if r, size := decodeRune(line[end:]); isSep(r) {
		end += size
	}
	return marker{fam: fam, ordinal: ord, end: end}, true
}

// scanArabic reads digits asep, with the year rule of scanMarker.
func scanArabic(line string) (marker, bool) {
	k := digitLen(line)
	if k > 2 {
		return marker{}, false
	}
	r, size := decodeRune(line[k:])
	if !isSep(r) {
		return marker{}, false
	}
	m := marker{fam: famArabic, ordinal: atoi(line[:k]), end: k + size}
	d := digitLen(line[m.end:])
	switch {
	case d == 0:
		return m, true
	case d == 4 && isYearAt(line, m.end):
		return m, true
	case d == 5 && (r == '.' || r == '．') && isYearAt(line, m.end+1):
		m.end++
		m.fused = true
		return m, true
	}
	return marker{}, false
}

// scanChinese reads chinese sep.
func scanChinese(line string) (marker, bool) {
	ord, k := chineseNumeral(line)
	if k == 0 {
		return marker{}, false
	}
	r, size := decodeRune(line[k:])
	if !isSep(r) {
		return marker{}, false
	}
	return marker{fam: famChinese, ordinal: ord, end: k + size}, true
}

// isYearAt reports whether s[i:] starts with a year 1900–2099 followed by 年.
func isYearAt(s string, i int) bool {
	if len(s) < i+4+len("年") {
		return false
	}
	y := s[i : i+4]
	return (strings.HasPrefix(y, "19") || strings.HasPrefix(y, "20")) && strings.HasPrefix(s[i+4:], "年")
}

// chineseDigit returns the value of a Chinese digit 一 … 九, or 0.
func chineseDigit(r rune) int {
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

// chineseNumeral reads a Chinese numeral from 一 to 九十九 at the start of s
// and returns its value and byte length, or 0, 0.
//
//	numeral = digit | 十 [digit] | digit 十 [digit]
func chineseNumeral(s string) (int, int) {
	r, n := decodeRune(s)
	v := chineseDigit(r)
	switch {
	case r == '十':
		if r2, n2 := decodeRune(s[n:]); chineseDigit(r2) > 0 {
			return 10 + chineseDigit(r2), n + n2
		}
		return 10, n
	case v == 0:
		return 0, 0
	}
	r2, n2 := decodeRune(s[n:])
	if r2 != '十' {
		return v, n
	}
	if r3, n3 := decodeRune(s[n+n2:]); chineseDigit(r3) > 0 {
		return v*10 + chineseDigit(r3), n + n2 + n3
	}
	return v * 10, n + n2
}

// decodeRune is utf8.DecodeRuneInString, with the three-byte runes of CJK
// text decoded inline: a lead byte E1–EC or EE–EF followed by two
// continuation bytes is always one valid rune (only E0 and ED restrict their
// second byte). FuzzFastScans holds it to the library.
func decodeRune(s string) (rune, int) {
	if len(s) >= 3 {
		if c := s[0]; c >= 0xE1 && c <= 0xEF && c != 0xED && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(s)
}

func isSep(r rune) bool {
	switch r {
	case '、', '．', '.', '，', ',':
		return true
	}
	return false
}

func isBlankRune(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' }

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func digitLen(s string) int {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
