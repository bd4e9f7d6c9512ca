package profile

// slab hands out pointers to values of type T from shared arrays, so that
// the many small objects one Profile call points its facts to (spans,
// texts, measures) cost an allocation per slabSize of them instead of one
// each. A pointer keeps its whole array alive; every one of them belongs to
// the same Result, so nothing outlives it. The zero value is ready to use.
type slab[T any] struct{ free []T }

// slabSize is the number of values of one array of a slab.
const slabSize = 32

// new returns a pointer to a copy of v.
func (s *slab[T]) new(v T) *T {
	if len(s.free) == 0 {
		s.free = make([]T, slabSize)
	}
	p := &s.free[0]
	*p = v
	s.free = s.free[1:]
	return p
}
