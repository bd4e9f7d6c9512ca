package xlsx

import (
	"math/big"
	"strings"
	"unicode/utf8"
)

// A number format code (ECMA-376 Part 1 §18.8.31) is up to four sections
// separated by ";": for positive numbers, negative numbers, zero, and
// text. Each section is a run of tokens:
//
//	literal   "text", \c, _c (one space: the width of c), *c (a fill: nothing),
//	          [$¥-804] (a currency symbol), and any other character as itself
//	digit     0 (a digit or 0), # (a digit or nothing), ? (a digit or a space)
//	.  ,  %   decimal point; thousands separator between digits, or a
//	          scaling by 1000 after them; percent (the value times 100)
//	E+ E-     scientific notation
//	@         the text of a text cell
//	General   General, also written G/通用格式 by Chinese Excel
//	date      y m d h s (m is minutes after h or before s), AM/PM, A/P,
//	          上午/下午, aaa/aaaa (星期一), [h] [m] [s] (elapsed time)
//	[Red] [Color10] [>=100]   colours are ignored; a condition picks a section
//
// Fractions (# ?/?) are not laid out: such a number shows as General.
type format struct {
	sections []section
}

// tokKind of a format token.
type fmtKind uint8

const (
	fLit fmtKind = iota
	fDigit
	fDot
	fComma
	fPercent
	fExp
	fText
	fGeneral
	fDate
)

type fmtToken struct {
	kind fmtKind
	lit  string // fLit: the text; fDate: the code ("yyyy", "m", "mm" minutes as "nn", "ampm" …)
	ch   byte   // fDigit: '0', '#' or '?'; fExp: '+' or '-'
}

// section is one section of a format.
type section struct {
	tokens []fmtToken
	cond   string // a condition such as ">=100", "" for none
	date   bool   // has date or time tokens
	text   bool   // has @
	number bool   // has digit placeholders or General
}

// compileFormat parses a format code. It never fails: what it does not
// understand is literal text.
func compileFormat(code string) *format {
	f := &format{}
	for _, sec := range splitSections(code) {
		f.sections = append(f.sections, compileSection(sec))
		if len(f.sections) == 4 {
			break
		}
	}
	return f
}

// splitSections splits a code at the semicolons outside quotes and escapes.
func splitSections(code string) []string {
	var out []string
	start, quoted := 0, false
	for i := 0; i < len(code); i++ {
		switch c := code[i]; {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '\\' || c == '_' || c == '*':
			i += nextRuneLen(code, i+1)
		case c == ';':
			out = append(out, code[start:i])
			start = i + 1
		}
	}
	return append(out, code[start:])
}

func nextRuneLen(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return n
}

// compileSection tokenizes one section.
func compileSection(s string) section {
	var sec section
	add := func(t fmtToken) { sec.tokens = append(sec.tokens, t) }
	lit := func(l string) { add(fmtToken{kind: fLit, lit: l}) }
	for i := 0; i < len(s); {
		c := s[i]
		rest := s[i:]
		switch {
		case c == '"':
			end := strings.IndexByte(s[i+1:], '"')
			if end < 0 {
				end = len(s) - i - 1
			}
			lit(s[i+1 : i+1+end])
			i += end + 2
		case c == '\\':
			n := nextRuneLen(s, i+1)
			lit(s[i+1 : i+1+n])
			i += 1 + n
		case c == '_':
			lit(" ")
			i += 1 + nextRuneLen(s, i+1)
		case c == '*':
			i += 1 + nextRuneLen(s, i+1)
		case c == '[':
			end := strings.IndexByte(rest, ']')
			if end < 0 {
				lit(rest)
				i = len(s)
				continue
			}
			sec.bracket(rest[1:end])
			i += end + 1
		case c == '0' || c == '#' || c == '?':
			add(fmtToken{kind: fDigit, ch: c})
			sec.number = true
			i++
		case c == '.':
			add(fmtToken{kind: fDot})
			i++
		case c == ',':
			add(fmtToken{kind: fComma})
			i++
		case c == '%':
			add(fmtToken{kind: fPercent})
			i++
		case (c == 'E' || c == 'e') && i+1 < len(s) && (s[i+1] == '+' || s[i+1] == '-'):
			add(fmtToken{kind: fExp, ch: s[i+1]})
			i += 2
		case c == '@':
			add(fmtToken{kind: fText})
			sec.text = true
			i++
		case hasPrefixFold(rest, "general"):
			add(fmtToken{kind: fGeneral})
			sec.number = true
			i += len("general")
		case strings.HasPrefix(rest, "G/通用格式"):
			add(fmtToken{kind: fGeneral})
			sec.number = true
			i += len("G/通用格式")
		default:
			if n, code := dateToken(rest); n > 0 {
				add(fmtToken{kind: fDate, lit: code})
				sec.date = true
				i += n
				continue
			}
			n := nextRuneLen(s, i)
			lit(s[i : i+n])
			i += n
		}
	}
	sec.minutes()
	return sec
}

