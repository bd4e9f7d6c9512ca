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

// multiIndex is the words of several vocabs grouped by first rune, as in
// vindex.
type multiIndex struct {
	firsts runeIndex
	groups [][]slotEntry
}

func newCellIndex() *multiIndex {
	m := &multiIndex{}
	var firsts []rune
	num := map[rune]int{}
	for slot, v := range cellVocabs {
		for _, es := range v.ix.groups {
			for _, e := range es {
				r, _ := utf8.DecodeRuneInString(e.text)
				g, ok := num[r]
				if !ok {
					g = len(firsts)
					num[r] = g
					firsts = append(firsts, r)
					m.groups = append(m.groups, nil)
				}
				m.groups[g] = append(m.groups[g], slotEntry{e, slot})
			}
		}
	}
	m.firsts = newRuneIndex(firsts)
	return m
}

// group returns the words starting with r, or nil.
func (m *multiIndex) group(r rune) []slotEntry {
	if g := m.firsts.lookup(r); g >= 0 {
		return m.groups[g]
	}
	return nil
}

// cellMatches matches the folded text s against every cell vocab at once:
// for each slot, 2 + the index of the label vocab.find would return, or 1
// when it returns -1. It is vocab.find's rule applied per vocab: the
// longest word wins, a whole match beats any partial one, and of equally
// good words the first in the table wins.
func cellMatches(s string) [nSlots]uint8 {
	var best [nSlots]struct{ label, n, order int32 }
	for i := range best {
		best[i].label = -1
	}
	ix := cellIndex
	// A word equal to s starts with s's first rune.
	r, _ := utf8.DecodeRuneInString(s)
	for _, e := range ix.group(r) {
		if e.text != s {
			continue
		}
		b, n := &best[e.slot], int32(len(s)+1000) // an exact match beats any partial one
		if n > b.n || n == b.n && int32(e.order) < b.order {
			b.label, b.n, b.order = int32(e.label), n, int32(e.order)
		}
	}
	for i, r := range s {
		for _, e := range ix.group(r) {
			b, n := &best[e.slot], int32(len(e.text))
			if e.exact || len(e.text) == len(s) || n < b.n || n == b.n && int32(e.order) > b.order {
				continue
			}
			if strings.HasPrefix(s[i:], e.text) {
				b.label, b.n, b.order = int32(e.label), n, int32(e.order)
			}
		}
	}
	var out [nSlots]uint8
	for i, b := range best {
		out[i] = uint8(b.label + 2)
	}
	return out
}
