package text

import (
	"unicode/utf16"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// byteOrder is the byte order of UTF-16 code units.
type byteOrder bool

const (
	littleEndian byteOrder = false
	bigEndian    byteOrder = true
)

// name returns the encoding name of UTF-16 in this byte order.
func (o byteOrder) name() string {
	if o == bigEndian {
		return "utf-16be"
	}
	return "utf-16le"
}

// unit returns the code unit at data[i:i+2].
func (o byteOrder) unit(data []byte, i int) rune {
	if o == bigEndian {
		return rune(data[i])<<8 | rune(data[i+1])
	}
	return rune(data[i+1])<<8 | rune(data[i])
}

// decodeUTF16 decodes data (which started at offset base of the input) as
// UTF-16 in the given order. Offsets in errors are offsets in the input.
func decodeUTF16(data []byte, base int, order byteOrder) ([]byte, error) {
	if len(data)%2 != 0 {
		return nil, document.Errorf(document.ErrBinary, base+len(data)-1, "UTF-16 text of odd length %d", base+len(data))
	}
	b := make([]byte, 0, len(data)*3/2)
	for i := 0; i < len(data); i += 2 {
		r := order.unit(data, i)
		switch {
		case utf16.IsSurrogate(r):
			if r >= 0xDC00 || i+4 > len(data) {
				return nil, document.Errorf(document.ErrBinary, base+i, "unpaired UTF-16 surrogate 0x%04x", r)
			}
			low := order.unit(data, i+2)
			if low < 0xDC00 || low > 0xDFFF {
				return nil, document.Errorf(document.ErrBinary, base+i, "unpaired UTF-16 surrogate 0x%04x", r)
			}
			r = utf16.DecodeRune(r, low)
			i += 2
		case isControl(r):
			if r == 0 {
				return nil, document.Errorf(document.ErrBinary, base+i, "NUL character in UTF-16 text")
			}
			return nil, document.Errorf(document.ErrBinary, base+i, "control character U+%04X in UTF-16 text", r)
		}
		b = utf8.AppendRune(b, r)
	}
	return b, nil
}

// sniffSize is how many leading bytes sniffUTF16 looks at.
const sniffSize = 64 << 10

// sniffUTF16 guesses whether data, which has no byte order mark but has a
// NUL byte, is UTF-16, and in which order. It looks at a leading sample. The
// ASCII characters of UTF-16 text (line ends, digits, TABs) put a NUL in every
// other byte, so NULs must be common (at least 1 in 100 code units) and sit
// mostly at one parity (at least four times as many as at the other; CJK
// units such as U+4E00 一 put a few at the other). Then at least 95% of the
// code units read in that order must be characters a report holds (ASCII
// text, CJK ideographs and punctuation, full-width forms), and one of them a
// line feed: a report has lines, and a stray NUL in short ASCII text, whose
// byte pairs read as CJK ideographs, does not pass for UTF-16.
func sniffUTF16(data []byte) (byteOrder, bool) {
	n := min(len(data), sniffSize) &^ 1
	if n < 4 {
		return littleEndian, false
	}
	var zeros [2]int
	for i := 0; i < n; i++ {
		if data[i] == 0 {
			zeros[i&1]++
		}
	}
	units := n / 2
	order := littleEndian // NULs at odd offsets: the high byte comes second
	major, minor := zeros[1], zeros[0]
	if zeros[0] > zeros[1] {
		order, major, minor = bigEndian, zeros[0], zeros[1]
	}
	if major*100 < units || minor*4 > major {
		return littleEndian, false
	}
	good, lf := 0, false
	for i := 0; i < n; i += 2 {
		u := order.unit(data, i)
		if plausible(u) {
			good++
		}
		lf = lf || u == '\n'
	}
	return order, lf && good*100 >= units*95
}

// plausible reports whether the UTF-16 code unit u is a character that
// Chinese report text commonly holds.
func plausible(u rune) bool {
	switch {
	case u == '\t' || u == '\n' || u == '\r':
		return true
	case u >= 0x20 && u < 0x7F:
		return true
	case u >= 0x2000 && u < 0x2070: // general punctuation: “”…—
		return true
	case u >= 0x2100 && u < 0x2700: // letterlike, arrows, math, circled numbers
		return true
	case u >= 0x3000 && u < 0x3400: // CJK punctuation, kana, CJK compatibility (㎡)
		return true
	case u >= 0x3400 && u < 0xA000: // CJK ideographs and extension A
		return true
	case u >= 0xFF00 && u < 0xFFF0: // full-width forms
		return true
	}
	return false
}
