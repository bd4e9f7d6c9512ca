package profile

import "math/bits"

// runeIndex maps a small set of runes (the first runes of a vocab's words)
// to small numbers. It is an open-addressing hash table with linear
// probing, kept at most a quarter full, so that a look-up, hit or miss,
// reads about one slot: cheaper than a map[rune] look-up, and without the
// false hits of a bit set taken modulo its size. The label matchers look
// up every rune of the texts they scan, so this is on the hot path.
type runeIndex struct {
	slots []runeSlot // len is a power of two
	shift uint       // 32 - log2(len(slots))
	// lo and hi are the least and the greatest rune indexed: the digits
	// and ASCII letters of a text fall below lo and are passed over without
	// hashing.
	lo, hi rune
}

// runeSlot is one slot of a runeIndex; r == 0 marks an empty slot (no
// word starts with U+0000).
type runeSlot struct {
	r rune
	n int32
}

// newRuneIndex indexes runes, mapping runes[i] to i. The runes must be
// distinct and not 0.
func newRuneIndex(runes []rune) runeIndex {
	size := 8
	for size < 4*len(runes) {
		size *= 2
	}
	t := runeIndex{slots: make([]runeSlot, size), shift: uint(32 - bits.TrailingZeros(uint(size)))}
	for i, r := range runes {
		if i == 0 || r < t.lo {
			t.lo = r
		}
		t.hi = max(t.hi, r)
		h := t.hash(r)
		for t.slots[h].r != 0 {
			h = (h + 1) & (len(t.slots) - 1)
		}
		t.slots[h] = runeSlot{r: r, n: int32(i)}
	}
	return t
}

// hash is Fibonacci hashing: the top bits of r times 2^32/φ.
func (t *runeIndex) hash(r rune) int {
	return int((uint32(r) * 0x9E3779B1) >> t.shift)
}

// lookup returns the number of r, or -1 when r is not in the index.
func (t *runeIndex) lookup(r rune) int {
	if r < t.lo || r > t.hi || r == 0 { // 0 would match an empty slot
		return -1
	}
	for h := t.hash(r); ; h = (h + 1) & (len(t.slots) - 1) {
		switch t.slots[h].r {
		case r:
			return int(t.slots[h].n)
		case 0:
			return -1
		}
	}
}
