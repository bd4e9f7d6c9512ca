package docx

import (
	"sync"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// Allocation. A body has hundreds of paragraphs, cells and locators; the
// reader carves them out of arrays allocated a few at a time (chunks)
// rather than one by one, and builds the canonical text in a pooled buffer.
// A Document keeps its chunks alive as long as any of its parts is live;
// they are all its own.

// maxChunk caps the length of a chunk (a chunk of locators is then 6 KB).
const maxChunk = 64

// carve returns a pointer to a new zero T at the end of *chunk. A full
// chunk is followed by a new one twice its length, from 16 to maxChunk (so
// that little of a chunk goes unused), never grown in place: the pointers
// handed out stay valid.
func carve[T any](chunk *[]T) *T {
	c := *chunk
	if len(c) == cap(c) {
		c = make([]T, 0, min(max(2*cap(c), 16), maxChunk))
	}
	c = c[:len(c)+1]
	*chunk = c
	return &c[len(c)-1]
}

// carveCopy returns a copy of src carved from the end of *chunk, of
// capacity len(src) (an append to it cannot reach the next carving), or nil
// for an empty src.
func carveCopy[T any](chunk *[]T, src []T) []T {
	n := len(src)
	if n == 0 {
		return nil
	}
	c := *chunk
	if cap(c)-len(c) < n {
		c = make([]T, 0, max(n, min(max(2*cap(c), 16), maxChunk)))
	}
	out := c[len(c) : len(c)+n : len(c)+n]
	copy(out, src)
	*chunk = c[:len(c)+n]
	return out
}

// locator returns a new locator in the main part.
func (r *reader) locator(para, table, row, cell int) *document.Locator {
	l := carve(&r.locs)
	*l = document.Locator{Part: r.part, Paragraph: para, Table: table, Row: row, Cell: cell}
	return l
}

// textPool keeps the buffers the canonical text is built in between
// documents; the Document gets a copy (a string).
var textPool = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledText is the largest text buffer kept in textPool.
const maxPooledText = 4 << 20

// textBuffer returns an empty buffer from textPool.
func textBuffer() *[]byte {
	b := textPool.Get().(*[]byte)
	*b = (*b)[:0]
	return b
}

// releaseText gives the buffer b, now holding buf, back to textPool.
func releaseText(b *[]byte, buf []byte) {
	if cap(buf) <= maxPooledText {
		*b = buf[:0]
		textPool.Put(b)
	}
}
