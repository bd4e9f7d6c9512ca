package markdown

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// mathSpan finds an inline math span at the start of s, which starts with
// "$": "$…$" or "$$…$$" on one line. As Pandoc's tex_math_dollars has it,
// the opening "$" is followed by a non-space, the closing one is preceded
// by a non-space and (for single dollars) not followed by a digit, so "$5
// and $10" is no math. Converters also write "$ 9 2 . 1 5 \% $", spaces
// inside the dollars: a span that breaks those rules is math all the same
// when it holds a LaTeX command. It returns the span's length and its
// content, or 0.
func mathSpan(s []byte) (int, []byte) {
	if n, tex := strictSpan(s); n > 0 {
		return n, tex
	}
	return looseSpan(s)
}

// looseSpan is a single-dollar span to the next unescaped "$" on the line
// whose content holds a backslash command.
func looseSpan(s []byte) (int, []byte) {
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '\n', '\r':
			return 0, nil
		case '$':
			tex := s[1:i]
			if bytes.IndexByte(tex, '\\') < 0 {
				return 0, nil
			}
			return i + 1, tex
		}
	}
	return 0, nil
}

// strictSpan is Pandoc's dollar span.
func strictSpan(s []byte) (int, []byte) {
	n := 1
	if len(s) > 1 && s[1] == '$' {
		n = 2
	}
	if len(s) <= n || isBlank(s[n]) {
		return 0, nil
	}
	for i := n; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++ // an escaped character, "\$" included
		case '\n', '\r':
			return 0, nil
		case '$':
			if isBlank(s[i-1]) || i == n {
				continue
			}
			if n == 2 {
				if i+1 < len(s) && s[i+1] == '$' {
					return i + 2, s[n:i]
				}
				continue
			}
			if i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
				continue
			}
			return i + 1, s[n:i]
		}
	}
	return 0, nil
}

func isBlank(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// symbols are the LaTeX commands written as the character they print.
var symbols = map[string]string{
	"%": "%", "$": "$", "&": "&", "#": "#", "_": "_", "{": "{", "}": "}",
	"geq": "≥", "ge": "≥", "geqslant": "≥", "leq": "≤", "le": "≤", "leqslant": "≤",
	"neq": "≠", "ne": "≠", "approx": "≈", "times": "×", "div": "÷", "pm": "±",
	"cdot": "·", "sim": "~", "circ": "°", "degree": "°", "permil": "‰",
	"yen": "¥", "lt": "<", "gt": ">", "to": "→", "rightarrow": "→",
	"textless": "<", "textgreater": ">", "textperthousand": "‰", "mid": "|",
	"bullet": "•", "star": "*", "ast": "*",
	"cdots": "…", "ldots": "…", "dots": "…", "infty": "∞",
	"left": "", "right": "", "quad": " ", "qquad": " ", ",": "", ";": "", ":": "", "!": "", " ": "",
}

// wrappers are the commands whose argument is written as it is.
var wrappers = map[string]bool{
	"text": true, "textrm": true, "mathrm": true, "mathbf": true, "textbf": true,
	"mathit": true, "textit": true, "boldsymbol": true, "mathsf": true, "operatorname": true,
	"mbox": true, "rm": true, "bf": true, "displaystyle": true, "underline": true,
	"mathbb": true, "mathcal": true, "pmb": true, "textsf": true, "texttt": true, "mathtt": true,
}

// superscripts are the exponents written as superscript characters.
var superscripts = map[string]string{"2": "²", "3": "³", "\\circ": "°", "o": "°"}

// texToText writes LaTeX math as the text it prints, for the formulas PDF
// converters write around numbers: "85.20\%" is "85.20%", "\geq 90\%" is
// "≥90%", "\text{万元}" is "万元", "m^{2}" is "m²", "\frac{a}{b}" is "a/b".
// Math-mode spaces print nothing and are dropped, except inside \text{}.
// Braces group and are dropped; an unknown command is written without its
// backslash.
func texToText(src []byte) string {
	return convert(string(src), false, 0)
}

// maxNesting caps the arguments converted inside arguments: deeper ones
// are written as they are, so a hostile formula costs linear time and a
// bounded stack.
const maxNesting = 8

// convert writes s as texToText does, at nesting depth; inside \text{}
// (keepSpace) spaces are text.
func convert(s string, keepSpace bool, depth int) string {
	if depth > maxNesting {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\':
			i = command(&b, s, i, depth)
		case c == '^':
			i = superscript(&b, s, i+1, depth)
		case c == ' ' && keepSpace:
			b.WriteByte(' ')
			i++
		case c == '_' || c == '{' || c == '}' || c == ' ' || c == '\t' || c == '~':
			i++
		default:
			_, n := utf8.DecodeRuneInString(s[i:])
			b.WriteString(s[i : i+n])
			i += n
		}
	}
	return b.String()
}

