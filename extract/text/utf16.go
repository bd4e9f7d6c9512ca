package text

import (
	"strings"
	"unicode/utf16"

	"jixiao/extract/document"
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
func decodeUTF16(data []byte, base int, order byteOrder) (string, error) {
	if len(data)%2 != 0 {
		return "", document.Errorf(document.ErrBinary, base+len(data)-1, "UTF-16 text of odd length %d", base+len(data))
	}
	var b strings.Builder
	b.Grow(len(data) * 3 / 2)
	for i := 0; i < len(data); i += 2 {
		r := order.unit(data, i)
		switch {
		case utf16.IsSurrogate(r):
			if r >= 0xDC00 || i+4 > len(data) {
				return "", document.Errorf(document.ErrBinary, base+i, "unpaired UTF-16 surrogate 0x%04x", r)
			}
			low := order.unit(data, i+2)
			if low < 0xDC00 || low > 0xDFFF {
				return "", document.Errorf(document.ErrBinary, base+i, "unpaired UTF-16 surrogate 0x%04x", r)
			}
			r = utf16.DecodeRune(r, low)
			i += 2
		case isControl(r):
			if r == 0 {
				return "", document.Errorf(document.ErrBinary, base+i, "NUL character in UTF-16 text")
			}
			return "", document.Errorf(document.ErrBinary, base+i, "control character U+%04X in UTF-16 text", r)
		}
		b.WriteRune(r)
	}
	return b.String(), nil
}

// sniffSize is how many leading bytes sniffUTF16 looks at.
const sniffSize = 64 << 10

// sniffUTF16 guesses whether data, which has no byte order mark, is UTF-16,
// and in which order. It decodes a leading sample both ways and accepts an
// order when at least 95% of its code units are characters a report holds
// (ASCII text, CJK ideographs and punctuation, full-width forms) and the other
// order does worse. ASCII in UTF-16 has a NUL in every other byte, which no
// byte-oriented text has; CJK ideographs land in their block only in the right
// order.
func sniffUTF16(data []byte) (byteOrder, bool) {
	n := min(len(data), sniffSize) &^ 1
	if n < 4 {
		return littleEndian, false
	}
	var le, be int
	for i := 0; i < n; i += 2 {
		if plausible(littleEndian.unit(data, i)) {
			le++
		}
		if plausible(bigEndian.unit(data, i)) {
			be++
		}
	}
	units := n / 2
	switch {
	case le > be && le*100 >= units*95:
		return littleEndian, true
	case be > le && be*100 >= units*95:
		return bigEndian, true
	}
	return littleEndian, false
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
