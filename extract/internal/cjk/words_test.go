package cjk

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// testWords mixes first characters of every length: ASCII, two bytes (¥),
// three (CJK, ≥) and four.
var testWords = []string{"年初预算数", "年初预算", "执行数", "执行率", ">=", ">", "¥", "≥", "人民币", "\U0001F600x", "不超过", "不低于"}

func TestWords(t *testing.T) {
	x := NewWords(testWords...)
	assert.Equal(t, len(testWords), x.Len())
	assert.Equal(t, []int32{0, 1}, x.At("年初预算数", 0))
	assert.Equal(t, []int32{2, 3}, x.At("执行率", 0))
	assert.Equal(t, []int32{4, 5}, x.At(">=80%", 0))
	assert.Nil(t, x.At("全年", 0))
	assert.Nil(t, x.At("年", 1), "no word begins inside a character")
	i, ws := x.Next("合计全部执行数", 0)
	assert.Equal(t, len("合计全部"), i)
	assert.Equal(t, []int32{2, 3}, ws)
	i, ws = x.Next("只有汉字", 0)
	assert.Equal(t, len("只有汉字"), i)
	assert.Nil(t, ws)
	var zero Words
	assert.Nil(t, zero.At("年", 0))
}

// FuzzWords holds At and Next to a map of first characters and a text
// decoded character by character, on any bytes.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"", "年初预算数", "\xe5年初", "¥5,000 ≥80%", "\xe0\xb9\xb4", "\xed\xb9\xb4", "a\U0001F600x\xf0\x9f"} {
		f.Add(s)
	}
	x, ref := NewWords(testWords...), newWordsRef(testWords...)
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i++ {
			if got, want := x.At(s, i), ref.at(s, i); !slices.Equal(got, want) {
				t.Fatalf("At(%q, %d) = %v, want %v", s, i, got, want)
			}
			gi, gw := x.Next(s, i)
			wi, ww := ref.next(s, i)
			if gi != wi || !slices.Equal(gw, ww) {
				t.Fatalf("Next(%q, %d) = %d, %v, want %d, %v", s, i, gi, gw, wi, ww)
			}
		}
	})
}
