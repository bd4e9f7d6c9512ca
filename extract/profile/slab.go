package profile

// slab hands out pointers to values of type T from shared arrays, so that
// the many small objects one Profile call points its facts to (spans,
// texts, measures and their values) cost an allocation per array of them
// instead of one each. A pointer keeps its whole array alive; every one of
// them belongs to the same Result, so nothing outlives it. The zero value
// is ready to use.
type slab[T any] struct {
	free []T
	// size is the number of values of one array; 0 means slabSize. Large
	// values (an output value is 280 bytes) take smaller arrays, so that
	// the part of the last one left unused stays small.
	size int
}

// slabSize is the number of values of one array of a slab, unless it says
// otherwise.
const slabSize = 32

// arraySize is the number of values of one array of s.
func (s *slab[T]) arraySize() int {
	if s.size > 0 {
		return s.size
	}
	return slabSize
}

// grow gives the slab a new array.
func (s *slab[T]) grow() { s.free = make([]T, s.arraySize()) }

// new returns a pointer to a copy of v.
func (s *slab[T]) new(v T) *T {
	if len(s.free) == 0 {
		s.grow()
	}
	p := &s.free[0]
	*p = v
	s.free = s.free[1:]
	return p
}

// take returns n zero values of T side by side (a non-nil slice, also for
// n = 0), from the slab's array when they fit in one; more than an array
// holds get an array of their own.
func (s *slab[T]) take(n int) []T {
	if n == 0 {
		return []T{}
	}
	if n > len(s.free) {
		if n > s.arraySize() {
			return make([]T, n)
		}
		s.grow()
	}
	out := s.free[:n:n]
	s.free = s.free[n:]
	return out
}
