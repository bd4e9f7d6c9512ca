package xlsx

import (
	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/ooxml"
)

// sharedStrings is the shared string table (ECMA-376 Part 1 §18.4): the
// text of each entry, rich text runs joined and phonetic runs left out,
// stored end to end in buf; entry i is buf[ends[i-1]:ends[i]].
type sharedStrings struct {
	part string // "" when the workbook has no shared string table
	buf  []byte
	ends []int
}

// get returns entry i, or false when there is no such entry.
func (t *sharedStrings) get(i int) ([]byte, bool) {
	if i < 0 || i >= len(t.ends) {
		return nil, false
	}
	start := 0
	if i > 0 {
		start = t.ends[i-1]
	}
	return t.buf[start:t.ends[i]], true
}

// readStrings reads the shared string table part. Entries no cell uses
// cost their bytes here and nothing more: only the cells' text is written.
func readStrings(p *pkg, part string) (*sharedStrings, error) {
	data, err := p.Read(part)
	if err != nil || data == nil {
		return &sharedStrings{}, err
	}
	if err := ooxml.CheckUTF8(part, data); err != nil {
		return nil, err
	}
	t := &sharedStrings{part: part, buf: make([]byte, 0, len(data)/2)}
	s := p.newScanner(data)
	for s.Next() != ooxml.TokEOF {
		if s.Kind() != ooxml.TokStart || !s.Is(nsMain, "si") {
			continue
		}
		if len(t.ends) >= p.opts.MaxStrings {
			return nil, ooxml.PartError(document.ErrLimit, part, s.Off(),
				"the shared string table has more than %d entries (Options.MaxStrings)", p.opts.MaxStrings)
		}
		t.buf = richText(s, t.buf)
		t.ends = append(t.ends, len(t.buf))
	}
	if s.Err() != nil {
		return nil, s.Err().InPart(part)
	}
	return t, nil
}

// richText appends the text of the element just opened (an si, or an
// inline string's is, of type CT_Rst, ECMA-376 Part 1 §18.4.7): its t, or
// the t of each of its r runs, with the _xHHHH_ escapes decoded. Phonetic
// runs (rPh) and properties are skipped: they are not what the cell shows.
func richText(s *ooxml.Scanner, dst []byte) []byte {
	d := s.Depth()
	for s.Child(d) {
		switch {
		case s.Is(nsMain, "t"):
			dst = textOf(s, dst)
		case s.Is(nsMain, "r"):
			rd := s.Depth()
			for s.Child(rd) {
				if s.Is(nsMain, "t") {
					dst = textOf(s, dst)
				} else {
					s.Skip()
				}
			}
		default:
			s.Skip()
		}
	}
	return dst
}

// textOf appends the character data of the element just opened, up to its
// end, with the _xHHHH_ escapes decoded.
func textOf(s *ooxml.Scanner, dst []byte) []byte {
	d := s.Depth()
	start := len(dst)
	for {
		switch s.Next() {
		case ooxml.TokText:
			dst = append(dst, s.Text()...)
		case ooxml.TokStart:
			s.Skip() // no child elements in t; skip any
		case ooxml.TokEnd:
			if s.Depth() < d {
				return unescapeX(dst, start)
			}
		case ooxml.TokEOF:
			return dst
		}
	}
}

// unescapeX decodes, in place from start, the _xHHHH_ escapes of
// ST_Xstring (ECMA-376 Part 1 §22.9.2.19): Excel writes a carriage return
// in a cell as _x000D_ and an underscore that would start such an escape as
// _x005F_. A malformed escape stays as written.
func unescapeX(b []byte, start int) []byte {
	i := indexX(b, start)
	if i < 0 {
		return b
	}
	out := i
	for i < len(b) {
		if r, ok := escapeAt(b, i); ok {
			out = appendRuneAt(b, out, r)
			i += 7
			continue
		}
		b[out] = b[i]
		out++
		i++
	}
	return b[:out]
}

// indexX returns the first offset at or after start of "_x", or -1.
func indexX(b []byte, start int) int {
	for i := start; i+1 < len(b); i++ {
		if b[i] == '_' && b[i+1] == 'x' {
			return i
		}
	}
	return -1
}

// escapeAt decodes an _xHHHH_ escape at b[i:].
func escapeAt(b []byte, i int) (rune, bool) {
	if i+7 > len(b) || b[i] != '_' || b[i+1] != 'x' || b[i+6] != '_' {
		return 0, false
	}
	var r rune
	for _, c := range b[i+2 : i+6] {
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(d)
	}
	if r >= 0xD800 && r <= 0xDFFF { // a lone surrogate is no character
		return 0, false
	}
	return r, true
}

// appendRuneAt writes r at b[out:] (the escape it replaces is 7 bytes, more
// than any rune's 3 bytes below U+10000) and returns the new out.
func appendRuneAt(b []byte, out int, r rune) int {
	var tmp [4]byte
	n := encodeRune(tmp[:], r)
	copy(b[out:], tmp[:n])
	return out + n
}
