package cjk

import (
	"fmt"
	"unicode/utf8"
)

// Words indexes a list of words by their first character, for scanners that
// look for any of many words (the labels of a report's tables, the affixes
// around a number) at every character of a text: At gives, for one offset,
// the few words that begin with the character there; Next finds the next
// offset where any word begins. The caller compares the rest of each word.
// A plain scan comparing every word at every offset costs four to five times
// as much on a report's tables.
//
// The words are numbered by their position in the list, and At and Next give
// a character's words in that order. The zero Words indexes no word.
type Words struct {
	list   []string
	groups [][]int32 // the words of each first character, in list order
	// The group of a first character, plus one (0: no word begins with
	// it), by its UTF-8 bytes: ASCII by the byte, three-byte characters
	// (all CJK, their punctuation and the full-width forms) by the low bits
	// of their three bytes in pages of 64, other lengths in a map.
	ascii [utf8.RuneSelf]uint16
	dir   *[16][64]*[64]uint16
	other map[rune]uint16
}

// emptyPage is the page of every three-byte prefix no word begins with.
var emptyPage = new([64]uint16)

// NewWords indexes words. It panics on an empty word or one that does not
// begin with a valid character: word lists are literals.
func NewWords(words ...string) *Words {
	x := &Words{list: words, dir: new([16][64]*[64]uint16)}
	for i := range x.dir {
		for j := range x.dir[i] {
			x.dir[i][j] = emptyPage
		}
	}
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		if r == utf8.RuneError {
			panic(fmt.Sprintf("cjk: word %d (%q) does not begin with a character", i, w))
		}
		g := x.group(w[:n])
		if g == 0 {
			x.groups = append(x.groups, nil)
			g = uint16(len(x.groups))
			x.setGroup(w[:n], g)
		}
		x.groups[g-1] = append(x.groups[g-1], int32(i))
	}
	return x
}

// group returns the group of the character c (its UTF-8 bytes) plus one,
// or 0 when no word begins with it.
func (x *Words) group(c string) uint16 {
	switch len(c) {
	case 1:
		return x.ascii[c[0]]
	case 3:
		return x.dir[c[0]&0x0F][c[1]&0x3F][c[2]&0x3F]
	}
	r, _ := utf8.DecodeRuneInString(c)
	return x.other[r]
}

// setGroup records g as the group of the character c, plus one.
func (x *Words) setGroup(c string, g uint16) {
	switch len(c) {
	case 1:
		x.ascii[c[0]] = g
	case 3:
		p := &x.dir[c[0]&0x0F][c[1]&0x3F]
		if *p == emptyPage {
			*p = new([64]uint16)
		}
		(*p)[c[2]&0x3F] = g
	default:
		if x.other == nil {
			x.other = map[rune]uint16{}
		}
		r, _ := utf8.DecodeRuneInString(c)
		x.other[r] = g
	}
}

// Len returns the number of words.
func (x *Words) Len() int { return len(x.list) }

// Word returns word number i.
func (x *Words) Word(i int32) string { return x.list[i] }

// At returns the numbers of the words that begin with the character at
// s[i], in list order, or nil: the words s[i:] may start with.
func (x *Words) At(s string, i int) []int32 {
	if x.dir == nil || i >= len(s) {
		return nil
	}
	var g uint16
	switch c := s[i]; {
	case c < utf8.RuneSelf:
		g = x.ascii[c]
	case c&0xF0 == 0xE0:
		// Only a valid character can begin a word. A lead byte and two
		// continuation bytes are one unless the lead is E0 or ED with a
		// second byte it refuses; those decode to characters below U+0800
		// or to surrogates, which no page holds.
		if i+2 < len(s) && (s[i+1]^0x80)|(s[i+2]^0x80) < 0x40 {
			g = x.dir[c&0x0F][s[i+1]&0x3F][s[i+2]&0x3F]
		}
	case x.other != nil:
		if r, n := utf8.DecodeRuneInString(s[i:]); n > 1 {
			g = x.other[r]
		}
	}
	if g == 0 {
		return nil
	}
	return x.groups[g-1]
}

// Next returns the first offset at or after i where a word may begin, with
// the words that begin there (At), or len(s) and nil. The offsets it tries
// are those where a character begins when s[i:] is decoded: a continuation
// byte begins none, and every other byte begins one. It is the inner loop
// of a label matcher, which passes over most characters of a text: ASCII
// and the three-byte characters of CJK text are looked up here, by their
// bytes, and passed over whole.
func (x *Words) Next(s string, i int) (int, []int32) {
	if x.dir == nil {
		return len(s), nil
	}
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if g := x.ascii[c]; g != 0 {
				return i, x.groups[g-1]
			}
			i++
			continue
		}
		if c&0xF0 == 0xE0 && i+2 < len(s) {
			if t := s[i : i+3]; (t[1]^0x80)|(t[2]^0x80) < 0x40 {
				if g := x.dir[t[0]&0x0F][t[1]&0x3F][t[2]&0x3F]; g != 0 {
					return i, x.groups[g-1]
				}
				i += 3 // neither continuation byte begins a character
				continue
			}
		}
		if c&0xC0 != 0x80 {
			if ws := x.At(s, i); ws != nil {
				return i, ws
			}
		}
		i++
	}
	return len(s), nil
}

// wordsRef is Words by its definition: the words of each first character in
// a map, and a text decoded character by character.
type wordsRef map[rune][]int32

func newWordsRef(words ...string) wordsRef {
	ref := wordsRef{}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		ref[r] = append(ref[r], int32(i))
	}
	return ref
}

func (ref wordsRef) at(s string, i int) []int32 {
	if i >= len(s) {
		return nil
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && n <= 1 {
		return nil
	}
	return ref[r]
}

func (ref wordsRef) next(s string, i int) (int, []int32) {
	for i < len(s) {
		if ws := ref.at(s, i); ws != nil {
			return i, ws
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return len(s), nil
}
