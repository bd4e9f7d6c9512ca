package pdf

import (
	"strings"
	"unicode/utf8"
)

// A paragraph's last line can end right at the margin, and then only the
// words tell that the next line starts a new paragraph. The reader looks at
// two things only, and only in that case: the line ends a sentence, and the
// next starts with an outline marker. Finding and levelling headings is the
// segmenter's business; this is just enough to keep a heading off the end
// of the paragraph before it.

// endsSentence reports whether s ends with a full-width or ASCII sentence
// end: 。！？；： (and their ASCII forms), with closing quotes or brackets
// after it.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "”’\"')）」』")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("。！？；：!?;:", r)
}

// startsWithMarker reports whether s starts with an outline marker:
//
//	第 numeral 部分|章|节|篇    一、 十二．   （一） (3) （12）   1. 2、 10．   附件 附件2
//
// where a numeral is Chinese (一…十百零〇两) or one or two ASCII digits.
func startsWithMarker(s string) bool {
	if rest, ok := strings.CutPrefix(s, "附件"); ok {
		return rest == "" || numeralLen(rest) > 0 || rest[0] == ' '
	}
	if rest, ok := strings.CutPrefix(s, "第"); ok {
		n := numeralLen(rest)
		if n == 0 {
			return false
		}
		for _, w := range []string{"部分", "章", "节", "篇"} {
			if strings.HasPrefix(rest[n:], w) {
				return true
			}
		}
		return false
	}
	for _, open := range []string{"（", "("} {
		if rest, ok := strings.CutPrefix(s, open); ok {
			n := numeralLen(rest)
			return n > 0 && (strings.HasPrefix(rest[n:], "）") || strings.HasPrefix(rest[n:], ")"))
		}
	}
	n := numeralLen(s)
	if n == 0 {
		return false
	}
	for _, sep := range []string{"、", ".", "．"} {
		if strings.HasPrefix(s[n:], sep) {
			return true
		}
	}
	return false
}

// numeralLen returns the byte length of the numeral s starts with: Chinese
// numeral characters, or one or two ASCII digits.
func numeralLen(s string) int {
	if d := digits(s); d > 0 {
		if d > 2 {
			return 0
		}
		return d
	}
	n := 0
	for _, r := range s {
		if !strings.ContainsRune("一二三四五六七八九十百零〇两", r) {
			break
		}
		n += utf8.RuneLen(r)
	}
	return n
}
