package profile

import (
	"strings"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// norm folds a label for matching: white space (line breaks of vertical
// or wrapped cells, U+3000 padding) is removed, ASCII brackets and colons
// become full-width, and a trailing colon is dropped. "年度预\n算申请\n（万元）"
// becomes "年度预算申请（万元）".
func norm(s string) string {
	if !needsFold(s) {
		return strings.TrimSuffix(s, "：")
	}
	return strings.TrimSuffix(fold(s, true), "：")
}

// fold removes the white space of s (document.IsSpace) and, when wide is
// set, makes ASCII brackets and colons full-width. Invalid UTF-8 is
// respelled as U+FFFD, as a loop over the runes of s writes it.
//
// A valid s is copied in runs of bytes between the bytes it changes,
// without decoding or encoding a rune: the bytes of a valid text that
// start a space are the spaces' own (spaceAt), and every other byte is
// kept as it is.
func fold(s string, wide bool) string {
	if !utf8.ValidString(s) {
		return foldRunes(s, wide)
	}
	var b strings.Builder
	start := 0 // s[start:i] is to be copied
	for i := 0; i < len(s); i++ {
		var with string
		n := 1
		switch c := s[i]; foldBytes[c] {
		case foldNo:
			continue
		case foldYes:
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			case wide && c == '(':
				with = "（"
			case wide && c == ')':
				with = "）"
			case wide && c == ':':
				with = "："
			default:
				continue // other control bytes and, unless wide, brackets stay
			}
		case foldMaybe:
			if n = spaceAt(s, i); n == 0 {
				continue
			}
		}
		if start == 0 {
			b.Grow(len(s) + 2*len(with))
		}
		b.WriteString(s[start:i])
		b.WriteString(with)
		i += n - 1
		start = i + 1
	}
	if start == 0 {
		return s
	}
	b.WriteString(s[start:])
	return b.String()
}

// foldRunes is fold by its definition, rune by rune.
func foldRunes(s string, wide bool) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case document.IsSpace(r):
			continue
		case wide && r == '(':
			r = '（'
		case wide && r == ')':
			r = '）'
		case wide && r == ':':
			r = '：'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// needsFold reports whether norm has anything to change in s besides a
// trailing colon: white space, or an ASCII bracket or colon. Most labels
// have none, and then norm allocates nothing. It looks each byte up in
// foldBytes, four at a time while none of them is of interest: the bytes
// of CJK text are foldNo but for the leads of CJK punctuation, so most
// blocks of a label pass with four loads and a test (blocks of eight are
// slower: more of them hold punctuation).
func needsFold(s string) bool {
	for i := 0; i < len(s); i++ {
		for i+4 <= len(s) {
			t := s[i : i+4]
			if foldBytes[t[0]]|foldBytes[t[1]]|foldBytes[t[2]]|foldBytes[t[3]] != foldNo {
				break
			}
			i += 4
		}
		if i == len(s) {
			break
		}
		switch foldBytes[s[i]] {
		case foldYes:
			return true
		case foldMaybe:
			if spaceAt(s, i) > 0 {
				return true
			}
		}
	}
	return false
}

// spaceAt returns the length of the non-ASCII white-space rune of
// document.IsSpace that s holds at i (U+00A0, U+200B, U+3000 or U+FEFF),
// compared as UTF-8 bytes, or 0. A rune is a space exactly when its bytes
// are these, so this is IsSpace of the rune decoded at i without decoding
// it (an invalid sequence decodes to U+FFFD, no space, and matches none).
func spaceAt(s string, i int) int {
	switch rest := s[i:]; rest[0] {
	case 0xC2:
		if len(rest) >= 2 && rest[1] == 0xA0 {
			return 2
		}
	case 0xE2:
		if len(rest) >= 3 && rest[1] == 0x80 && rest[2] == 0x8B {
			return 3
		}
	case 0xE3:
		if len(rest) >= 3 && rest[1] == 0x80 && rest[2] == 0x80 {
			return 3
		}
	case 0xEF:
		if len(rest) >= 3 && rest[1] == 0xBB && rest[2] == 0xBF {
			return 3
		}
	}
	return 0
}

// Classes of foldBytes.
const (
	foldNo    = iota // norm keeps the byte
	foldYes          // an ASCII byte norm removes or changes
	foldMaybe        // the lead byte of a non-ASCII space and of other runes
)

// foldBytes classifies bytes for needsFold: ASCII control bytes, the space,
// brackets and colon change; C2, E2, E3 and EF lead the non-ASCII spaces
// (U+00A0, U+200B, U+3000, U+FEFF) and need a look at the bytes after.
var foldBytes = func() (t [256]uint8) {
	for c := 0; c <= ' '; c++ {
		t[c] = foldYes
	}
	for _, c := range []byte{'(', ')', ':'} {
		t[c] = foldYes
	}
	for _, c := range []byte{0xC2, 0xE2, 0xE3, 0xEF} {
		t[c] = foldMaybe
	}
	return t
}()

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

// itemPrefix returns the length of a list marker or "其中：" at the start of
// a folded label ("1、", "（1）", "1.", "其中："), and whether it is "其中".
func itemPrefix(s string) (n int, sub bool) {
	if strings.HasPrefix(s, "其中：") {
		return len("其中："), true
	}
	if strings.HasPrefix(s, "其中") && len(s) > len("其中") {
		return len("其中"), true
	}
	i := 0
	open := strings.HasPrefix(s, "（")
	if open {
		i = len("（")
	}
	j := i
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !isNumeral(r) {
			break
		}
		j += w
	}
	if j == i {
		return 0, false
	}
	rest := s[j:]
	switch {
	case open && strings.HasPrefix(rest, "）"):
		return j + len("）"), false
	case !open && strings.HasPrefix(rest, "、"):
		return j + len("、"), false
	case !open && (strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, "．")):
		_, w := utf8.DecodeRuneInString(rest)
		return j + w, false
	}
	return 0, false
}

// isNumeral reports whether r is an ASCII digit or a small Chinese numeral.
func isNumeral(r rune) bool {
	switch r {
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十':
		return true
	}
	return false
}

// bareLabel folds a row label and removes its list marker or "其中：",
// reporting what it removed.
func bareLabel(s string) (label string, numbered, sub bool) {
	return bareFolded(norm(s))
}

// bareFolded is bareLabel of a label folded already.
func bareFolded(f string) (label string, numbered, sub bool) {
	n, isSub := itemPrefix(f)
	if n == 0 {
		return f, false, false
	}
	return strings.TrimPrefix(f[n:], "："), !isSub, isSub
}

// placeholder reports whether a cell stands for "nothing written": blank,
// dashes or a slash. "无" is not a placeholder: it is written text.
//
// Most cells are written text, so the first rune after the leading white
// space decides them: unless it is a slash or one of the dashes, the cell
// is no placeholder, and the trimming below is skipped.
func placeholder(s string) bool {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !document.IsSpace(r) {
			if !placeholderRune(r) {
				return false
			}
			break
		}
		i += n
	}
	if i == len(s) {
		return true
	}
	t := strings.TrimFunc(s[i:], document.IsSpace)
	if t == "" || t == "/" || t == "／" {
		return true
	}
	return strings.Trim(t, "—-－–一") == "" && !strings.Contains(t, "一一")
}

// placeholderRune reports whether a placeholder may start with r: a slash
// or one of the dashes placeholder trims.
func placeholderRune(r rune) bool {
	switch r {
	case '/', '／', '—', '-', '－', '–', '一':
		return true
	}
	return false
}
