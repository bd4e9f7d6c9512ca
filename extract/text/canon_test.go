package text

import (
	"strings"
	"testing"
)

// canonSeeds are inputs for the differential fuzz tests of canonical's
// helpers.
var canonSeeds = []string{
	"",
	"a\r\nb\rc\n",
	"\t[bookmark: _GoBack]名称\n",
	"[bookmark: open\n[bookmark: x]y",
	"[[bookmark: a][bookmark: b]]\r",
	"２０２３年度，（一）：",
	"\xEF\xBC\x90\xEF\xBC",
	"\xE0\xEF\xBC\x99",
	"\xEF\xBC\x8F\xEF\xBC\x9A",
}

// FuzzRewriteLines checks rewriteLines against rewriteLinesRef, the
// expression it replaced (one strings.IndexAny per step).
func FuzzRewriteLines(f *testing.F) {
	for _, s := range canonSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := rewriteLines(s), rewriteLinesRef(s); got != want {
			t.Errorf("rewriteLines(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzFullWidthDigit checks hasFullWidthDigit against the rune test of
// document.Canon.
func FuzzFullWidthDigit(f *testing.F) {
	for _, s := range canonSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.IndexFunc(s, func(r rune) bool { return r >= '０' && r <= '９' }) >= 0
		if got := hasFullWidthDigit(s); got != want {
			t.Errorf("hasFullWidthDigit(%q) = %v, want %v", s, got, want)
		}
	})
}

// rewriteLinesRef is rewriteLines as it was first written: simple, and
// slower, since IndexAny tests every byte against a set.
func rewriteLinesRef(s string) string {
	var b strings.Builder
	open := -1
	for i := 0; i < len(s); {
		j := strings.IndexAny(s[i:], "\r[")
		if j < 0 {
			b.WriteString(s[i:])
			break
		}
		b.WriteString(s[i : i+j])
		i += j
		switch {
		case s[i] == '\r':
			b.WriteByte('\n')
			i++
			if i < len(s) && s[i] == '\n' {
				i++
			}
		case i >= open && strings.HasPrefix(s[i:], bookmarkOpen):
			n, closed := bookmarkLen(s[i:])
			if closed {
				i += n
				continue
			}
			open = i + n
			b.WriteByte('[')
			i++
		default:
			b.WriteByte('[')
			i++
		}
	}
	return b.String()
}
