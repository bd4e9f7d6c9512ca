package profile

import (
	"fmt"
	"unicode/utf8"
)

// firstTable numbers the first characters of a vocab's words, for the
// label matchers, which look up every character of every text they scan.
// Every word starts with a character written in three UTF-8 bytes (CJK
// ideographs and punctuation, full-width forms), so the table is keyed by
// those three bytes and a text is scanned without decoding it:
// dir[b0&0x0F][b1&0x3F] points to a page, page[b2&0x3F] holds the number
// + 1, 0 for none. Pages are pointed to rather than numbered so that a
// look-up is two loads with no bounds check (every index is masked into
// its array). Bytes that are no valid character may hit an entry; the
// matchers compare the whole word afterwards, so such a hit costs a
// comparison and never gives a wrong match.
type firstTable struct {
	dir [16][64]*[64]uint8 // never nil: unused slots point to an empty page
}

// newFirstTable numbers runes: runes[i] gets i. It panics when a rune is not
// written in three bytes or there are too many for the table: the vocabs
// are fixed at compile time, and a test builds them all.
func newFirstTable(runes []rune) *firstTable {
	t := &firstTable{}
	empty := new([64]uint8)
	for i := range t.dir {
		for j := range t.dir[i] {
			t.dir[i][j] = empty
		}
	}
	for i, r := range runes {
		var b [4]byte
		if utf8.EncodeRune(b[:], r) != 3 || i >= 255 {
			panic(fmt.Sprintf("profile: vocab word starting with %q cannot be indexed", r))
		}
		p := &t.dir[b[0]&0x0F][b[1]&0x3F]
		if *p == empty {
			*p = new([64]uint8)
		}
		(*p)[b[2]&0x3F] = uint8(i + 1)
	}
	return t
}

// at returns the number of the character starting at s[i], or -1 when no
// word starts with it (or it is not a three-byte character).
func (t *firstTable) at(s string, i int) int {
	if i+2 >= len(s) || s[i]&0xF0 != 0xE0 {
		return -1
	}
	return int(t.dir[s[i]&0x0F][s[i+1]&0x3F][s[i+2]&0x3F]) - 1
}

// next returns the first offset at or after i where a word may start, and
// the number of its character (as at); len(s) and -1 when there is none.
// Only the lead byte of a three-byte character can start a word, so the
// scan passes over every other byte with one comparison, and over the two
// continuation bytes of a character no word starts with at once: neither
// can start a word either. It finds exactly the offsets where at is not -1.
func (t *firstTable) next(s string, i int) (int, int) {
	for ; i < len(s)-2; i++ {
		if s[i]&0xF0 != 0xE0 {
			continue
		}
		c := s[i : i+3] // one bounds check for the three bytes
		if g := t.dir[c[0]&0x0F][c[1]&0x3F][c[2]&0x3F]; g != 0 {
			return i, int(g) - 1
		}
		if c[1]&0xC0 == 0x80 && c[2]&0xC0 == 0x80 {
			i += 2
		}
	}
	return len(s), -1
}

// secondAt packs the three bytes after the first character of a word
// starting at s[i], s[i+3:i+6], with bit 24 set, or returns 0 when s ends
// before. The matchers compare it with the same of each word that may
// start there (entry.second, 0 for a word shorter than six bytes, which
// they always compare whole): most words of a character's group differ
// in their second character, and are passed over with one comparison.
func secondAt(s string, i int) uint32 {
	if i+6 > len(s) {
		return 0
	}
	t := s[i+3 : i+6]
	return uint32(t[0]) | uint32(t[1])<<8 | uint32(t[2])<<16 | 1<<24
}
