package xlsx

import (
	"strconv"

	"github.com/jixiao-dev/jixiao/extract/internal/ooxml"
)

// styles is what the reader needs of the styles part (ECMA-376 Part 1
// §18.8): the number format of each cell format (cellXfs, indexed by a
// cell's s attribute) and the custom format codes (numFmts) by id. Fonts,
// fills and borders are skipped.
type styles struct {
	xfs     []int          // cellXfs[i].numFmtId
	custom  map[int]string // numFmtId → formatCode
	formats map[int]*format
}

// maxFormatCode caps a format code's length; Excel allows 255 characters.
// Past it the code is ignored and General used.
const maxFormatCode = 255

// readStyles reads the styles part; a workbook without one formats every
// number as General.
func readStyles(p *pkg, part string) (*styles, error) {
	st := &styles{}
	data, err := p.Read(part)
	if err != nil || data == nil {
		return st, err
	}
	if err := ooxml.CheckUTF8(part, data); err != nil {
		return nil, err
	}
	s := p.newScanner(data)
	for s.Next() != ooxml.TokEOF {
		switch {
		case s.Kind() != ooxml.TokStart:
		case s.Is(nsMain, "numFmts"):
			st.readNumFmts(s)
		case s.Is(nsMain, "cellXfs"):
			d := s.Depth()
			for s.Child(d) {
				if s.Is(nsMain, "xf") {
					id, _ := strconv.Atoi(string(s.Attr(ooxml.NSNone, "numFmtId")))
					st.xfs = append(st.xfs, id)
				}
				s.Skip()
			}
		default:
			if s.Depth() > 1 {
				s.Skip() // fonts, fills, borders, dxfs …: nothing for the text
			}
		}
	}
	if s.Err() != nil {
		return nil, s.Err().InPart(part)
	}
	return st, nil
}

// readNumFmts reads the numFmt children of numFmts.
func (st *styles) readNumFmts(s *ooxml.Scanner) {
	d := s.Depth()
	for s.Child(d) {
		if s.Is(nsMain, "numFmt") {
			id, err := strconv.Atoi(string(s.Attr(ooxml.NSNone, "numFmtId")))
			code := s.Attr(ooxml.NSNone, "formatCode")
			if err == nil && len(code) <= maxFormatCode {
				if st.custom == nil {
					st.custom = map[int]string{}
				}
				st.custom[id] = string(code)
			}
		}
		s.Skip()
	}
}

// format returns the compiled number format of the cell format index xf
// (a cell's s attribute); General when there is none.
func (st *styles) format(xf int) *format {
	id := 0
	if xf >= 0 && xf < len(st.xfs) {
		id = st.xfs[xf]
	}
	if f, ok := st.formats[id]; ok {
		return f
	}
	code, ok := st.custom[id]
	if !ok {
		code = builtinFormat(id)
	}
	f := compileFormat(code)
	if st.formats == nil {
		st.formats = map[int]*format{}
	}
	st.formats[id] = f
	return f
}