// command writes the command at s[i] ("\name" or "\x") and returns the
// offset after it (and after its argument for wrappers and \frac).
func command(b *strings.Builder, s string, i, depth int) int {
	j := i + 1
	for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
		j++
	}
	if j == i+1 && j < len(s) {
		j++ // a one-character command such as "\%"
	}
	name := s[i+1 : j]
	switch {
	case wrappers[name]:
		arg, next := group(s, j)
		text := strings.HasPrefix(name, "text") || name == "mbox" || name == "operatorname"
		b.WriteString(strings.TrimSpace(convert(arg, text, depth+1)))
		return next
	case name == "textcircled" || name == "circled":
		arg, next := group(s, j)
		b.WriteString(circled(strings.TrimSpace(convert(arg, false, depth+1))))
		return next
	case name == "frac" || name == "dfrac" || name == "tfrac":
		num, next := group(s, j)
		den, next := group(s, next)
		b.WriteString(convert(num, false, depth+1) + "/" + convert(den, false, depth+1))
		return next
	}
	if sym, ok := symbols[name]; ok {
		b.WriteString(sym)
	} else {
		b.WriteString(name)
	}
	return j
}

// circled writes a number 1–20 as its circled character (①), anything
// else as it is.
func circled(s string) string {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' || n > 20 {
			return s
		}
		n = 10*n + int(c-'0')
	}
	if n < 1 || n > 20 {
		return s
	}
	return string(rune('①' + n - 1))
}

// superscript writes the exponent at s[i] and returns the offset after it.
func superscript(b *strings.Builder, s string, i, depth int) int {
	arg, next := group(s, i)
	arg = strings.TrimSpace(arg)
	if sup, ok := superscripts[arg]; ok {
		b.WriteString(sup)
	} else {
		b.WriteString(convert(arg, false, depth+1))
	}
	return next
}

// group returns the argument at s[i]: a braced group's content (nested
// braces kept), or the one character or command there, after spaces.
func group(s string, i int) (string, int) {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i >= len(s) {
		return "", i
	}
	if s[i] != '{' {
		if s[i] == '\\' {
			j := i + 1
			for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
				j++
			}
			return s[i:max(j, i+2)], max(j, min(i+2, len(s)))
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		return s[i : i+n], i + n
	}
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return s[i+1 : j], j + 1
			}
		}
	}
	return s[i+1:], len(s)
}

// replaceMath rewrites the inline math spans of raw text (an HTML block,
// where the Markdown parser does not look) as the text they print.
func replaceMath(raw []byte) []byte {
	if !strings.Contains(string(raw), "$") {
		return raw
	}
	out := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); {
		switch {
		case raw[i] == '\\' && i+1 < len(raw) && raw[i+1] == '$':
			out = append(out, raw[i:i+2]...)
			i += 2
			continue
		case raw[i] != '$':
			out = append(out, raw[i])
			i++
			continue
		}
		n, tex := mathSpan(raw[i:])
		if n == 0 {
			out = append(out, '$')
			i++
			continue
		}
		out = append(out, escapeHTML(texToText(tex))...)
		i += n
	}
	return out
}

// escapeHTML escapes the characters that would be markup.
func escapeHTML(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
