package profile

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// marker returns the numbering or "其中" prefix of a row label as written
// ("1、", "（2）", "其中："), and the number of a numbered prefix (0 for
// "其中" and for a label without a prefix). The prefix is found on the
// folded label f (norm of raw, see itemPrefix) and cut from the raw text
// at the same place, so that white space or ASCII brackets inside it stay
// as written: "   (2)运行维护经费" gives "(2)", 2.
func marker(raw, f string) (string, int) {
	n, sub := itemPrefix(f)
	if n == 0 {
		return "", 0
	}
	start, end, folded := -1, len(raw), 0
	for i, r := range raw {
		if folded >= n {
			end = i
			break
		}
		if document.IsSpace(r) {
			continue
		}
		if start < 0 {
			start = i
		}
		folded += foldedLen(r)
	}
	if start < 0 {
		return "", 0
	}
	m := strings.TrimRightFunc(raw[start:end], document.IsSpace)
	if sub {
		return m, 0
	}
	return m, ordinal(f[:n])
}

// foldedLen is the length in bytes of r once norm has folded it.
func foldedLen(r rune) int {
	switch r {
	case '(', ')', ':':
		return len("（")
	}
	return utf8.RuneLen(r)
}

// ordinal reads the number of a folded list marker ("3、", "（12）", "十一、"):
// ASCII digits, or a Chinese numeral up to 九十九. It returns 0 when the
// numeral is none of these.
func ordinal(m string) int {
	m = strings.TrimPrefix(m, "（")
	end := 0
	for end < len(m) {
		r, w := utf8.DecodeRuneInString(m[end:])
		if !isNumeral(r) {
			break
		}
		end += w
	}
	m = m[:end]
	if n, err := strconv.Atoi(m); err == nil {
		return n
	}
	return chineseOrdinal(m)
}

// chineseOrdinal reads 一 … 九十九 written with 十 ("十一", "二十", "二十三");
// 0 for anything else.
func chineseOrdinal(s string) int {
	before, after, ten := strings.Cut(s, "十")
	if !ten {
		return chineseDigit(s)
	}
	tens, units := 1, 0
	if before != "" {
		tens = chineseDigit(before)
	}
	if after != "" {
		units = chineseDigit(after)
	}
	if tens == 0 || after != "" && units == 0 {
		return 0
	}
	return tens*10 + units
}

// chineseDigit reads one of 一 … 九; 0 for anything else.
func chineseDigit(s string) int {
	r, w := utf8.DecodeRuneInString(s)
	if w != len(s) {
		return 0
	}
	i := strings.IndexRune("一二三四五六七八九", r)
	if i < 0 || s == "" {
		return 0
	}
	return i/len("一") + 1
}
