package text

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/document"
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

// FuzzCanonical checks canonical against the two steps it replaced:
// rewriteLinesRef (line ends and bookmarks, one strings.IndexAny per step),
// then document.Canon, on valid UTF-8 as decode gives it, and the line ends
// it and lineEnds give, from the offsets of some of the first "\n" bytes,
// against lineEndsRef; and rewrite, told to look for every rewrite, against
// the same, so that a rewrite it is told of but that is not there changes
// nothing, with the "\n" offsets it moves. On any bytes, the line-end and
// bookmark rewriting alone matches rewriteLinesRef.
func FuzzCanonical(f *testing.F) {
	for _, s := range canonSeeds {
		f.Add(s, uint8(0))
		f.Add(s, uint8(255))
	}
	f.Fuzz(func(t *testing.T, s string, known uint8) {
		b := []byte(s)
		if got, want := rewrite(b, hasCR|hasBracket, nil), rewriteLinesRef(s); got != want {
			t.Fatalf("rewrite(%q, CR|bracket) = %q, want %q", s, got, want)
		}
		if !utf8.ValidString(s) {
			return
		}
		want := document.Canon(rewriteLinesRef(s))
		newlines := newlinesRef(s)
		newlines = newlines[:min(len(newlines), int(known))]
		got, moved := canonical(decoded{text: b, newlines: newlines, rw: rewritesOf(b)})
		if got != want {
			t.Fatalf("canonical(%q) = %q, want %q", s, got, want)
		}
		if ends := lineEnds(got, moved); !slices.Equal(ends, lineEndsRef(got)) {
			t.Fatalf("canonical(%q): line ends %v, want %v", s, ends, lineEndsRef(got))
		}
		if got := rewrite(b, hasCR|hasBracket|hasWideDigit, nil); got != want {
			t.Fatalf("rewrite(%q, all) = %q, want %q", s, got, want)
		}
		nl := newlinesRef(s)
		got = rewrite(b, hasBracket|hasWideDigit, nl)
		if want := newlinesRef(got); !slices.Equal(nl, want) {
			t.Fatalf("rewrite(%q, bracket|digit) = %q with newlines %v, want %v", s, got, nl, want)
		}
	})
}

// newlinesRef returns the offsets of the "\n" bytes of s.
func newlinesRef(s string) []int {
	var out []int
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, i)
		}
	}
	return out
}

// lineEndsRef returns where the lines of s end: at each "\n", and at the
// end of s when it does not end with one.
func lineEndsRef(s string) []int {
	out := newlinesRef(s)
	if s != "" && s[len(s)-1] != '\n' {
		out = append(out, len(s))
	}
	return out
}

// FuzzFullWidthDigit checks hasFullWidthDigit against the rune test of
// document.Canon.
func FuzzFullWidthDigit(f *testing.F) {
	for _, s := range canonSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.IndexFunc(s, func(r rune) bool { return r >= '０' && r <= '９' }) >= 0
		if got := hasFullWidthDigit([]byte(s)); got != want {
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
			n, closed := bookmarkLen([]byte(s[i:]))
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

// FuzzScanText holds scanText's one pass to the two it replaces:
// firstControl, and utf8.Valid with the offset of the first invalid byte;
// and, on valid UTF-8, its rewrites to rewritesOf and its newlines to the
// first offsets of "\n" that its buffer holds.
func FuzzScanText(f *testing.F) {
	for _, s := range []string{"", "项目支出\t8\n", "２０２３年（一）\r\n[", "年\xef\xbc\x99\xef\xbc\x8c\xef\xbc\x90年", "\xe0\xa0\x80\xed\x9f\xbf\xed\xa0\x80", "\xef\xbf\xbd\xf0\x9f\x98\x80", "支出\xe4\xb8", "\xc0\xaf\x00", "ab\xff\x01", "\x7f"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		buf := make([]int, len(data)%7)
		sc := scanText(data, buf)
		ctrl, bad, rw := sc.ctrl, sc.bad, sc.rw
		if want := firstControl(data); ctrl != want {
			t.Fatalf("ctrl = %d, firstControl gives %d", ctrl, want)
		}
		if ctrl >= 0 {
			if bad != -1 {
				t.Fatalf("bad = %d with a control byte at %d", bad, ctrl)
			}
			return
		}
		wantBad := -1
		for i := 0; i < len(data); {
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n <= 1 {
				wantBad = i
				break
			}
			i += n
		}
		if bad != wantBad || (bad < 0) != utf8.Valid(data) {
			t.Fatalf("bad = %d, want %d (utf8.Valid: %v)", bad, wantBad, utf8.Valid(data))
		}
		if want := rewritesOf(data); bad < 0 && rw != want {
			t.Fatalf("rewrites = %b, want %b", rw, want)
		}
		if want := newlinesRef(string(data)); bad < 0 && !slices.Equal(sc.newlines, want[:min(len(want), len(buf))]) {
			t.Fatalf("newlines = %v, want the first %d of %v", sc.newlines, len(buf), want)
		}
	})
}