// bracket reads the content of a [...] token: an elapsed-time unit, a
// currency with its locale, a condition, or a colour (ignored).
func (sec *section) bracket(b string) {
	lower := strings.ToLower(b)
	switch {
	case lower != "" && strings.Trim(lower, "h") == "":
		sec.tokens = append(sec.tokens, fmtToken{kind: fDate, lit: "[h]"})
		sec.date = true
	case lower != "" && strings.Trim(lower, "m") == "":
		sec.tokens = append(sec.tokens, fmtToken{kind: fDate, lit: "[m]"})
		sec.date = true
	case lower != "" && strings.Trim(lower, "s") == "":
		sec.tokens = append(sec.tokens, fmtToken{kind: fDate, lit: "[s]"})
		sec.date = true
	case strings.HasPrefix(b, "$"):
		sym, _, _ := strings.Cut(b[1:], "-")
		if sym != "" {
			sec.tokens = append(sec.tokens, fmtToken{kind: fLit, lit: sym})
		}
	case strings.ContainsAny(b[:min(len(b), 1)], "<>="):
		sec.cond = b
	}
}

// dateToken recognises a date or time code at the start of s and returns
// its length and its normalized code.
func dateToken(s string) (int, string) {
	switch {
	case hasPrefixFold(s, "am/pm"):
		return 5, "ampm"
	case hasPrefixFold(s, "a/p"):
		return 3, "a/p"
	case strings.HasPrefix(s, "上午/下午"):
		return len("上午/下午"), "上午/下午"
	}
	c := s[0] | 0x20 // ASCII lower case
	switch c {
	case 'y', 'm', 'd', 'h', 's', 'e', 'a':
	default:
		return 0, ""
	}
	n := 0
	for n < len(s) && s[n]|0x20 == c {
		n++
	}
	switch {
	case c == 'a' && n < 3:
		return 0, "" // a lone "a" is literal text
	case c == 'e':
		return n, "yyyy" // the era year; in a Chinese locale, the year
	}
	return n, strings.Repeat(string(c), n)
}

// minutes turns the m and mm codes that follow an hour or precede a second
// into minutes ("n", "nn"), as Excel reads them.
func (sec *section) minutes() {
	prev := ""
	for i := range sec.tokens {
		t := &sec.tokens[i]
		if t.kind != fDate {
			continue
		}
		if isMonth(t.lit) && (strings.HasPrefix(prev, "h") || prev == "[h]" || nextIsSecond(sec.tokens[i+1:])) {
			t.lit = strings.Repeat("n", len(t.lit))
		}
		prev = t.lit
	}
}

func isMonth(code string) bool { return code == "m" || code == "mm" }

func nextIsSecond(ts []fmtToken) bool {
	for _, t := range ts {
		if t.kind == fDate {
			return strings.HasPrefix(t.lit, "s") || t.lit == "[s]"
		}
	}
	return false
}

// hasPrefixFold reports whether s starts with the ASCII prefix, ignoring
// ASCII case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// pick returns the section that formats x, and whether the value's sign is
// written by the section itself (a negative section shows no minus sign of
// its own making: "#,##0.00;(#,##0.00)").
func (f *format) pick(x *big.Rat) (*section, bool) {
	n := len(f.sections)
	if n == 0 {
		return nil, false
	}
	if f.sections[0].cond != "" {
		return f.pickByCondition(x)
	}
	switch {
	case x.Sign() < 0 && n >= 2 && !f.sections[1].text:
		return &f.sections[1], true
	case x.Sign() == 0 && n >= 3 && !f.sections[2].text:
		return &f.sections[2], false
	case f.sections[0].text && n == 1:
		return nil, false
	}
	return &f.sections[0], false
}

// pickByCondition picks the first section whose condition x meets, else
// the last section without one; a section chosen for a negative number by
// its condition writes its own sign only when its condition is about
// negatives, as Excel does (it shows "-5" for [<0] without a minus sign).
func (f *format) pickByCondition(x *big.Rat) (*section, bool) {
	for i := range f.sections {
		sec := &f.sections[i]
		if sec.cond == "" {
			if sec.text {
				continue
			}
			return sec, false
		}
		if ok, signed := meets(x, sec.cond); ok {
			return sec, signed
		}
	}
	return nil, false
}

// meets evaluates a condition such as ">=100" or "<0" on x.
func meets(x *big.Rat, cond string) (ok, signed bool) {
	op := strings.TrimRight(cond[:min(len(cond), 2)], "0123456789.-+ ")
	v, valid := new(big.Rat).SetString(strings.TrimSpace(cond[len(op):]))
	if !valid {
		return false, false
	}
	c := x.Cmp(v)
	switch op {
	case "<":
		ok = c < 0
	case "<=":
		ok = c <= 0
	case ">":
		ok = c > 0
	case ">=":
		ok = c >= 0
	case "=":
		ok = c == 0
	case "<>":
		ok = c != 0
	}
	return ok, ok && x.Sign() < 0 && v.Sign() <= 0 && (op == "<" || op == "<=")
}
