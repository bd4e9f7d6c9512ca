package realworld

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Norm is the form in which titles and cell texts are compared: all white
// space removed (U+3000, the other Unicode spaces, and the zero-width space
// and BOM that converters leave; defined here, not taken from the pipeline
// under measure), full-width
// ASCII folded to ASCII (（一） to (一), ２０２４ to 2024), and a trailing 。 ： :
// dropped. It is deliberately lenient about spacing, which readers cannot
// be asked to reproduce ("2024 年度" in one text layer, "2024年度" in
// another), and strict about every other character.
//
//	Norm(" 上海市普陀区 2024 年度部门决算\n情况说明 ")  == "上海市普陀区2024年度部门决算情况说明"
//	Norm("（一）主要职能。")                          == "(一)主要职能"
func Norm(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.IsSpace(r), r == '\u200b', r == '\ufeff':
			continue
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFF01 - '!'
		}
		b.WriteRune(r)
	}
	out := b.String()
	for {
		r, n := utf8.DecodeLastRuneInString(out)
		if n == 0 || (r != '。' && r != ':') {
			return out
		}
		out = out[:len(out)-n]
	}
}

// prefixMatch reports whether a found title and an annotated one start
// alike: one is a prefix of the other and the shorter has at least four
// characters (the annotation of an item or row gives its first words only;
// a reader may cut a title shorter or run it into the body).
func prefixMatch(found, annotated string) bool {
	short, long := found, annotated
	if len(short) > len(long) {
		short, long = long, short
	}
	return utf8.RuneCountInString(short) >= 4 && strings.HasPrefix(long, short)
}
