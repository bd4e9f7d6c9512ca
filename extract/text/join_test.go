package text

import (
	"fmt"
	"testing"
)

// TestJoinMessage checks joinMessage against the fmt.Sprintf it replaces.
func TestJoinMessage(t *testing.T) {
	for _, c := range [][2]int{{1, 3}, {2, 11}, {8, 11}, {0, 0}, {12, 123}} {
		want := fmt.Sprintf("joined a row of %d cells with the row of %d after it into one row of %d, the table's dominant width: the blank line between them is read as an empty paragraph ending a cell, not as a row break",
			c[0], c[1]-c[0], c[1])
		if got := joinMessage(c[0], c[1]); got != want {
			t.Errorf("joinMessage(%d, %d) = %q, want %q", c[0], c[1], got, want)
		}
	}
}
