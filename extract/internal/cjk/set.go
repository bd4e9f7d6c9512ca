package cjk

import (
	"fmt"
	"unicode/utf8"
)

// A Set is a set of characters of the Basic Multilingual Plane, one bit each
// (8 KB): membership is one load and a mask, whatever the number of
// members. A lexer tests every character of a report against a few sets,
// and most characters (ordinary Chinese text) are in none.
type Set [0x10000 / 64]uint64

// NewSet returns the set of the characters of the given strings. It panics
// on a character above U+FFFF or on invalid UTF-8: sets are built from
// literals, when a package is initialised.
func NewSet(chars ...string) *Set {
	s := new(Set)
	for _, cs := range chars {
		for _, r := range cs {
			if r == utf8.RuneError || r > 0xFFFF {
				panic(fmt.Sprintf("cjk: %q cannot be a member of a Set", r))
			}
			s[r>>6] |= 1 << (r & 63)
		}
	}
	return s
}

// Union returns a new set holding the members of s and of t.
func (s *Set) Union(t *Set) *Set {
	u := new(Set)
	for i := range u {
		u[i] = s[i] | t[i]
	}
	return u
}

// Has reports whether r is in s; a negative rune and runes above U+FFFF
// never are.
func (s *Set) Has(r rune) bool {
	return uint32(r) < 0x10000 && s[r>>6]&(1<<(uint32(r)&63)) != 0
}

// Index returns the offset of the first character of s at or after from
// that is in set, reading characters as Decode does, or len(s) when there is
// none. It is a lexer's inner loop, which passes over most of a report's
// text, so it decodes ASCII and the three-byte characters of CJK text
// itself (see Decode) and calls out for the rest.
func (set *Set) Index(s string, from int) int {
	i := from
	for i < len(s) {
		// Chinese text comes in runs: two three-byte characters at a
		// time, with one bounds check for their six bytes.
		for i+5 < len(s) {
			t := s[i : i+6]
			if !lead3[t[0]] || !lead3[t[3]] || (t[1]^0x80)|(t[2]^0x80)|(t[4]^0x80)|(t[5]^0x80) >= 0x40 {
				break
			}
			// A set's word is the rune's top ten bits, its bit the low
			// six.
			if set[uint(t[0]&0x0F)<<6|uint(t[1]&0x3F)]&(1<<(t[2]&0x3F)) != 0 {
				return i
			}
			if set[uint(t[3]&0x0F)<<6|uint(t[4]&0x3F)]&(1<<(t[5]&0x3F)) != 0 {
				return i + 3
			}
			i += 6
		}
		if i+2 < len(s) {
			t := s[i : i+3]
			if c := t[0]; c < utf8.RuneSelf {
				if set[c>>6]&(1<<(c&63)) != 0 {
					return i
				}
				i++
				continue
			}
			if lead3[t[0]] && (t[1]^0x80)|(t[2]^0x80) < 0x40 {
				if set[uint(t[0]&0x0F)<<6|uint(t[1]&0x3F)]&(1<<(t[2]&0x3F)) != 0 {
					return i
				}
				i += 3
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if set.Has(r) {
			return i
		}
		i += n
	}
	return len(s)
}

// indexRef is Index by a loop over the standard library's decoding.
func (set *Set) indexRef(s string, from int) int {
	for i := from; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if set.Has(r) {
			return i
		}
		i += n
	}
	return len(s)
}
