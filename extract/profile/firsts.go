package profile

import (
	"fmt"
	"unicode/utf8"
)

// firstTable numbers the first characters of a vocab's words, for the
// label matchers, which look up every character of every text they scan.
// Every word starts with a character written in three UTF-8 bytes (CJK
// ideographs and punctuation, full-width forms), so the table is keyed by
// those three bytes and a text is scanned byte by byte, without decoding
// it: dir[b0&0x0F][b1&0x3F] names a page, pages[page][b2&0x3F] holds the
// number + 1, 0 for none. Bytes that are no valid character may hit an
// entry; the matchers compare the whole word afterwards, so such a hit
// costs a comparison and never gives a wrong match.
type firstTable struct {
	dir   [16][64]uint8
	pages [][64]uint8 // page 0 is empty
}

// newFirstTable numbers runes: runes[i] gets i. It panics when a rune is not
// written in three bytes or there are too many for the table: the vocabs
// are fixed at compile time, and a test builds them all.
func newFirstTable(runes []rune) *firstTable {
	t := &firstTable{pages: make([][64]uint8, 1)}
	for i, r := range runes {
		var b [4]byte
		if utf8.EncodeRune(b[:], r) != 3 || i >= 255 {
			panic(fmt.Sprintf("profile: vocab word starting with %q cannot be indexed", r))
		}
		p := &t.dir[b[0]&0x0F][b[1]&0x3F]
		if *p == 0 {
			if len(t.pages) == 256 {
				panic("profile: too many first characters for one vocab")
			}
			*p = uint8(len(t.pages))
			t.pages = append(t.pages, [64]uint8{})
		}
		t.pages[*p][b[2]&0x3F] = uint8(i + 1)
	}
	return t
}

// at returns the number of the character starting at s[i], or -1 when no
// word starts with it (or it is not a three-byte character).
func (t *firstTable) at(s string, i int) int {
	if i+2 >= len(s) || s[i]&0xF0 != 0xE0 {
		return -1
	}
	p := t.dir[s[i]&0x0F][s[i+1]&0x3F]
	return int(t.pages[p][s[i+2]&0x3F]) - 1
}
