package values

import (
	"os"
	"strings"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// tabDocument builds a Document from a plain-text dump the way the text
// reader will (one TAB-led line per cell, a blank line between rows), for
// this package's tests only: each other non-empty line is a paragraph. A
// single blank line followed by text that runs into a TAB line is inside a
// cell ("产出指标\n\n(40分)").
func tabDocument(t testing.TB, text string) *document.Document {
	t.Helper()
	lines := strings.SplitAfter(text, "\n")
	starts := make([]int, len(lines)+1)
	for i, ln := range lines {
		starts[i+1] = starts[i] + len(ln)
	}
	body := func(i int) string { return strings.TrimSuffix(lines[i], "\n") }
	doc := &document.Document{Text: text, Format: "text"}
	idx := document.NewLines(text)
	span := func(a, b int) document.Span {
		a, b = document.Trim(text, a, b)
		return idx.Span(a, b)
	}
	var tab *document.Table
	var row *document.Row
	var cellStart = -1
	cellEnd := 0
	flushCell := func() {
		if cellStart < 0 {
			return
		}
		s := span(cellStart, cellEnd)
		row.Cells = append(row.Cells, document.Cell{Text: text[s.Start:s.End], Span: s, Col: len(row.Cells), RowSpan: 1, ColSpan: 1})
		cellStart = -1
	}
	flushRow := func() {
		flushCell()
		if row != nil && len(row.Cells) > 0 {
			first, last := row.Cells[0].Span, row.Cells[len(row.Cells)-1].Span
			row.Span = idx.Span(first.Start, last.End)
			tab.Rows = append(tab.Rows, *row)
		}
		row = nil
	}
	flushTable := func() {
		flushRow()
		if tab != nil && len(tab.Rows) > 0 {
			tab.Span = idx.Span(tab.Rows[0].Span.Start, tab.Rows[len(tab.Rows)-1].Span.End)
			doc.Blocks = append(doc.Blocks, document.Block{Kind: document.KindTable, Table: tab})
		}
		tab = nil
	}
	for i := 0; i < len(lines); i++ {
		b := body(i)
		switch {
		case strings.HasPrefix(b, "\t"):
			if tab == nil {
				tab = &document.Table{}
			}
			if row == nil {
				row = &document.Row{}
			}
			flushCell()
			cellStart, cellEnd = starts[i]+1, starts[i]+len(b)
		case tab != nil && b == "":
			if cellContinues(lines, i) {
				continue
			}
			flushRow()
			if i+1 < len(lines) && !strings.HasPrefix(body(i+1), "\t") {
				flushTable()
			}
		case tab != nil && cellStart >= 0:
			cellEnd = starts[i] + len(b)
		default:
			flushTable()
			if document.IsBlank(b) {
				continue
			}
			s := span(starts[i], starts[i]+len(b))
			doc.Blocks = append(doc.Blocks, document.Block{Kind: document.KindParagraph,
				Para: &document.Paragraph{Text: text[s.Start:s.End], Span: s}})
		}
	}
	flushTable()
	if err := doc.Verify(); err != nil {
		t.Fatalf("tabDocument: %v", err)
	}
	return doc
}

// cellContinues reports whether the blank line i is inside a cell: text
// lines follow it and run into a TAB line before another blank line.
func cellContinues(lines []string, i int) bool {
	for j := i + 1; j < len(lines); j++ {
		b := strings.TrimSuffix(lines[j], "\n")
		switch {
		case b == "":
			return false
		case strings.HasPrefix(b, "\t"):
			return j > i+1
		}
	}
	return false
}

// readSeed reads the seed report.
func readSeed(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../../corpus/000_0a15cb66ce3c31e1.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
