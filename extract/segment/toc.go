package segment

import (
	"strings"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
)

// tocBlocks finds a table of contents: the entries after a "目录" line, or
// a run of at least two consecutive paragraphs that each read as a heading
// followed by a page number ("一、部门基本情况……3", "（一）主要职能 5"; Word's
// TOC field writes its page numbers as text) whose first entry comes again
// later as a heading (so that list items such as "1.编制数 8" stay items).
// Its entries must not become sections. It returns the indexes of the TOC's
// blocks, the 目录 line included.
func tocBlocks(doc *document.Document) map[int]bool {
	toc := map[int]bool{}
	var run []int
	afterTitle := false
	flush := func() {
		if afterTitle && len(run) > 0 || len(run) >= 2 && repeatedLater(doc, run) {
			for _, i := range run {
				toc[i] = true
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
		switch {
		case isTOCTitle(text):
			flush()
			toc[i] = true
			afterTitle = true
		case isTOCEntry(text):
			run = append(run, i)
		default:
			flush()
			afterTitle = false
		}
	}
	flush()
	return toc
}

// isTOCTitle reports whether the paragraph s is 目录 once its white space is
// removed ("目 录"). Paragraphs are trimmed: one that does not end in 录 is
// none.
func isTOCTitle(s string) bool {
	return strings.HasSuffix(s, "录") && cjk.StripSpace(s) == "目录"
}

// isTOCEntry reports whether s is a heading line ending in a page number set
// off by white space or leader dots: marker title leader digits.
func isTOCEntry(s string) bool {
	if s == "" || s[len(s)-1] < '0' || s[len(s)-1] > '9' || strings.Contains(s, "\n") {
		return false
	}
	m, ok := marker(s)
	if !ok {
		return false
	}
	body := s[m.End:]
	digits := len(body) - len(strings.TrimRight(body, "0123456789"))
	if digits == 0 || digits > 3 || digits == len(body) {
		return false
	}
	rest := body[:len(body)-digits]
	title := strings.TrimRightFunc(rest, isLeader)
	return title != rest && title != "" && utf8.RuneCountInString(title) <= 60
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
	body := strings.TrimRightFunc(strings.TrimRight(first, "0123456789"), isLeader)
	for _, blk := range doc.Blocks[run[len(run)-1]+1:] {
		if blk.Kind == document.KindParagraph && strings.HasPrefix(blk.Para.Text, body) {
			return true
		}
	}
	return false
}
