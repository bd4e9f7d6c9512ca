package text

// trim is document.Trim without its decoding of the range's first and last
// runes, which was a tenth of the reader's time: white space
// (document.IsSpace) is recognised by its UTF-8 form at either end of the
// range, and the usual paragraph or cell, whose first byte cannot start
// and last byte cannot end white space, is answered at once. A range
// starts with a character exactly when it starts with the character's
// bytes, and ends with it exactly when it ends with them, valid UTF-8 or
// not, so the result is document.Trim's (FuzzTrim; TestSpaces checks the
// characters against document.IsSpace).
func trim(text string, start, end int) (int, int) {
	if !mayTrim(text, start, end) {
		return start, end
	}
	s, e := start, end
	for s < e {
		n := spacePrefix(text[s:e])
		if n == 0 {
			break
		}
		s += n
	}
	if s == e {
		return start, start
	}
	for {
		n := spaceSuffix(text[s:e])
		if n == 0 {
			return s, e
		}
		e -= n
	}
}

// mayTrim is trim's quick answer, small enough to be inlined where trim is
// called: false for the usual range, which trim leaves as it is. Callers
// call trim only when it is true.
func mayTrim(text string, start, end int) bool {
	return start >= end || spaceFirst[text[start]] || spaceLast[text[end-1]]
}

// wideSpaces are the white space characters of document.IsSpace above
// ASCII: U+00A0 (C2 A0), U+200B (E2 80 8B), U+3000 (E3 80 80) and U+FEFF
// (EF BB BF). spacePrefix and spaceSuffix spell out their bytes.
var wideSpaces = [...]string{"\u00a0", "\u200b", "\u3000", "\ufeff"}

// spaceFirst and spaceLast mark the first and the last bytes of the
// white space characters, for trim's quick answer.
var spaceFirst, spaceLast = spaceBytes()

// spaceBytes marks the first and the last bytes of the white space
// characters.
func spaceBytes() (first, last [256]bool) {
	for _, c := range []byte(" \t\n\v\f\r") {
		first[c], last[c] = true, true
	}
	for _, sp := range wideSpaces {
		first[sp[0]], last[sp[len(sp)-1]] = true, true
	}
	return first, last
}

// spacePrefix returns the length of the white space character t starts
// with, or 0; t is not empty.
func spacePrefix(t string) int {
	switch t[0] {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return 1
	case 0xC2: // U+00A0
		if len(t) >= 2 && t[1] == 0xA0 {
			return 2
		}
	case 0xE2: // U+200B
		if len(t) >= 3 && t[1] == 0x80 && t[2] == 0x8B {
			return 3
		}
	case 0xE3: // U+3000
		if len(t) >= 3 && t[1] == 0x80 && t[2] == 0x80 {
			return 3
		}
	case 0xEF: // U+FEFF
		if len(t) >= 3 && t[1] == 0xBB && t[2] == 0xBF {
			return 3
		}
	}
	return 0
}

// spaceSuffix returns the length of the white space character t ends
// with, or 0; t is not empty.
func spaceSuffix(t string) int {
	n := len(t)
	switch t[n-1] {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return 1
	case 0xA0: // U+00A0
		if n >= 2 && t[n-2] == 0xC2 {
			return 2
		}
	case 0x8B: // U+200B
		if n >= 3 && t[n-3] == 0xE2 && t[n-2] == 0x80 {
			return 3
		}
	case 0x80: // U+3000
		if n >= 3 && t[n-3] == 0xE3 && t[n-2] == 0x80 {
			return 3
		}
	case 0xBF: // U+FEFF
		if n >= 3 && t[n-3] == 0xEF && t[n-2] == 0xBB {
			return 3
		}
	}
	return 0
}
