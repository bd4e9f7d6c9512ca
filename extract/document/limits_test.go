package document

import (
	"testing"
	"time"
)

// TestSetDefault gives a zero or negative limit its default and keeps a
// positive one, whatever its type.
func TestSetDefault(t *testing.T) {
	n, size, d := -1, int64(0), 3*time.Second
	SetDefault(&n, 10)
	SetDefault(&size, 1<<20)
	SetDefault(&d, time.Minute)
	if n != 10 || size != 1<<20 || d != 3*time.Second {
		t.Errorf("got %d %d %v, want 10 1048576 3s", n, size, d)
	}
}
