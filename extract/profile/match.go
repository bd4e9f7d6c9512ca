package profile

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
)

// norm folds a label for matching: white space (line breaks of vertical
// or wrapped cells, U+3000 padding) is removed, ASCII brackets and colons
// become full-width, and a trailing colon is dropped. "年度预\n算申请\n（万元）"
// becomes "年度预算申请（万元）". Invalid UTF-8 is respelled as U+FFFD.
func norm(s string) string {
	if folded.Index(s, 0) < len(s) {
		s = strings.Map(foldWide, s)
	}
	return strings.TrimSuffix(s, "：")
}

// folded are the characters foldWide changes: white space and ASCII
// brackets and colons. Most labels hold none.
var folded = cjk.NewSet("\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"+
	"\u200b\u2028\u2029\u202f\u205f\u3000\ufeff", "():")

// foldWide maps a character of a label for norm: white space goes, ASCII
// brackets and colons become full-width.
func foldWide(r rune) rune {
	switch {
	case cjk.IsSpace(r):
		return -1
	case r == '(':
		return '（'
	case r == ')':
		return '）'
	case r == ':':
		return '：'
	}
	return r
}

// flat removes the white space of a cell written over several lines
// ("经济效\n益指标" → "经济效益指标"), keeping every other character.
func flat(s string) string { return cjk.StripSpace(s) }

// stripUnit removes a bracketed unit or note at the end of a folded label:
// "经费控制情况（万元）" → "经费控制情况".
func stripUnit(s string) string {
	if !strings.HasSuffix(s, "）") {
		return s
	}
	if i := strings.LastIndex(s, "（"); i > 0 {
		return s[:i]
	}
	return s
}

// itemPrefix returns the length of a list marker (cjk.ScanMarker: "1、",
// "（1）", "1.") or of "其中：" at the start of a folded label, the marker's
// ordinal, and whether it is "其中".
func itemPrefix(s string) (n, ordinal int, sub bool) {
	if strings.HasPrefix(s, "其中：") {
		return len("其中："), 0, true
	}
	if strings.HasPrefix(s, "其中") && len(s) > len("其中") {
		return len("其中"), 0, true
	}
	if m, ok := cjk.ScanMarker(s); ok && m.Family != cjk.Part {
		return m.Len, m.Ordinal, false
	}
	return 0, 0, false
}

// bareLabel folds a row label and removes its list marker or "其中：",
// reporting what it removed.
func bareLabel(s string) (label string, numbered, sub bool) {
	return bareFolded(norm(s))
}

// bareFolded is bareLabel of a label folded already.
func bareFolded(f string) (label string, numbered, sub bool) {
	n, _, isSub := itemPrefix(f)
	if n == 0 {
		return f, false, false
	}
	return strings.TrimPrefix(f[n:], "："), !isSub, isSub
}

// placeholder reports whether a cell stands for "nothing written": blank,
// dashes or a slash. "无" is not a placeholder: it is written text.
func placeholder(s string) bool {
	t := cjk.TrimSpace(s)
	if t == "" || t == "/" || t == "／" {
		return true
	}
	return strings.Trim(t, "—-－–一") == "" && !strings.Contains(t, "一一")
}
