package text

import "strings"

// lineKind classifies a line of the canonical text for the dump grammar.
type lineKind uint8

const (
	// blankLine is empty or holds only ASCII spaces.
	blankLine lineKind = iota
	// tabLine starts with a TAB: it starts a table cell.
	tabLine
	// textLine is any other line, including lines of only U+3000.
	textLine
)

// line is one line of the canonical text: the byte range [start, end)
// without its "\n", and its 1-based number.
type line struct {
	start, end int
	num        int
	kind       lineKind
}

// scanner yields the lines of a text in order. It is a small value: copying
// it saves a position to go back to.
type scanner struct {
	text string
	off  int // start of the next line
	num  int // number of the next line
}

// newScanner returns a scanner at the first line of text.
func newScanner(text string) scanner {
	return scanner{text: text, num: 1}
}

// next returns the next line, or false at the end of the text. A final "\n"
// does not start another line.
func (s *scanner) next() (line, bool) {
	if s.off >= len(s.text) {
		return line{}, false
	}
	start := s.off
	end := len(s.text)
	if i := strings.IndexByte(s.text[start:], '\n'); i >= 0 {
		end = start + i
		s.off = end + 1
	} else {
		s.off = end
	}
	ln := line{start: start, end: end, num: s.num, kind: classify(s.text[start:end])}
	s.num++
	return ln, true
}

// classify returns the kind of the line l.
func classify(l string) lineKind {
	if l != "" && l[0] == '\t' {
		return tabLine
	}
	for i := 0; i < len(l); i++ {
		if l[i] != ' ' {
			return textLine
		}
	}
	return blankLine
}
