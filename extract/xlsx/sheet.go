package xlsx

import (
	"strconv"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/ooxml"
)

// cellText is a cell that shows text: its 0-based position and its
// display text, cleaned (see clean), at text[off:end] of its sheet.
type cellText struct {
	row, col int
	off, end int
}

// sheet is what a worksheet part holds that the reader writes.
type sheet struct {
	name       string
	part       string
	text       []byte // display text of the cells, end to end
	cells      []cellText
	merges     []rng
	hiddenRows map[int]bool
	hiddenCols []rng // column intervals in c0, c1
}

// sheetReader reads one worksheet part (ECMA-376 Part 1 §18.3).
type sheetReader struct {
	s   *ooxml.Scanner
	wb  *workbook
	sh  *sheet
	err error
	v   []byte // the current cell's <v>
	row int    // 0-based row being read
	col int    // 0-based column of the last cell read in it
}

// readSheet reads the cells, merged ranges and hidden rows and columns of
// a worksheet part. The declared dimension is ignored: the cells say where
// the used range is.
func readSheet(p *pkg, wb *workbook, ref sheetRef) (*sheet, error) {
	data, err := p.Read(ref.part)
	if err != nil {
		return nil, err
	}
	if err := ooxml.CheckUTF8(ref.part, data); err != nil {
		return nil, err
	}
	r := &sheetReader{s: p.newScanner(data), wb: wb,
		sh: &sheet{name: ref.name, part: ref.part, text: make([]byte, 0, len(data)/4)}, row: -1}
	s := r.s
	for r.err == nil && s.Next() != ooxml.TokEOF {
		switch {
		case s.Kind() != ooxml.TokStart:
		case s.Is(nsMain, "col"):
			r.column()
		case s.Is(nsMain, "row"):
			r.readRow()
		case s.Is(nsMain, "mergeCell"):
			if m, ok := parseRange(s.Attr(ooxml.NSNone, "ref")); ok {
				r.sh.merges = append(r.sh.merges, m)
			}
		case s.Is(nsMain, "worksheet"), s.Is(nsMain, "cols"), s.Is(nsMain, "sheetData"), s.Is(nsMain, "mergeCells"):
		default:
			s.Skip() // views, formats, conditional formats, drawings …
		}
	}
	if s.Err() != nil {
		return nil, s.Err().InPart(ref.part)
	}
	if r.err != nil {
		return nil, r.err
	}
	return r.sh, nil
}

// column reads a col element: a hidden one hides columns min to max.
func (r *sheetReader) column() {
	if !isTrue(r.s.Attr(ooxml.NSNone, "hidden")) {
		return
	}
	lo, err1 := strconv.Atoi(string(r.s.Attr(ooxml.NSNone, "min")))
	hi, err2 := strconv.Atoi(string(r.s.Attr(ooxml.NSNone, "max")))
	if err1 != nil || err2 != nil || lo < 1 || hi < lo {
		return // a malformed col has no effect, as in Excel
	}
	r.sh.hiddenCols = append(r.sh.hiddenCols, rng{c0: lo - 1, c1: min(hi, maxCols) - 1})
}

// readRow reads a row element and its cells. A row without r follows the
// one before it.
func (r *sheetReader) readRow() {
	s := r.s
	n, err := strconv.Atoi(string(s.Attr(ooxml.NSNone, "r")))
	switch {
	case err == nil && n >= 1 && n <= maxRows:
		r.row = n - 1
	case err == nil || len(s.Attr(ooxml.NSNone, "r")) > 0:
		r.err = r.fail("row number %q outside 1–%d", s.Attr(ooxml.NSNone, "r"), maxRows)
		return
	default:
		r.row++
	}
	if isTrue(s.Attr(ooxml.NSNone, "hidden")) {
		if r.sh.hiddenRows == nil {
			r.sh.hiddenRows = map[int]bool{}
		}
		r.sh.hiddenRows[r.row] = true
	}
	r.col = -1
	d := s.Depth()
	for r.err == nil && s.Child(d) {
		if s.Is(nsMain, "c") {
			r.readCell()
			continue
		}
		s.Skip()
	}
}

