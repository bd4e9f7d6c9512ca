package review

import (
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A part is a piece of the document that the page's script draws when it
// comes near the view (or a link targets it), so that a long document is
// drawn in pieces. A part starts at a level-1 heading or an annex once the
// part before holds minPartBlocks blocks, and after partBlocks blocks in
// any case. Each part costs the page an element before it is drawn, so a
// part holds a few screens of text: a 10 MB report has a few thousand.
const (
	minPartBlocks = 50
	partBlocks    = 200
)

// Block codes of the document's data (see docWriter).
const (
	codePara    = 0
	codeHeading = 1
	codeRunIn   = 2
	codeTable   = 3
	codePage    = 4
)

// paraClasses number the classes of a paragraph in the document's data.
var paraClasses = map[string]int{"furn": 1, "stray": 2}

// docWriter writes the document as data: one line of JSON per part, in
// text order, the lines of the page's
// <script type="application/x-ndjson" id="review-doc"> element. A part's
// line is
//
//	[TEXT, [BLOCK…], [MARK…], [FAIL…]]
//
// TEXT is the canonical text from the part's start to the next part's
// start (the parts' texts, one after another, are the whole text, each
// byte once). A block or cell says where its text starts as D, the number
// of bytes from where the text of the one before it ends (from the part's
// start for the first; negative for text a table's cells miss, which
// comes after the table), and where its text ends as L, its length in
// bytes; the blocks nested in a cell count from the cell's start, and the
// cell's end counts for what follows it:
//
//	[0, D, L]                 a paragraph
//	[0, D, L, C]              … with class C: 1 furniture, 2 text a table's cells miss
//	[1, D, L, LEVEL, N]       a heading with the id s-N (a-N, annex, when N < 0)
//	[2, D, H, L, LEVEL, N]    a paragraph led by a run-in heading of H bytes with the id
//	                          s-N, then L bytes of body
//	[3, I, [[CELL…]…]]        a table, rows of cells; id t-I when I >= 0 (-1: nested)
//	[4, P]                    the start of page P
//
// A CELL is [D, L], or [D, L, ROWSPAN, COLSPAN], or with its locator
// [D, L, ROWSPAN, COLSPAN, "LOC"], or for a cell holding nested tables
// [D, L, ROWSPAN, COLSPAN, "LOC", [BLOCK…]]. MARK is four numbers per
// value mark, flat, clipped to the part: D from the end of the mark before
// it, L, the value's index in report.values less the index of the mark
// before it, and its class (markClass). FAIL is two numbers per span of a
// failed check, flat, clipped to the part: D from the start of the span
// before it, and L. Counting from the thing before keeps the numbers to a
// digit or two, which makes the data of a long report a third smaller.
type docWriter struct {
	w         io.Writer
	err       error // the first of w's
	b         *builder
	blocks    []byte // the current part's blocks, encoded
	open      bool
	from      int   // where the current part's text starts
	prev      int   // where the text of the last block or cell written ends
	reach     int   // the furthest end of the blocks written so far
	count     int   // blocks in the current part
	minBlocks int   // minPartBlocks; tests set less
	pages     []int // page markers waiting for the next block
	est       int   // the current part's estimated height
	fails     [][2]int
	fi        int      // the next of fails to place
	carry     [][2]int // fails that reach past the last part
	line      []byte
	meta      docMeta
}

// docMeta is what the script needs of the document before it draws any of
// it: where each part starts and how high it may be, and the part that
// holds each section, annex and table.
type docMeta struct {
	Parts    []int // start and estimated height of each part, flat
	Sections []int // by section number - 1: its part, -1 when not laid out
	Annexes  []int // by annex number - 1: the same
	Tables   []int // table index and part, flat
}

func newDocWriter(w io.Writer, b *builder) *docWriter {
	d := &docWriter{w: w, b: b, minBlocks: minPartBlocks, meta: docMeta{Parts: []int{}, Tables: []int{}}}
	d.meta.Sections = filled(len(b.sections), -1)
	d.meta.Annexes = filled(len(b.rep.Annexes), -1)
	for _, k := range b.rep.Checks {
		if k.Status != "fail" {
			continue
		}
		for _, s := range k.Spans {
			if s.Start < s.End && s.Start >= 0 && s.End <= len(b.text) {
				d.fails = append(d.fails, [2]int{s.Start, s.End})
			}
		}
	}
	sort.Slice(d.fails, func(i, j int) bool {
		if d.fails[i][0] != d.fails[j][0] {
			return d.fails[i][0] < d.fails[j][0]
		}
		return d.fails[i][1] < d.fails[j][1]
	})
	return d
}

func filled(n, v int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = v
	}
	return s
}

