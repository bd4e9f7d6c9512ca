package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// tocBlocks finds a table of contents: the entries after a "目录" line, or
// a run of at least two consecutive paragraphs that each read as a heading
// followed by a page number ("一、部门基本情况……3", "（一）主要职能 5"; Word's
// TOC field writes its page numbers as text) whose first entry comes again
// later as a heading (so that list items such as "1.编制数 8" stay items). Its entries must not become
// sections. It returns the indexes of the TOC's blocks, the 目录 line
// included.
func tocBlocks(doc *document.Document) map[int]bool {
	var toc map[int]bool // made on the first entry: most reports have no TOC
	var run []int
	afterTitle := false
	flush := func() {
		if afterTitle && len(run) > 0 || len(run) >= 2 && repeatedLater(doc, run) {
			for _, i := range run {
				toc = mark(toc, i)
			}
		}
		run = run[:0]
	}
	for i, blk := range doc.Blocks {
		if blk.Kind != document.KindParagraph {
			flush()
			afterTitle = false
			continue
		}
		text := blk.Para.Text
		if isTOCTitle(text) {
			flush()
			toc = mark(toc, i)
			afterTitle = true
			continue
		}
		if isTOCEntry(text) {
			run = append(run, i)
			continue
		}
		flush()
		afterTitle = false
	}
	flush()
	return toc
}

// mark sets toc[i], making the map when it is nil, and returns it.
func mark(toc map[int]bool, i int) map[int]bool {
	if toc == nil {
		toc = map[int]bool{}
	}
	toc[i] = true
	return toc
}

// isTOCTitle reports whether s is 目录 once its white space is removed:
// stripSpace(s) == "目录", compared rune by rune so that the common case (a
// paragraph whose first rune is not 目) stops at once and nothing is built.
// Invalid UTF-8 takes the slow way: removing a space can join stray bytes
// into a rune ("\xe7\x9b \xae录" strips to 目录).
func isTOCTitle(s string) bool {
	// Spaces removed, the text starts with its first byte that starts no
	// space: a paragraph that starts neither with a space nor with 目's
	// first byte (0xE7; invalid UTF-8 included) is not 目录.
	if s == "" || s[0] != 0xE7 && spaceLen(s, 0) == 0 {
		return false
	}
	want := "目录"
	for _, r := range s {
		if r == utf8.RuneError {
			return stripSpace(s) == "目录"
		}
		if unicode.IsSpace(r) {
			continue
		}
		w, n := utf8.DecodeRuneInString(want)
		if n == 0 || r != w {
			return false
		}
		want = want[n:]
	}
	return want == ""
}

// isTOCEntry reports whether s is a heading line ending in a page number set
// off by white space or leader dots: marker title leader digits.
func isTOCEntry(s string) bool {
	// The page number ends the line: test its last byte before the rest.
	if s == "" || !isDigit(rune(s[len(s)-1])) || strings.Contains(s, "\n") {
		return false
	}
	m, ok := scanMarker(s)
	if !ok {
		return false
	}
	body := s[m.end:]
	digits := 0
	for digits < len(body) && isDigit(rune(body[len(body)-1-digits])) {
		digits++
	}
	if digits == 0 || digits > 3 || digits == len(body) {
		return false
	}
	rest := body[:len(body)-digits]
	leader := len(rest) - len(strings.TrimRightFunc(rest, isLeader))
	if leader == 0 {
		return false
	}
	title := rest[:len(rest)-leader]
	return title != "" && utf8.RuneCountInString(title) <= 60
}

func isLeader(r rune) bool {
	switch r {
	case ' ', '\t', '\u3000', '.', '…', '·', '-', '—', '．', '⋯':
		return true
	}
	return false
}

// repeatedLater reports whether the heading of the first entry of run comes
// again as a paragraph after the run.
func repeatedLater(doc *document.Document, run []int) bool {
	first := doc.Blocks[run[0]].Para.Text
	body := strings.TrimRightFunc(strings.TrimRightFunc(first, isDigit), isLeader)
	for _, blk := range doc.Blocks[run[len(run)-1]+1:] {
		if blk.Kind == document.KindParagraph && strings.HasPrefix(blk.Para.Text, body) {
			return true
		}
	}
	return false
}
