package cjk

import (
	"strings"
	"testing"
)

// FuzzIndexAny holds IndexAny and LastIndexAny to the standard library's.
func FuzzIndexAny(f *testing.F) {
	for _, s := range []string{"", "主要职能。本单位：", "a,b；c", "\xe3\xe3\x80\x82", "。\xff：", "无标点"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, chars := range []string{"。：", "，,；;。：:\n", "、，,", "a"} {
			if got, want := IndexAny(s, chars), strings.IndexAny(s, chars); got != want {
				t.Fatalf("IndexAny(%q, %q) = %d, want %d", s, chars, got, want)
			}
			if got, want := LastIndexAny(s, chars), strings.LastIndexAny(s, chars); got != want {
				t.Fatalf("LastIndexAny(%q, %q) = %d, want %d", s, chars, got, want)
			}
		}
	})
}
