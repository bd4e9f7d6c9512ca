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

// TestSlabTake checks that take hands out slices of the length asked,
// never sharing an element and never nil, across arrays and past their
// size.
func TestSlabTake(t *testing.T) {
	for _, s := range []slab[int]{{}, {size: 4}} {
		checkTake(t, &s, []int{0, 1, 5, slabSize, 0, 3, slabSize + 1, slabSize - 1, 2, 4, 3, 1})
	}
}

func checkTake(t *testing.T, s *slab[int], sizes []int) {
	var got [][]int
	next := 0
	for _, n := range sizes {
		v := s.take(n)
		if v == nil || len(v) != n || cap(v) != n {
			t.Fatalf("take(%d) gave len %d cap %d nil %v", n, len(v), cap(v), v == nil)
		}
		for i := range v {
			if v[i] != 0 {
				t.Fatalf("take(%d) gave a value already set", n)
			}
			v[i] = next
			next++
		}
		got = append(got, v)
	}
	want := 0
	for _, v := range got {
		for _, x := range v {
			if x != want {
				t.Fatalf("a slice handed out later wrote over an earlier one: %v", got)
			}
			want++
		}
	}
}
