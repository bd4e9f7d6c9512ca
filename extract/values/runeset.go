package values

import "unicode/utf8"

// runeSet is a set of runes of the Basic Multilingual Plane, one bit each
// (8 KB). The scanner tests every rune of a report against a few such sets:
// a bit test costs less than the switches and word lists the sets are built
// from, and most runes (ordinary Chinese text) are in none of them.
type runeSet [0x10000 / 64]uint64

// newRuneSet returns the set of the runes below U+10000 for which in is
// true. Every rune that the scanner looks at in a set is below U+10000.
func newRuneSet(in func(rune) bool) *runeSet {
	var s runeSet
	for r := rune(0); r < 0x10000; r++ {
		if in(r) {
			s[r>>6] |= 1 << (r & 63)
		}
	}
	return &s
}

// has reports whether r is in s; eof and runes above U+FFFF are not.
func (s *runeSet) has(r rune) bool {
	return uint32(r) < 0x10000 && s[r>>6]&(1<<(uint32(r)&63)) != 0
}

// index returns the offset of the first rune of s[from:] that is in set,
// reading runes as a range over s[from:] would, or len(s) if there is none.
// It is the lexer's inner loop (skipQuiet), so it works on bytes: an ASCII
// byte is its rune, and in the usual Chinese character, a three-byte
// sequence whose lead byte allows any continuation bytes, the set's word
// index (the rune's top ten bits) and bit (its low six) come straight from
// the bytes. Other sequences go through decodeAt. Chinese text comes in runs,
// which are read two characters at a time, with one test of the loop bound
// for both. TestSkipQuiet and FuzzSkipQuiet compare it with a loop over
// utf8.DecodeRuneInString.
func (set *runeSet) index(s string, from int) int {
	i := from
	for i >= 0 && i < len(s)-2 {
		c, b1, b2 := s[i], s[i+1], s[i+2]
		if c < utf8.RuneSelf {
			if set[c>>6]&(1<<(c&63)) != 0 {
				return i
			}
			i++
			continue
		}
		if fullLead3[c] && (b1^0x80)|(b2^0x80) < 0x40 {
			if set[uint(c&0x0F)<<6|uint(b1&0x3F)]&(1<<(b2&0x3F)) != 0 {
				return i
			}
			i += 3
			// The run goes on: two characters at a time, while both are
			// such sequences. For a continuation byte b, b^0x80 is b&0x3F.
			for i >= 0 && i < len(s)-5 {
				c0, c1 := s[i], s[i+3]
				x01, x02, x11, x12 := s[i+1]^0x80, s[i+2]^0x80, s[i+4]^0x80, s[i+5]^0x80
				if !fullLead3[c0] || !fullLead3[c1] || x01|x02|x11|x12 >= 0x40 {
					break
				}
				if set[uint(c0&0x0F)<<6|uint(x01)]&(1<<(x02&63)) != 0 {
					return i
				}
				if set[uint(c1&0x0F)<<6|uint(x11)]&(1<<(x12&63)) != 0 {
					return i + 3
				}
				i += 6
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if set.has(r) {
			return i
		}
		i += w
	}
	for i < len(s) { // the last two bytes
		r, w := decodeAt(s, i)
		if set.has(r) {
			return i
		}
		i += w
	}
	return i
}

// wordIndex lists words by their first rune, in their original order, so
// that finding the words the input continues with tests only the few that
// begin with the input's next rune. It is a small hash table with linear
// probing, looked up at most numbers (unit) and affix characters (affixAt),
// where a runtime map costs several times as much per look-up.
type wordIndex struct {
	runes [wordSlots]rune  // the first rune of the words in the slot; 0 when empty
	words [wordSlots][]int // the words, by number, in their original order
}

// wordSlots is the size of a wordIndex: a power of two, at least twice the
// number of first runes of any word list, so that probes stay short.
const wordSlots = 128

// slot returns the slot where r is, or the empty slot where it would be.
func (x *wordIndex) slot(r rune) int {
	i := int(uint32(r)*0x9E3779B1>>25) % wordSlots // Fibonacci hashing: the top 7 bits
	for x.runes[i] != r && x.runes[i] != 0 {
		i = (i + 1) % wordSlots
	}
	return i
}

// lookup returns the words that begin with r, in their original order.
func (x *wordIndex) lookup(r rune) []int { return x.words[x.slot(r)] }

// newWordIndex indexes words, calling text(i) for the i-th of n words (none
// of them empty or starting with NUL).
func newWordIndex(n int, text func(int) string) *wordIndex {
	x, used := new(wordIndex), 0
	for i := 0; i < n; i++ {
		r, _ := firstRune(text(i))
		k := x.slot(r)
		if x.runes[k] == 0 {
			if used++; r <= 0 || used > wordSlots/2 {
				panic("values: word list too large for a wordIndex, or an empty word")
			}
			x.runes[k] = r
		}
		x.words[k] = append(x.words[k], i)
	}
	return x
}
