package values

import "sync"

// scratch is FromDocument's working memory: the values as they are found
// (bare numbers included, until the table pass drops them), which are then
// copied into a result of exactly their number, and the table pass's
// memory. Scratches are pooled, so that a run over many reports allocates
// little more than the results: the Value is large (some 280 bytes) and a
// slice grown or guessed for it wastes a third of its size on average.
type scratch struct {
	out   []Value
	used  int // out[:used] may hold values of the last document
	tab   tableScratch
	reach []int // for exclusions
}

// scratchPool holds the scratches not in use.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledValues bounds the scratch kept for later: one report with very
// many values does not pin its memory.
const maxPooledValues = 1 << 12

// getScratch returns an empty scratch with room for n values.
func getScratch(n int) *scratch {
	sc := scratchPool.Get().(*scratch)
	if cap(sc.out) < n {
		sc.out = make([]Value, 0, n)
	}
	sc.tab.reset()
	return sc
}

// release empties sc, so that it keeps nothing of the document, and gives
// it back to the pool. No slice of sc.out may be used after it.
func (sc *scratch) release() {
	sc.empty()
	if cap(sc.out) <= maxPooledValues {
		scratchPool.Put(sc)
	}
}

// empty clears what sc holds of the last document: all of out up to its
// capacity is zero after it, which add relies on.
func (sc *scratch) empty() {
	clear(sc.out[:sc.used]) // the table pass leaves dropped values past len
	sc.out, sc.used = sc.out[:0], 0
	sc.tab.reset()
}