// block adds a block to the document, starting a new part when it starts
// one. A page marker waits for the block after it, so that it goes into
// the part of the heading it stands before.
func (d *docWriter) block(bl *block) {
	if bl.Kind == blockPage {
		d.pages = append(d.pages, bl.Index)
		return
	}
	// Text a table's cells miss stays in the table's part: it lies within
	// the table's span, before where a new part would start.
	if !d.open || bl.brk && d.count >= d.minBlocks || d.count >= partBlocks && bl.Class != "stray" {
		d.start(bl.O)
	}
	for _, p := range d.pages {
		d.add(&block{Kind: blockPage, Index: p})
	}
	d.pages = d.pages[:0]
	d.add(bl)
}

// start ends the open part, if any, and opens one at o (or where the text
// of the blocks so far ends, if that is further).
func (d *docWriter) start(o int) {
	start := 0
	if d.open {
		start = max(o, d.reach)
		d.flush(start)
	}
	d.open, d.from, d.prev, d.count, d.est = true, start, start, 0, 0
	d.blocks = d.blocks[:0]
}

// add writes a block into the open part.
func (d *docWriter) add(bl *block) {
	if d.count > 0 {
		d.blocks = append(d.blocks, ',')
	}
	d.count++
	d.blocks = d.encode(d.blocks, bl)
	d.est += d.height(bl)
	if bl.Kind != blockPage {
		d.reach = max(d.reach, bl.E)
	}
}

// close writes the last part, with the page markers still waiting.
func (d *docWriter) close() {
	if !d.open && len(d.pages) > 0 {
		d.start(0)
	}
	for _, p := range d.pages {
		d.add(&block{Kind: blockPage, Index: p})
	}
	if d.open {
		d.flush(len(d.b.text))
	}
}

// part is the index of the part being written.
func (d *docWriter) part() int { return len(d.meta.Parts) / 2 }

// encode appends a block's data.
func (d *docWriter) encode(dst []byte, bl *block) []byte {
	switch bl.Kind {
	case blockPara:
		if bl.Head > 0 {
			dst = append(dst, '[', '0'+codeRunIn)
			dst = appendInts(dst, bl.O-d.prev, bl.HE-bl.O, bl.E-bl.HE, bl.Head, d.id(bl.ID))
			d.prev = bl.E
		} else {
			dst = append(dst, '[', '0'+codePara)
			dst = d.span(dst, bl.O, bl.E)
			if c := paraClasses[bl.Class]; c > 0 {
				dst = appendInts(dst, c)
			}
		}
	case blockHeading:
		dst = append(dst, '[', '0'+codeHeading)
		dst = d.span(dst, bl.O, bl.E)
		dst = appendInts(dst, bl.Level, d.id(bl.ID))
	case blockTable:
		dst = append(dst, '[', '0'+codeTable)
		dst = appendInts(dst, bl.Index)
		if bl.Index >= 0 {
			d.meta.Tables = append(d.meta.Tables, bl.Index, d.part())
		}
		dst = d.rows(dst, bl.Rows)
	case blockPage:
		dst = append(dst, '[', '0'+codePage)
		dst = appendInts(dst, bl.Index)
	}
	return append(dst, ']')
}

// rows appends a table's rows.
func (d *docWriter) rows(dst []byte, rows [][]cell) []byte {
	dst = append(dst, ",["...)
	for r, row := range rows {
		if r > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, '[')
		for i := range row {
			c := &row[i]
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = append(dst, '[')
			dst = appendInt(dst, c.O-d.prev)
			dst = appendInts(dst, c.E-c.O)
			d.prev = c.O
			if c.RowSpan > 1 || c.ColSpan > 1 || c.Loc != "" || c.Blocks != nil {
				dst = appendInts(dst, max(c.RowSpan, 1), max(c.ColSpan, 1))
			}
			if c.Loc != "" || c.Blocks != nil {
				dst = append(dst, ',')
				dst = appendString(dst, c.Loc)
			}
			if c.Blocks != nil {
				dst = append(dst, ",["...)
				for j := range c.Blocks {
					if j > 0 {
						dst = append(dst, ',')
					}
					dst = d.encode(dst, &c.Blocks[j])
				}
				dst = append(dst, ']')
			}
			d.prev = c.E
			dst = append(dst, ']')
		}
		dst = append(dst, ']')
	}
	return append(dst, ']')
}

