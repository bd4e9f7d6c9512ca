package text

// DefaultMaxBytes is the input size Read accepts when Options.MaxBytes is 0.
// The reader keeps about two copies of its input (the bytes and the canonical
// text) plus the blocks, so the cap bounds its memory.
const DefaultMaxBytes = 512 << 20

// Options tune Read. The zero value is ready to use.
type Options struct {
	// MaxBytes caps the size of the input in bytes; a larger input is refused
	// with document.ErrLimit before anything is decoded. 0 means
	// DefaultMaxBytes; a negative value means no limit.
	MaxBytes int
}

// maxBytes returns the effective size cap, or -1 for none.
func (o Options) maxBytes() int {
	switch {
	case o.MaxBytes == 0:
		return DefaultMaxBytes
	case o.MaxBytes < 0:
		return -1
	}
	return o.MaxBytes
}