// fail builds the error for malformed sheet content at the current token.
func (r *sheetReader) fail(format string, args ...any) error {
	return ooxml.PartError(document.ErrXML, r.sh.part, r.s.Off(), format, args...)
}

// readCell reads a c element: its position, type, style and value, and
// keeps its display text when there is any.
func (r *sheetReader) readCell() {
	s := r.s
	if ref := s.Attr(ooxml.NSNone, "r"); len(ref) > 0 {
		row, col, ok := parseRef(ref)
		if !ok {
			r.err = r.fail("cell reference %q is not a cell of the sheet (A1 to XFD1048576)", ref)
			return
		}
		if row != r.row {
			r.err = r.fail("cell %s in row %d", ref, r.row+1)
			return
		}
		r.col = col
	} else if r.col++; r.col >= maxCols {
		r.err = r.fail("more than %d cells in row %d", maxCols, r.row+1)
		return
	}
	typ := string(s.Attr(ooxml.NSNone, "t"))
	xf, _ := strconv.Atoi(string(s.Attr(ooxml.NSNone, "s")))
	start := len(r.sh.text)
	r.v = r.v[:0]
	hasV := false
	d := s.Depth()
	for s.Child(d) {
		switch {
		case s.Is(nsMain, "v"):
			r.v, hasV = textOf(s, r.v[:0]), true
		case s.Is(nsMain, "is") && typ == "inlineStr":
			raw := richText(s, nil)
			r.sh.text = clean(r.sh.text, raw)
		default:
			s.Skip() // f: the formula; its cached value is v
		}
	}
	if typ != "inlineStr" && hasV {
		if err := r.value(typ, xf); err != nil {
			r.err = err
			return
		}
	}
	if len(r.sh.text) > start {
		r.sh.cells = append(r.sh.cells, cellText{row: r.row, col: r.col, off: start, end: len(r.sh.text)})
	}
}

// value appends the display text of the cell's v for its type.
func (r *sheetReader) value(typ string, xf int) error {
	v := r.v
	switch typ {
	case "s":
		i, err := strconv.Atoi(string(trimASCII(v)))
		str, ok := r.wb.strings.get(i)
		if err != nil || !ok {
			return r.missingString(v)
		}
		r.sh.text = clean(r.sh.text, str)
	case "b":
		r.sh.text = append(r.sh.text, pick(string(trimASCII(v)) == "1" || string(trimASCII(v)) == "true", "TRUE", "FALSE")...)
	case "str", "e":
		r.sh.text = clean(r.sh.text, v) // a formula's string, or an error as written: #DIV/0!
	case "d":
		r.sh.text = clean(r.sh.text, isoDate(v, r.wb.styles.format(xf), r.wb.date1904))
	default: // "n", or absent
		text, _ := displayNumber(string(v), r.wb.styles.format(xf), r.wb.date1904)
		r.sh.text = clean(r.sh.text, []byte(text))
	}
	return nil
}

// missingString is the error for a shared string reference that leads
// nowhere: the workbook is corrupt, and a cell left empty would pass for
// an empty cell.
func (r *sheetReader) missingString(v []byte) error {
	ref := string(appendRef(nil, r.row, r.col))
	if r.wb.strings.part == "" {
		return ooxml.PartError(document.ErrCorrupt, r.sh.part, r.s.Off(),
			"cell %s refers to shared string %s, but the workbook has no shared string table", ref, v)
	}
	return ooxml.PartError(document.ErrCorrupt, r.sh.part, r.s.Off(),
		"cell %s refers to shared string %q, but %s has %d entries", ref, v, r.wb.strings.part, len(r.wb.strings.ends))
}

func trimASCII(b []byte) []byte {
	for len(b) > 0 && ooxml.IsSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && ooxml.IsSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}
