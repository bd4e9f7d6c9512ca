package ooxml

import (
	"fmt"
	"strings"
	"testing"
)

// skipWalk scans data the way the reader does, skipping the elements below
// the root whose local name starts with 'r' or 'x' (w:rPr) and reading
// into the others, and lists what each step left: token, offsets, depth,
// error.
// With memo false the scanner recalls nothing, so skip checks every
// subtree in full: the reference that recall must agree with.
func skipWalk(data []byte, maxDepth int, memo bool) []string {
	s := NewScanner(data, maxDepth, &testVocab)
	s.forget = !memo
	var out []string
	for {
		k := s.Next()
		if k == TokStart && s.Depth() >= 2 && len(s.local) > 0 && (s.local[0] == 'r' || s.local[0] == 'x') {
			s.Skip()
			k = s.kind
		}
		out = append(out, fmt.Sprintf("%d off=%d pos=%d depth=%d el=%d local=%s err=%v", k, s.off, s.pos, s.Depth(), s.el, s.local, s.err))
		if k == TokEOF {
			return out
		}
	}
}

func TestSkipMemo(t *testing.T) {
	rpr := `<w:rPr><w:rFonts w:ascii="仿宋" w:hint="eastAsia"/><w:sz w:val="32"/></w:rPr>`
	tests := []struct {
		name     string
		xml      string
		maxDepth int
		errs     string // the error both walks end with, "" for none
	}{
		{"a repeated subtree", `<a>` + rpr + rpr + rpr + `</a>`, 10, ""},
		{"the same content under another name is closed by the wrong tag",
			`<a><x><b/></x><y><b/></x></a>`, 10, "element <y> closed by </x>"},
		{"a repeat nested deeper passes the depth limit",
			`<a><x><b><c/></b></x><s><x><b><c/></b></x></s></a>`, 4, "elements nested deeper than 4"},
		{"a repeat nested deeper within the limit", `<a><x><b><c/></b></x><s><x><b><c/></b></x></s></a>`, 5, ""},
		{"a repeat at the same depth within the limit", `<a><x><b><c/></b></x><x><b><c/></b></x></a>`, 4, ""},
		{"a repeat cut short by the end of input", `<a><x><b/></x><x><b/></x`, 10, "invalid end tag </x"},
		{"a repeat followed by other content", `<a><x><b/></x><x><b/></x><x><b/><c/></x></a>`, 10, ""},
		{"more distinct subtrees than the memo holds",
			`<a>` + strings.Repeat(`<x><b/></x><x><c/></x><x><d/></x><x><e/></x><x><f/></x><x><g/></x><x><h/></x><x><i/></x><x><j/></x>`, 3) + `</a>`, 10, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := skipWalk([]byte(tt.xml), tt.maxDepth, true)
			want := skipWalk([]byte(tt.xml), tt.maxDepth, false)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Fatalf("with the memo:\n%s\nwithout:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			last := got[len(got)-1]
			if tt.errs == "" && !strings.HasSuffix(last, "err=<nil>") || tt.errs != "" && !strings.Contains(last, tt.errs) {
				t.Fatalf("ends with %s, want error %q", last, tt.errs)
			}
		})
	}
}

// FuzzSkipMemo checks that passing over a remembered subtree leaves the
// scanner where checking it in full would: same tokens, offsets, depth and
// error, whatever the bytes and the depth limit.
func FuzzSkipMemo(f *testing.F) {
	rpr := `<w:rPr><w:rFonts w:ascii="仿宋" w:hint="eastAsia"/><w:sz w:val="32"/></w:rPr>`
	f.Add([]byte(`<a>`+rpr+`<r>`+rpr+`</r>`+rpr+`</a>`), 5)
	f.Add([]byte(`<a><x><b><c/></b></x><s><x><b><c/></b></x></s></a>`), 4)
	f.Add([]byte(`<a><x xmlns:p="u"><p:b/></x><x xmlns:p="u"><p:b/></x></a>`), 3)
	f.Fuzz(func(t *testing.T, data []byte, maxDepth int) {
		maxDepth = 1 + int(uint(maxDepth)%12)
		got := skipWalk(data, maxDepth, true)
		want := skipWalk(data, maxDepth, false)
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("on %q (depth %d)\nwith the memo:\n%s\nwithout:\n%s", data, maxDepth, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	})
}
