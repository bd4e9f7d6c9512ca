package segment

import (
	"strings"
	"testing"
)

// FuzzStripSpace checks stripSpace against what it replaces,
// strings.Join(strings.Fields(s), ""), invalid UTF-8 included.
func FuzzStripSpace(f *testing.F) {
	for _, s := range []string{"", "目录", "目 录", " 目\u3000录\n", "a\u00a0b\u2028c", "\xff \xe7\x9b", "整体支出\n绩效自评报告"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := stripSpace(s), strings.Join(strings.Fields(s), ""); got != want {
			t.Fatalf("stripSpace(%q) = %q, want %q", s, got, want)
		}
	})
}
