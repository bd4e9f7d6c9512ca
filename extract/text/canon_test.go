package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"jixiao/extract/document"
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
// then document.Canon, on valid UTF-8 as decode gives it; and rewrite, told
// to look for every rewrite, against the same, so that a rewrite it is told
// of but that is not there changes nothing. On any bytes, the line-end and
// bookmark rewriting alone matches rewriteLinesRef.
func FuzzCanonical(f *testing.F) {
	for _, s := range canonSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b := []byte(s)
		if got, want := rewrite(b, hasCR|hasBracket), rewriteLinesRef(s); got != want {
			t.Fatalf("rewrite(%q, CR|bracket) = %q, want %q", s, got, want)
		}
		if !utf8.ValidString(s) {
			return
		}
		want := document.Canon(rewriteLinesRef(s))
		if got := canonical(decoded{text: b, rw: rewritesOf(b)}); got != want {
			t.Fatalf("canonical(%q) = %q, want %q", s, got, want)
		}
		if got := rewrite(b, hasCR|hasBracket|hasWideDigit); got != want {
			t.Fatalf("rewrite(%q, all) = %q, want %q", s, got, want)
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
// and, on valid UTF-8, its rewrites to rewritesOf.
func FuzzScanText(f *testing.F) {
	for _, s := range []string{"", "项目支出\t8\n", "２０２３年（一）\r\n[", "年\xef\xbc\x99\xef\xbc\x8c\xef\xbc\x90年", "\xe0\xa0\x80\xed\x9f\xbf\xed\xa0\x80", "\xef\xbf\xbd\xf0\x9f\x98\x80", "支出\xe4\xb8", "\xc0\xaf\x00", "ab\xff\x01", "\x7f"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sc := scanText(data)
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
	})
}

// TestSpaces checks that trim's white space is document.IsSpace's: a
// character's bytes are recognised at either end exactly when it is white
// space.
func TestSpaces(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		b := string(r)
		want := 0
		if document.IsSpace(r) {
			want = len(b)
		}
		if spacePrefix(b) != want || spaceSuffix(b) != want {
			t.Errorf("%U: spacePrefix %d, spaceSuffix %d, want %d", r, spacePrefix(b), spaceSuffix(b), want)
		}
	}
}

// FuzzTrim holds trim to document.Trim.
func FuzzTrim(f *testing.F) {
	for _, s := range []string{"", " 项目 ", "\u3000支出\u3000", "\ufeff（一）", "a\u200b", "\xa0", "\xe3\x80", "\t\n", "x\u00a0",
		"\xc2\xc2\xa0", "\xe3\x80\x80\x80", "\xe3\xe3\x80\x80 ", "\x80\x80\u3000", "\xef\xbb\xbf\xbf", "\u00a0\u200b\u3000\ufeff"} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, s string, start, end int) {
		if start < 0 || end > len(s) || start > end {
			return
		}
		s1, e1 := trim(s, start, end)
		s2, e2 := document.Trim(s, start, end)
		if s1 != s2 || e1 != e2 {
			t.Fatalf("trim(%q, %d, %d) = %d, %d; document.Trim gives %d, %d", s, start, end, s1, e1, s2, e2)
		}
	})
}
