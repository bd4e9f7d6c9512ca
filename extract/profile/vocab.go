package profile

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// word is one way of writing a label. An exact word matches only the whole
// folded text; other words match anywhere in it.
type word struct {
	text  string
	exact bool
}

// label is the vocabulary of one fact: the key it fills and its synonyms.
type label struct {
	key   string
	words []word
}

// w lists contains-words; x lists exact words.
func w(ws ...string) []word {
	out := make([]word, len(ws))
	for i, s := range ws {
		out[i] = word{text: s}
	}
	return out
}

func x(ws ...string) []word {
	out := w(ws...)
	for i := range out {
		out[i].exact = true
	}
	return out
}

// vocab is a label table, indexed once when the package is initialized.
// match picks the label whose word matches the longest stretch of the
// text, so "预算执行率" is a rate and not a budget.
type vocab struct {
	labels []label
	ix     *vindex
	// slot is where a row keeps this vocab's matches of its cells (see
	// row.key); -1 for vocabs not matched against cells.
	slot int
}

// vindex is a vocab's words grouped by first character: firsts numbers
// the first characters, groups[n] are the words starting with character n
// in table order. A character no word starts with is passed over with a
// table look-up.
type vindex struct {
	firsts *firstTable
	groups [][]entry
}

// entry is one word of a vocab, indexed.
type entry struct {
	key    string
	text   string
	exact  bool
	order  int    // position in the table: earlier wins ties
	label  int    // index of the word's label in the table
	second uint32 // secondAt(text, 0)
}

// group returns the words that may start at s[i], or nil.
func (ix *vindex) group(s string, i int) []entry {
	if g := ix.firsts.at(s, i); g >= 0 {
		return ix.groups[g]
	}
	return nil
}

// newVocab indexes a label table. slot is the vocab's place in a row's
// cache of matches, or -1.
func newVocab(slot int, labels []label) vocab {
	ix := &vindex{}
	var firsts []rune
	num := map[rune]int{}
	order := 0
	for li, l := range labels {
		for _, wd := range l.words {
			e := entry{key: l.key, text: wd.text, exact: wd.exact, order: order, label: li, second: secondAt(wd.text, 0)}
			order++
			r, _ := utf8.DecodeRuneInString(wd.text)
			g, ok := num[r]
			if !ok {
				g = len(firsts)
				num[r] = g
				firsts = append(firsts, r)
				ix.groups = append(ix.groups, nil)
			}
			ix.groups[g] = append(ix.groups[g], e)
		}
	}
	ix.firsts = newFirstTable(firsts)
	return vocab{labels: labels, ix: ix, slot: slot}
}

// match returns the key of the label that best matches the folded text s
// (see norm), or "": the longest word found in s wins, a word equal to the
// whole of s beats any partial match, and of equally good words the first
// in the table wins. It scans s once, looking up the words that start with
// each rune, so its cost does not grow with the size of the table.
func (v vocab) match(s string) string {
	if k := v.find(s); k >= 0 {
		return v.labels[k].key
	}
	return ""
}

// find is match returning the index of the label, or -1.
func (v vocab) find(s string) int {
	if v.ix == nil || s == "" {
		return -1
	}
	ix := v.ix
	best, bestLen, bestOrder := -1, 0, 0
	// A word equal to s starts where s does.
	for _, e := range ix.group(s, 0) {
		if e.text != s {
			continue
		}
		n := len(s) + 1000 // an exact match beats any partial one
		if n > bestLen || n == bestLen && e.order < bestOrder {
			best, bestLen, bestOrder = e.label, n, e.order
		}
	}
	// Every offset where a word may start is tried (firstTable.next):
	// words start with the lead byte of a character, never inside one,
	// and HasPrefix checks the whole word.
	for i, g := ix.firsts.next(s, 0); g >= 0; i, g = ix.firsts.next(s, i+1) {
		second := secondAt(s, i)
		for _, e := range ix.groups[g] {
			n := len(e.text)
			if e.second != 0 && e.second != second || e.exact || n == len(s) || n < bestLen || n == bestLen && e.order > bestOrder {
				continue
			}
			if strings.HasPrefix(s[i:], e.text) {
				best, bestLen, bestOrder = e.label, n, e.order
			}
		}
	}
	return best
}

// prefix returns the key and the length of the longest word of v that s
// starts with (the first in the table of equally long ones), or "" and 0.
func (v vocab) prefix(s string) (string, int) {
	if v.ix == nil || s == "" {
		return "", 0
	}
	key, n := "", 0
	for _, e := range v.ix.group(s, 0) {
		if len(e.text) > n && strings.HasPrefix(s, e.text) {
			key, n = e.key, len(e.text)
		}
	}
	return key, n
}

// has reports whether s matches label key of v.
func (v vocab) has(s, key string) bool { return v.match(s) == key }

// mask returns the bit set of the labels of v whose keys are given.
func (v vocab) mask(keys ...string) uint64 {
	var m uint64
	for i, l := range v.labels {
		for _, k := range keys {
			if l.key == k && i < 64 {
				m |= 1 << i
			}
		}
	}
	return m
}

// popcount is the number of labels in a mask.
func popcount(m uint64) int { return bits.OnesCount64(m) }
