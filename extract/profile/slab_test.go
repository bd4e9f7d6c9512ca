package profile

import "testing"

// TestSlab checks that a slab hands out distinct pointers to the values it
// was given, across several of its arrays, and that writing through one
// does not touch another.
func TestSlab(t *testing.T) {
	var s slab[int]
	var ps []*int
	for i := 0; i < 3*slabSize+5; i++ {
		ps = append(ps, s.new(i))
	}
	for i, p := range ps {
		if *p != i {
			t.Fatalf("value %d reads %d", i, *p)
		}
	}
	*ps[slabSize] = -1
	for i, p := range ps {
		if i != slabSize && *p != i {
			t.Fatalf("writing value %d changed value %d to %d", slabSize, i, *p)
		}
	}
}
