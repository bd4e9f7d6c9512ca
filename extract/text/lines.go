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

// scanner yields the lines of a text in order, from the offsets of their
// ends (lineEnds): most are found as the input is checked (scanText), and
// none is searched for again when the grammar reads a line twice. It is a
// small value: copying it saves a position to go back to.
type scanner struct {
	text string
	ends []int // ends[k] is where line k+1 ends: at its "\n", or the end of the text
	k    int   // index in ends of the next line
}

// newScanner returns a scanner at the first line of text, whose lines end
// at ends.
func newScanner(text string, ends []int) scanner {
	return scanner{text: text, ends: ends}
}

// next returns the next line, or false at the end of the text.
func (s *scanner) next() (line, bool) {
	if s.k >= len(s.ends) {
		return line{}, false
	}
	start := 0
	if s.k > 0 {
		start = s.ends[s.k-1] + 1
	}
	end := s.ends[s.k]
	s.k++
	return line{start: start, end: end, num: s.k, kind: classify(s.text[start:end])}, true
}

// lineEnds returns where the lines of text end: at each "\n", and at the end
// of a text that does not end with one (a final "\n" starts no line).
// newlines holds the offsets of the first "\n" bytes of text, maybe all,
// maybe none; the rest are appended to it.
func lineEnds(text string, newlines []int) []int {
	i := 0
	if len(newlines) > 0 {
		i = newlines[len(newlines)-1] + 1
	}
	for i < len(text) {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			return append(newlines, len(text))
		}
		newlines = append(newlines, i+j)
		i += j + 1
	}
	return newlines
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
