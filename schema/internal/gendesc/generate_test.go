package main

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestGeneratedFileIsCurrent fails when a doc comment of package schema
// changed and the descriptions file was not regenerated.
func TestGeneratedFileIsCurrent(t *testing.T) {
	want, err := Generate("../..")
	if err != nil {
		t.Fatal(err)
	}
	got, err := readGenerated("../..")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("schema/%s is stale: run go generate ./schema", output)
	}
}

// TestSplit compares the English and Chinese parts of doc comments whole.
func TestSplit(t *testing.T) {
	tests := []struct {
		name, field, text, en, zh string
	}{
		{"field with both", "Weight", "Weight is the weight (分值).\nWeight 是指标分值。\n",
			"Weight is the weight (分值).", "Weight 是指标分值。"},
		{"English only", "Rule", "Rule names the check.\n", "Rule names the check.", ""},
		{"Chinese only", "X", "金额。\n", "", "金额。"},
		{"English line starting with Han after a colon", "ExpenseControl",
			"ExpenseControl is the tree (经费控制情况):\n三公经费 and its items.\nExpenseControl 是行树。\n",
			"ExpenseControl is the tree (经费控制情况): 三公经费 and its items.", "ExpenseControl 是行树。"},
		{"Chinese paragraph after English paragraph", "Facts",
			"Facts are fields.\n\nAmounts are Values.\n金额为 kind 为 \"amount\" 的\nValue。\n",
			"Facts are fields.\n\nAmounts are Values.", "金额为 kind 为 \"amount\" 的Value。"},
		{"Chinese lines ending in ASCII words join with a space", "A",
			"A is a.\nA 为 kind\nValue。\n", "A is a.", "A 为 kind Value。"},
		{"empty", "A", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			en, zh := Split(tc.field, tc.text)
			if en != tc.en || zh != tc.zh {
				t.Errorf("Split(%q) =\n  %q, %q\nwant\n  %q, %q", tc.text, en, zh, tc.en, tc.zh)
			}
		})
	}
}

// FuzzSplit checks that Split never panics and loses no word: every
// non-space rune of the comment is in the English or the Chinese part, in
// order within each.
func FuzzSplit(f *testing.F) {
	f.Add("Weight", "Weight is the weight (分值).\nWeight 是指标分值。\n")
	f.Add("A", "三公经费 and\n\n金额为 x。\nA b")
	f.Fuzz(func(t *testing.T, name, text string) {
		if !utf8.ValidString(text) {
			t.Skip("Go source, and so a doc comment, is UTF-8")
		}
		en, zh := Split(name, text)
		if count(en)+count(zh) != count(text) {
			t.Errorf("Split(%q) = %q, %q: non-space runes %d+%d, want %d", text, en, zh, count(en), count(zh), count(text))
		}
	})
}

// count counts the non-space runes of s.
func count(s string) int {
	n := 0
	for _, r := range s {
		if r != ' ' && r != '\n' && r != '\t' && r != '\r' && r != '\v' && r != '\f' && r != 0x85 && r != 0xA0 && !isUnicodeSpace(r) {
			n++
		}
	}
	return n
}

// isUnicodeSpace is strings.TrimSpace's notion of space beyond ASCII.
func isUnicodeSpace(r rune) bool {
	return len(strings.TrimSpace(string(r))) == 0
}
