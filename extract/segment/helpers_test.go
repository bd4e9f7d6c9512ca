package segment

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// docFromText builds a Document the way the text reader lays one out, with
// just enough fidelity for the segmenter: every non-blank line outside a
// table is a paragraph; a run of lines from a TAB-led line up to two blank
// lines is one table (its cells are not needed here).
func docFromText(text string) *document.Document {
	doc := &document.Document{Text: text, Format: "text"}
	lines := document.NewLines(text)
	var table *document.Table
	blanks := 0
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := text[off:end]
		switch {
		case strings.HasPrefix(line, "\t") || (table != nil && blanks < 2 && strings.TrimSpace(line) != ""):
			if table == nil {
				table = &document.Table{Span: lines.Span(off, end)}
				doc.Blocks = append(doc.Blocks, document.Block{Kind: document.KindTable, Table: table})
			}
			table.Span.End = end
			blanks = 0
		case strings.TrimSpace(line) == "":
			blanks++
		default:
			table, blanks = nil, 0
			s, e := document.Trim(text, off, end)
			doc.Blocks = append(doc.Blocks, document.Block{Kind: document.KindParagraph,
				Para: &document.Paragraph{Text: text[s:e], Span: lines.Span(s, e)}})
		}
		off = end + 1
	}
	return doc
}

func spansOf(ws []document.Warning) []document.Span {
	var out []document.Span
	for _, w := range ws {
		out = append(out, w.Span)
	}
	return out
}
