package segment

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
)

// maxLevel is the deepest heading level the outline knows.
const maxLevel = 4

// levels are the heading levels of the marker families the outline reads:
// 一、 is 1, （一） is 2, 1. is 3, （1） is 4. Parts (第一部分) and circled
// numbers are markers of the grammar that the outline does not read yet.
var levels = map[cjk.Family]int{cjk.Chinese: 1, cjk.ChineseBracket: 2, cjk.Arabic: 3, cjk.ArabicBracket: 4}

// marker reads a heading marker at the start of text, in one of the
// families of levels, followed by some text on the same line.
func marker(text string) (cjk.Marker, bool) {
	m, ok := cjk.ScanMarker(text)
	if !ok || levels[m.Family] == 0 || m.End >= len(text) || text[m.End] == '\n' {
		return cjk.Marker{}, false
	}
	return m, true
}

// sequence tracks the open heading levels and their last ordinals, so that a
// marker of the wrong family can be read as the level whose next ordinal it
// carries.
type sequence struct {
	last [maxLevel + 1]int // last[l] is the last ordinal at level l; 0 = not open
}

// due returns the ordinal expected next at level l: one past the last when the
// level is open, else 1 (a new list).
func (s *sequence) due(l int) int { return s.last[l] + 1 }

// open reports whether level l is open.
func (s *sequence) open(l int) bool { return s.last[l] > 0 }

// accept records a heading at level l and closes every deeper level.
func (s *sequence) accept(l, ordinal int) {
	s.last[l] = ordinal
	for d := l + 1; d <= maxLevel; d++ {
		s.last[d] = 0
	}
}

// reset closes every level (at an annex boundary).
func (s *sequence) reset() { s.last = [maxLevel + 1]int{} }

// resolve decides the level of a marker. The family's own level wins when the
// ordinal is the one due there; otherwise an open level whose due ordinal the
// marker carries takes it (a repaired marker: "8、" where 八、 is due, "（2）"
// where （二） is due). A marker that fits nowhere keeps its family's level.
// It returns the level and a warning code, "" when nothing was repaired.
func (s *sequence) resolve(m cjk.Marker) (level int, code string) {
	natural := levels[m.Family]
	if m.Ordinal == s.due(natural) {
		return natural, ""
	}
	// Prefer the deepest open level whose due ordinal matches: it is the
	// nearest list the writer was continuing.
	for l := maxLevel; l >= 1; l-- {
		if l != natural && s.open(l) && m.Ordinal == s.due(l) {
			return l, "segment.marker_repaired"
		}
	}
	if m.Ordinal == 1 {
		return natural, ""
	}
	return natural, "segment.ordinal_out_of_sequence"
}

// titleEnd reports whether r may end a heading's title line only as
// trailing punctuation or blank, cut from the title.
func titleEnd(r rune) bool { return cjk.IsBlank(r) || strings.ContainsRune("；;，,:", r) }
