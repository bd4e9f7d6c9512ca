package values

import (
	"math/rand"
	"strings"
	"testing"
)

// dateRulesNaive is dateValue written plainly: each rule in turn, each
// reading its own year, as the grammar in dateRules' comment says.
func (l *lexer) dateRulesNaive() bool {
	start := l.pos
	if y1, ok := l.year(); ok && l.rangeSep() {
		if y2, ok := l.year(); ok && l.acceptWord("年") {
			l.acceptWord("度")
			return l.emitPeriod(start, civil{y: y1, prec: 1}, civil{y: y2, prec: 1})
		}
	}
	l.pos = start
	y := l.fiscal
	if yy, ok := l.year(); ok && l.acceptWord("年") {
		y = yy
	} else {
		l.pos = start
	}
	if m1, ok := l.small(12); ok && l.rangeSep() {
		if m2, ok := l.small(12); ok && l.acceptWord("月") && m2 >= m1 {
			l.acceptWord("份")
			return l.emitPeriod(start, civil{y: y, m: m1, prec: 2}, civil{y: y, m: m2, prec: 2})
		}
	}
	l.pos = start
	a, ok := l.point()
	if !ok {
		return false
	}
	mark := l.pos
	if l.rangeSep() {
		if b, ok := l.point(); ok && joinable(&a, &b) {
			return l.emitPeriod(start, a, b)
		}
	}
	l.pos = mark
	if a.dotted {
		l.pos = start
		return false
	}
	v := l.add(start, l.pos)
	v.Kind, v.ISO = Date, a.iso()
	return true
}

// checkDateValue compares dateValue, which turns most numbers away early
// and reads a leading year once, with dateRulesNaive at every offset of s.
func checkDateValue(t *testing.T, s string) {
	t.Helper()
	for _, year := range []int{0, 2024} {
		for at := range s {
			got := lexer{s: s, pos: at, fiscal: year}
			want := lexer{s: s, pos: at, fiscal: year}
			ok, wantOK := got.dateValue(), want.dateRulesNaive()
			if !wantOK {
				want.pos = at // measure goes on from the start
			}
			if ok != wantOK || got.pos != want.pos || len(got.out) != len(want.out) ||
				(ok && got.out[0] != want.out[0]) {
				t.Fatalf("dateValue(%q) = %v at %d %s, want %v at %d %s", s[at:],
					ok, got.pos, describeAll(got.out), wantOK, want.pos, describeAll(want.out))
			}
		}
	}
}

// datePieces are the bits of dates and periods, and of numbers near them.
var datePieces = []string{"2023", "二〇二三", "年", "度", "1", "12", "十二", "三十一", "月", "份", "日", "号",
	"-", "/", ".", "至", "到", "~", "—", "13", "32", "0", "两", "壹", "2", "29", "1899", "2101", "123"}

// TestDateValue runs checkDateValue on the corpus lines, the test cases and
// strings made of date-like pieces.
func TestDateValue(t *testing.T) {
	addCorpusLines(t, func(s string) { checkDateValue(t, s) })
	for _, tc := range valueCases {
		checkDateValue(t, tc.in)
	}
	r := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for k := r.Intn(8); k >= 0; k-- {
			b.WriteString(datePieces[r.Intn(len(datePieces))])
		}
		checkDateValue(t, b.String())
	}
}

// FuzzDateValue runs checkDateValue on any text, and on the text read as a
// list of date pieces.
func FuzzDateValue(f *testing.F) {
	f.Add("2023年1-12月至2024.3")
	f.Add("2023.1-2023.12，10月29日")
	f.Fuzz(func(t *testing.T, s string) {
		checkDateValue(t, s)
		var b strings.Builder
		for i := 0; i < len(s) && i < 12; i++ {
			b.WriteString(datePieces[int(s[i])%len(datePieces)])
		}
		checkDateValue(t, b.String())
	})
}
