package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEscape checks what a printed name becomes.
func TestEscape(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"plain", "reports/a.txt", "reports/a.txt"},
		{"Chinese", "报告/自评 表.docx", "报告/自评 表.docx"},
		{"terminal escape", "a\x1b[2Jb.txt", `a\x1b[2Jb.txt`},
		{"newline and tab", "a\nb\tc", `a\nb\tc`},
		{"carriage return", "ok.txt\rEVIL", `ok.txt\rEVIL`},
		{"bell and DEL", "\a\x7f", `\a\x7f`},
		{"C1 control", "a\u009bb", `a\u009bb`},
		{"right-to-left override", "gpj.\u202eexe", `gpj.\u202eexe`},
		{"line separator", "a\u2028b", `a\u2028b`},
		{"invalid UTF-8", "a\xffb\xe2\x80", `a\xffb\xe2\x80`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, escape(tc.in))
		})
	}
}

// FuzzEscape checks that an escaped string holds no control character and
// is valid UTF-8, and that a string needing no escape is kept.
func FuzzEscape(f *testing.F) {
	f.Add("a\x1b[31mred")
	f.Add("报告\u202e.txt")
	f.Add("\xff\xfe")
	f.Fuzz(func(t *testing.T, s string) {
		got := escape(s)
		if !needsEscape(s) && got != s {
			t.Fatalf("escape(%q) = %q, want it unchanged", s, got)
		}
		if needsEscape(got) {
			t.Fatalf("escape(%q) = %q still needs escaping", s, got)
		}
	})
}