// span appends where a block's text starts and ends, counted from the
// end of the text before it.
func (d *docWriter) span(dst []byte, o, e int) []byte {
	dst = appendInts(dst, o-d.prev, e-o)
	d.prev = e
	return dst
}

// id turns a heading's id into its number (negative for an annex) and
// records the part that holds it.
func (d *docWriter) id(id string) int {
	annex := strings.HasPrefix(id, "a-")
	n, err := strconv.Atoi(id[2:])
	if err != nil {
		panic("review: heading id " + id) // ids are made by headingEvents
	}
	list := d.meta.Sections
	if annex {
		list = d.meta.Annexes
	}
	if n >= 1 && n <= len(list) {
		list[n-1] = d.part()
	}
	if annex {
		return -n
	}
	return n
}

// flush writes the current part, whose text ends at end.
func (d *docWriter) flush(end int) {
	b := d.b
	line := append(d.line[:0], '[')
	line = appendString(line, b.text[d.from:end])
	line = append(line, ",["...)
	line = append(line, d.blocks...)
	line = append(line, "],["...)
	prev, prevV, first := d.from, 0, true
	for i := sort.Search(len(b.marks), func(i int) bool { return b.marks[i].end > d.from }); i < len(b.marks) && b.marks[i].start < end; i++ {
		m := b.marks[i]
		if !first {
			line = append(line, ',')
		}
		first = false
		s, e := max(m.start, d.from), min(m.end, end)
		line = appendInt(line, s-prev)
		line = appendInts(line, e-s, m.v-prevV, m.class)
		prev, prevV = e, m.v
	}
	line = append(line, "],["...)
	line = d.appendFails(line, end)
	line = append(line, "]]\n"...)
	if _, err := d.w.Write(line); err != nil && d.err == nil {
		d.err = err
	}
	d.line = line
	d.meta.Parts = append(d.meta.Parts, d.from, max(d.est, minPartHeight))
}

// appendFails appends the failed checks' spans that overlap the current
// part, clipped to it, and keeps those that reach past it for the next.
func (d *docWriter) appendFails(dst []byte, end int) []byte {
	list := d.carry[:0:0]
	for _, f := range d.carry {
		if f[1] > d.from {
			list = append(list, f)
		}
	}
	for ; d.fi < len(d.fails) && d.fails[d.fi][0] < end; d.fi++ {
		list = append(list, d.fails[d.fi])
	}
	d.carry = d.carry[:0]
	n, prev := 0, d.from
	for i, f := range list {
		if i > 0 && f == list[i-1] {
			continue // two failed checks that name the same figure
		}
		s, e := max(f[0], d.from), min(f[1], end)
		if s < e {
			if n > 0 {
				dst = append(dst, ',')
			}
			n++
			dst = appendInt(dst, s-prev)
			dst = appendInts(dst, e-s)
			prev = s
		}
		if f[1] > end {
			d.carry = append(d.carry, f)
		}
	}
	return dst
}

// Height estimates, in CSS pixels at the page's font size: a part is
// drawn only when it comes near the view, and until then it takes this
// much room so that the scroll bar tells where the reader is.
const (
	minPartHeight = 24
	lineHeight    = 24 // a line of text
	lineRunes     = 45 // characters on a line of the document pane
	rowHeight     = 30 // a table row
	headHeight    = 44 // a heading or page marker, with its margins
)

// height estimates how high a block is drawn.
func (d *docWriter) height(bl *block) int {
	switch bl.Kind {
	case blockPara:
		n := utf8.RuneCountInString(d.b.text[bl.O:bl.E])
		return 8 + lineHeight*(1+n/lineRunes)
	case blockTable:
		return 20 + rowHeight*len(bl.Rows)
	}
	return headHeight
}
