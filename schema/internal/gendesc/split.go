package main

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Split separates a doc comment (as ast.CommentGroup.Text gives it) into its
// English and Chinese parts; see the package comment for the rule. Lines of
// a paragraph are joined with a space in English and with nothing in
// Chinese; paragraphs are separated by a blank line.
func Split(name, text string) (en, zh string) {
	var enParas, zhParas []string
	for _, para := range strings.Split(strings.TrimSpace(text), "\n\n") {
		var enLines, zhLines []string
		inZh := false
		prev := ""
		for _, line := range strings.Split(para, "\n") {
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			if !inZh && startsChinese(name, line) && endsSentence(prev) {
				inZh = true
			}
			if inZh {
				zhLines = append(zhLines, line)
			} else {
				enLines = append(enLines, line)
			}
			prev = line
		}
		if len(enLines) > 0 {
			enParas = append(enParas, strings.Join(enLines, " "))
		}
		if len(zhLines) > 0 {
			zhParas = append(zhParas, joinChinese(zhLines))
		}
	}
	return strings.Join(enParas, "\n\n"), strings.Join(zhParas, "\n\n")
}

// startsChinese reports whether line begins with a Han character, or with
// an ASCII word (the documented name or a code word) and then one.
func startsChinese(name, line string) bool {
	rest := line
	if i := strings.IndexByte(line, ' '); i > 0 && isASCIIWord(line[:i]) {
		rest = strings.TrimSpace(line[i+1:])
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if unicode.Is(unicode.Han, r) {
		return true
	}
	r, _ = utf8.DecodeRuneInString(line)
	return unicode.Is(unicode.Han, r)
}

// isASCIIWord reports whether s is a Go-style identifier.
func isASCIIWord(s string) bool {
	for i, r := range s {
		ok := r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9'
		if !ok {
			return false
		}
	}
	return s != ""
}

// endsSentence reports whether the line before ends a sentence, so that
// what follows may start the Chinese part. The first line of a paragraph
// (prev empty) does too.
func endsSentence(prev string) bool {
	if prev == "" {
		return true
	}
	prev = strings.TrimRight(prev, `)"'”）`)
	return strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, "。")
}

// joinChinese joins the lines of a Chinese paragraph: with nothing between
// two CJK characters, with a space where an ASCII word meets another.
func joinChinese(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			last, _ := utf8.DecodeLastRuneInString(b.String())
			first, _ := utf8.DecodeRuneInString(l)
			if last < utf8.RuneSelf && first < utf8.RuneSelf {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return b.String()
}
