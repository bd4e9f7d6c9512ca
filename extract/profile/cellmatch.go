package profile

import (
	"strings"
	"unicode/utf8"
)

// cellVocabs are the label tables matched against table cells, by slot.
// A row matches each cell against all of them in one scan (cellMatches),
// since most cells are matched against several: the splitting of joined
// rows asks for tableRows and basicRows, the search for head rows for
// fundColumns and indicatorColumns.
var cellVocabs = [nSlots]vocab{
	slotTableRows:        tableRows,
	slotBasicRows:        basicRows,
	slotFundColumns:      fundColumns,
	slotIndicatorColumns: indicatorColumns,
	slotGoalColumns:      goalColumns,
	slotStaffColumns:     staffColumns,
}

// cellIndex indexes the words of every cell vocab together.
var cellIndex = newCellIndex()

// slotEntry is a word of a cell vocab, with the slot of its vocab.
type slotEntry struct {
	entry
	slot int
}

// multiIndex is the words of several vocabs by first rune and by whole
// text, with the bit set of first runes of vindex.
type multiIndex struct {
	byFirst map[rune][]slotEntry
	whole   map[string][]slotEntry
	first   vindex // only its bit set is used
}

func newCellIndex() *multiIndex {
	m := &multiIndex{byFirst: map[rune][]slotEntry{}, whole: map[string][]slotEntry{}}
	for slot, v := range cellVocabs {
		for _, es := range v.ix.byFirst {
			for _, e := range es {
				se := slotEntry{e, slot}
				r, _ := utf8.DecodeRuneInString(e.text)
				m.byFirst[r] = append(m.byFirst[r], se)
				m.whole[e.text] = append(m.whole[e.text], se)
				m.first.first[(r%firstBits)/64] |= 1 << (r % 64)
			}
		}
	}
	return m
}

// cellMatches matches the folded text s against every cell vocab at once:
// for each slot, 2 + the index of the label vocab.find would return, or 1
// when it returns -1. It is vocab.find's rule applied per vocab: the
// longest word wins, a whole match beats any partial one, and of equally
// good words the first in the table wins.
func cellMatches(s string) [nSlots]uint8 {
	var best [nSlots]struct{ label, n, order int }
	for i := range best {
		best[i].label = -1
	}
	ix := cellIndex
	if s != "" {
		if r, _ := utf8.DecodeRuneInString(s); ix.first.starts(r) {
			for _, e := range ix.whole[s] {
				b, n := &best[e.slot], len(s)+1000 // an exact match beats any partial one
				if n > b.n || n == b.n && e.order < b.order {
					b.label, b.n, b.order = e.label, n, e.order
				}
			}
		}
	}
	for i, r := range s {
		if !ix.first.starts(r) {
			continue
		}
		for _, e := range ix.byFirst[r] {
			b, n := &best[e.slot], len(e.text)
			if e.exact || n == len(s) || n < b.n || n == b.n && e.order > b.order {
				continue
			}
			if strings.HasPrefix(s[i:], e.text) {
				b.label, b.n, b.order = e.label, n, e.order
			}
		}
	}
	var out [nSlots]uint8
	for i, b := range best {
		out[i] = uint8(b.label + 2)
	}
	return out
}
