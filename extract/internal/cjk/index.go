package cjk

import "strings"

// IndexAny returns the offset of the first character of s that is one of
// chars, or -1, as strings.IndexAny does, for a handful of characters
// (chars valid UTF-8 without U+FFFD): each is looked for with
// strings.Index, which searches for its bytes far faster than IndexAny
// decodes s and looks every character up in chars. A character's bytes
// found in s are that character where decoding s finds it: a lead byte
// never continues another character.
func IndexAny(s, chars string) int {
	at := -1
	for len(chars) > 0 {
		_, n := Decode(chars, 0)
		limit := s
		if at >= 0 {
			limit = s[:at]
		}
		if i := strings.Index(limit, chars[:n]); i >= 0 {
			at = i
		}
		chars = chars[n:]
	}
	return at
}

// LastIndexAny returns the offset of the last character of s that is one of
// chars, or -1, as strings.LastIndexAny does, by the same means as
// IndexAny.
func LastIndexAny(s, chars string) int {
	at := -1
	for len(chars) > 0 {
		_, n := Decode(chars, 0)
		if i := strings.LastIndex(s[at+1:], chars[:n]); i >= 0 {
			at += 1 + i
		}
		chars = chars[n:]
	}
	return at
}
