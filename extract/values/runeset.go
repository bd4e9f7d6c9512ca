package values

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

// wordIndex lists words by their first rune, in their original order, so
// that finding the words the input continues with tests only the few that
// begin with the input's next rune.
type wordIndex map[rune][]int

// newWordIndex indexes words, calling text(i) for the i-th of n words.
func newWordIndex(n int, text func(int) string) wordIndex {
	idx := wordIndex{}
	for i := 0; i < n; i++ {
		r, _ := firstRune(text(i))
		idx[r] = append(idx[r], i)
	}
	return idx
}
