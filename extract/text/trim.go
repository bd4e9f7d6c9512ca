package text

import "jixiao/extract/document"

// trim is document.Trim, answering at once for the usual paragraph or cell,
// which neither starts nor ends with white space. Every white space
// character of document.IsSpace starts with one of the bytes that
// spaceFirst marks and ends with one that spaceLast marks (TestSpaceBytes),
// so a range whose first and last bytes are unmarked has nothing to trim;
// any other range goes to document.Trim. Chinese characters rarely start
// or end with a marked byte: the decoding of the range's first and last
// rune that document.Trim does was a tenth of the reader's time.
func trim(text string, start, end int) (int, int) {
	if start < end && !spaceFirst[text[start]] && !spaceLast[text[end-1]] {
		return start, end
	}
	return document.Trim(text, start, end)
}

// spaceFirst and spaceLast mark the first and the last bytes of the UTF-8
// forms of the white space characters of document.IsSpace: ASCII TAB, LF,
// VT, FF, CR and space, U+00A0 (C2 A0), U+200B (E2 80 8B), U+3000
// (E3 80 80) and U+FEFF (EF BB BF).
var spaceFirst, spaceLast = spaceBytes("\t\n\v\f\r \u00a0\u200b\u3000\ufeff")

// spaceBytes marks the first and the last bytes of the characters of s.
func spaceBytes(s string) (first, last [256]bool) {
	for _, r := range s {
		b := string(r)
		first[b[0]] = true
		last[b[len(b)-1]] = true
	}
	return first, last
}
