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

// slotEntry is a word of a cell vocab, with the slot of its vocab: the
// fields of entry cellMatches reads, packed into 32 bytes, since it runs
// over the groups of every rune of every table cell.
type slotEntry struct {
	text        string
	second      uint32 // entry.second
	order       int32  // entry.order
	slot, label uint8  // label is entry.label
	exact       bool
}

// multiIndex is the words of several vocabs grouped by first rune, as in
// vindex.
type multiIndex struct {
	firsts *firstTable
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
				se := slotEntry{text: e.text, second: e.second, order: int32(e.order), slot: uint8(slot), label: uint8(e.label), exact: e.exact}
				m.groups[g] = append(m.groups[g], se)
			}
		}
	}
	m.firsts = newFirstTable(firsts)
	return m
}

// group returns the words that may start at s[i], or nil.
func (m *multiIndex) group(s string, i int) []slotEntry {
	if g := m.firsts.at(s, i); g >= 0 {
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
	// out holds 2 + the best label so far of each slot (1: none yet), n
	// and order the length and the table position of its word.
	var out [nSlots]uint8
	var n, order [nSlots]int32
	for i := range out {
		out[i] = 1
	}
	ix := cellIndex
	// A word equal to s starts where s does.
	g := ix.group(s, 0)
	for k := range g {
		e := &g[k]
		if e.text != s {
			continue
		}
		sl, m := e.slot, int32(len(s)+1000) // an exact match beats any partial one
		if m > n[sl] || m == n[sl] && e.order < order[sl] {
			out[sl], n[sl], order[sl] = e.label+2, m, e.order
		}
	}
	// Every offset where a word may start is tried, as in vocab.find.
	for i, gi := ix.firsts.next(s, 0); gi >= 0; i, gi = ix.firsts.next(s, i+1) {
		g := ix.groups[gi]
		second := secondAt(s, i)
		for k := range g {
			e := &g[k]
			if e.second != 0 && e.second != second {
				continue
			}
			sl, m := e.slot, int32(len(e.text))
			if e.exact || len(e.text) == len(s) || m < n[sl] || m == n[sl] && e.order > order[sl] {
				continue
			}
			if strings.HasPrefix(s[i:], e.text) {
				out[sl], n[sl], order[sl] = e.label+2, m, e.order
			}
		}
	}
	return out
}
