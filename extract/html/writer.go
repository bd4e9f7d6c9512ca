package html

import (
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// lines tracks the lines written into one container: the body, a cell, or a
// nested table flattened into a cell. A container's first line needs no
// separator; every later one is preceded by "\n", or by "\n\n\n" when the
// body's previous block was a table (the layout of package document).
type lines struct {
	started    bool // a line of this container has been begun
	open       bool // the current line takes more text
	start      int  // offset of the current line's first byte
	afterTable bool // the last block of this container was a table
	space      bool // collapsed white space is pending
	body       bool // the container is the body: its lines are paragraphs
}

// writer builds the canonical text and the blocks of a Document. The walk
// over the HTML tree (and the Markdown reader, through it) drives it with
// text, line ends and tables; it keeps the separators of package document's
// layout and the spans of every paragraph and cell.
type writer struct {
	buf    []byte
	blocks []document.Block
	cur    *lines // the container being written
	paras  int
	tables int
	// prefix is a list item's marker, written when its first line begins.
	prefix string
	// numbered and outline are the next body paragraph's: drawn by
	// automatic numbering (an <ol> item's marker), its heading level.
	numbered bool
	outline  int
}

func newWriter(size int) *writer {
	w := &writer{buf: make([]byte, 0, size)}
	w.cur = &lines{body: true}
	return w
}

// begin starts a new line of the current container if none is open,
// writing its separator.
func (w *writer) begin() {
	l := w.cur
	if l.open {
		return
	}
	if l.started {
		if l.afterTable {
			w.buf = append(w.buf, "\n\n\n"...)
		} else {
			w.buf = append(w.buf, '\n')
		}
	}
	l.started, l.open, l.afterTable = true, true, false
	l.space = false
	l.start = len(w.buf)
	if w.prefix != "" {
		w.buf = append(w.buf, w.prefix...)
		w.prefix = ""
		w.numbered = l.body
	}
}

// endLine closes the open line of the current container. In the body, a
// line that is not blank becomes a Paragraph.
func (w *writer) endLine() {
	l := w.cur
	if !l.open {
		return
	}
	l.open, l.space = false, false
	if !l.body {
		return
	}
	s, e := document.TrimBytes(w.buf, l.start, len(w.buf))
	if s == e {
		w.numbered, w.outline = false, 0
		return
	}
	p := &document.Paragraph{
		Span:     document.Span{Start: s, End: e},
		Outline:  w.outline,
		Numbered: w.numbered,
		Loc:      &document.Locator{Paragraph: w.paras, Table: -1, Row: -1, Cell: -1},
	}
	w.paras++
	w.numbered, w.outline = false, 0
	w.blocks = append(w.blocks, document.Block{Kind: document.KindParagraph, Para: p})
}

// emptyLine writes a line with nothing on it: an empty paragraph or a
// <br> on an empty line, which the author meant as a blank line.
func (w *writer) emptyLine() {
	w.begin()
	w.endLine()
}

// breakLine is a <br>: it ends the open line, or writes an empty one.
func (w *writer) breakLine() {
	if w.cur.open {
		w.endLine()
		return
	}
	w.emptyLine()
}

// text writes character data with white space collapsed as a browser
// shows it: a run of ASCII white space is one space, none at the start or
// end of a line. A line end between two CJK characters is a space too, as
// Chromium shows it (CSS Text 3 would drop it; LibreOffice and others wrap
// their HTML at spaces, and dropping them glues "填表人：周建红 填报日期").
// U+00A0 is written as a space that does not collapse; control characters
// are dropped; full-width digits become ASCII digits (document.Canon).
func (w *writer) text(s string) {
	l := w.cur
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
			if l.open && len(w.buf) > l.start {
				l.space = true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			continue
		}
		w.begin()
		if l.space {
			w.buf = append(w.buf, ' ')
			l.space = false
		}
		w.rune(r)
	}
}

// pre writes preformatted text: spaces kept, each line end a line of the
// container, TAB as a space (a TAB at the start of a line means a cell).
func (w *writer) pre(s string) {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '\n':
			w.breakLine()
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				continue
			}
			w.breakLine()
		case r == '\t':
			w.begin()
			w.buf = append(w.buf, ' ')
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		default:
			w.begin()
			w.rune(r)
		}
	}
}

// rune appends one character in canonical form.
func (w *writer) rune(r rune) {
	switch {
	case r == '\u00a0':
		r = ' '
	case r >= '０' && r <= '９':
		r = '0' + (r - '０')
	}
	w.buf = utf8.AppendRune(w.buf, r)
}
