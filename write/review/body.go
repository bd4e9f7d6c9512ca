package review

import (
	"bufio"
	"strconv"
)

// bodyWriter writes the document's blocks as HTML. The document is the
// bulk of a page (a 10 MB report has half a million lines), so it is written
// here rather than by html/template, whose reflection costs about ten
// times as much per element. What it writes is fixed markup around two
// things only: text of the report, escaped by escapeText exactly as
// html/template escapes text in element content (a test holds the two
// together), and integers. Class names and ids come from this package.
type bodyWriter struct {
	w      *bufio.Writer
	num    []byte
	inPart bool
	blocks int // blocks in the current part
}

// block writes one block, opening a new part when it starts one.
func (bw *bodyWriter) block(bl *block) {
	if !bw.inPart || bl.brk || bw.blocks >= partBlocks {
		if bw.inPart {
			bw.w.WriteString("</section>\n")
		}
		bw.w.WriteString("<section class=\"part\">\n")
		bw.inPart, bw.blocks = true, 0
	}
	bw.blocks++
	bw.element(bl)
}

// close ends the last part.
func (bw *bodyWriter) close() {
	if bw.inPart {
		bw.w.WriteString("</section>\n")
	}
}

// headingTags are the elements of heading levels 1 to 5; deeper levels
// are h6.
var headingTags = []string{"h2", "h3", "h4", "h5", "h6"}

// element writes a block without regard to parts (blocks inside cells).
func (bw *bodyWriter) element(bl *block) {
	w := bw.w
	switch bl.Kind {
	case blockPara:
		w.WriteString("<p")
		if bl.Class != "" {
			w.WriteString(` class="` + bl.Class + `"`)
		}
		bw.offset(bl.O)
		if bl.Head > 0 {
			// A run-in heading, as a heading to assistive technology.
			level := min(bl.Head, len(headingTags))
			w.WriteString(`<span class="rh rh`)
			bw.int(level)
			w.WriteString(`" id="` + bl.ID + `" role="heading" aria-level="`)
			bw.int(level + 1)
			w.WriteString(`">`)
			bw.runs(bl.Runs)
			w.WriteString("</span>")
			bw.runs(bl.Rest)
		} else {
			bw.runs(bl.Runs)
		}
		w.WriteString("</p>\n")
	case blockHeading:
		tag := headingTags[min(max(bl.Level, 1), len(headingTags))-1]
		w.WriteString("<" + tag)
		if bl.Class != "" {
			w.WriteString(` class="` + bl.Class + `"`)
		}
		w.WriteString(` id="` + bl.ID + `"`)
		bw.offset(bl.O)
		bw.runs(bl.Runs)
		w.WriteString("</" + tag + ">\n")
	case blockTable:
		bw.table(bl)
	case blockPage:
		w.WriteString(`<div class="pg" role="separator" data-page="`)
		bw.int(bl.Index)
		w.WriteString(`">第 `)
		bw.int(bl.Index)
		w.WriteString(" 页</div>\n")
	}
}

// table writes a table: merges as rowspan and colspan; a cell holding
// nested tables holds their blocks.
func (bw *bodyWriter) table(bl *block) {
	w := bw.w
	w.WriteString(`<div class="tbl"><table`)
	if bl.Index >= 0 {
		w.WriteString(` id="t-`)
		bw.int(bl.Index)
		w.WriteByte('"')
	}
	w.WriteString(">\n")
	for _, row := range bl.Rows {
		w.WriteString("<tr>")
		for i := range row {
			c := &row[i]
			w.WriteString("<td")
			if c.RowSpan > 1 {
				w.WriteString(` rowspan="`)
				bw.int(c.RowSpan)
				w.WriteByte('"')
			}
			if c.ColSpan > 1 {
				w.WriteString(` colspan="`)
				bw.int(c.ColSpan)
				w.WriteByte('"')
			}
			if c.Loc != "" {
				w.WriteString(` title="`)
				escapeText(w, c.Loc) // quoted: entities for " & ' < > are all it needs
				w.WriteByte('"')
			}
			if c.Blocks != nil {
				w.WriteString(` class="nest">`)
				for j := range c.Blocks {
					bw.element(&c.Blocks[j])
				}
			} else {
				bw.offset(c.O)
				bw.runs(c.Runs)
			}
			w.WriteString("</td>")
		}
		w.WriteString("</tr>\n")
	}
	w.WriteString("</table></div>\n")
}

// offset ends a start tag with the offset of the element's text.
func (bw *bodyWriter) offset(o int) {
	bw.w.WriteString(` data-o="`)
	bw.int(o)
	bw.w.WriteString(`">`)
}

// runs writes text and value marks.
func (bw *bodyWriter) runs(runs []run) {
	w := bw.w
	for i := range runs {
		r := &runs[i]
		if !r.V {
			escapeText(w, r.Text)
			continue
		}
		w.WriteString(`<mark class="` + r.Class + `" data-v="`)
		bw.int(r.Index)
		w.WriteString(`" tabindex="0">`)
		escapeText(w, r.Text)
		w.WriteString("</mark>")
	}
}

func (bw *bodyWriter) int(n int) {
	bw.num = strconv.AppendInt(bw.num[:0], int64(n), 10)
	bw.w.Write(bw.num)
}

// escapeText writes s escaped for HTML element content the way
// html/template's content escaper does: NUL becomes U+FFFD, and
// " & ' + < > become &#34; &amp; &#39; &#43; &lt; &gt;.
func escapeText(w *bufio.Writer, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var rep string
		switch s[i] {
		case 0:
			rep = "\uFFFD"
		case '"':
			rep = "&#34;"
		case '&':
			rep = "&amp;"
		case '\'':
			rep = "&#39;"
		case '+':
			rep = "&#43;"
		case '<':
			rep = "&lt;"
		case '>':
			rep = "&gt;"
		default:
			continue
		}
		w.WriteString(s[last:i])
		w.WriteString(rep)
		last = i + 1
	}
	w.WriteString(s[last:])
}
