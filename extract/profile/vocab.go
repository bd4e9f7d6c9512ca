package profile

import (
	"math/bits"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
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

// vocab is a label table, indexed once when the package is initialized:
// its words, in table order, by first character (cjk.Words), so that
// matching a text looks only at the words that begin at each of its
// characters, however large the table.
type vocab struct {
	labels []label
	words  []entry // every word, in table order
	ix     *cjk.Words
	// slot is where a row keeps this vocab's matches of its cells (see
	// row.key); -1 for vocabs not matched against cells.
	slot int
}

// entry is one word of a vocab: its text, whether it is exact, and the
// index of its label.
type entry struct {
	word
	label int
}

// newVocab indexes a label table. slot is the vocab's place in a row's
// cache of matches, or -1.
func newVocab(slot int, labels []label) vocab {
	v := vocab{labels: labels, slot: slot}
	var texts []string
	for li, l := range labels {
		for _, wd := range l.words {
			v.words = append(v.words, entry{wd, li})
			texts = append(texts, wd.text)
		}
	}
	v.ix = cjk.NewWords(texts...)
	return v
}

// match returns the key of the label that best matches the folded text s
// (see norm), or "": the longest word found in s wins, a word equal to the
// whole of s beats any partial match, and of equally good words the first
// in the table wins.
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
	best, bestLen, bestOrder := -1, 0, int32(0)
	for i, ws := v.ix.Next(s, 0); ws != nil; i, ws = v.ix.Next(s, i+1) {
		for _, k := range ws {
			e := &v.words[k]
			n := len(e.text)
			switch {
			case n == len(s) && i == 0:
				n += 1000 // a word equal to s beats any partial match
			case e.exact || n == len(s):
				continue
			}
			if (n > bestLen || n == bestLen && k < bestOrder) && strings.HasPrefix(s[i:], e.text) {
				best, bestLen, bestOrder = e.label, n, k
			}
		}
	}
	return best
}

// prefix returns the key and the length of the longest word of v that s
// starts with (the first in the table of equally long ones), or "" and 0.
func (v vocab) prefix(s string) (string, int) {
	if v.ix == nil {
		return "", 0
	}
	key, n := "", 0
	for _, k := range v.ix.At(s, 0) {
		if e := &v.words[k]; len(e.text) > n && strings.HasPrefix(s, e.text) {
			key, n = v.labels[e.label].key, len(e.text)
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
