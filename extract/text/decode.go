package text

import (
	"bytes"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// Byte order marks recognised at the start of the input.
var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decoded is the text decode gives: UTF-8 without a byte order mark, the
// offsets of its first "\n" bytes (all, some or none of them), the rewrites
// canonical may have to make in it, and the name of the encoding it was
// decoded from.
type decoded struct {
	text     []byte
	newlines []int
	rw       rewrites
	enc      string
}

// decode turns data into UTF-8 text, trying the encodings in the order the
// package comment gives. Errors are *document.Error values wrapping
// document.ErrBinary. UTF-8 text is checked in one pass (scanText), which
// writes the offsets of its first "\n" bytes to buf, and is a slice of data,
// not a copy: canonical makes the one copy.
func decode(data []byte, buf []int) (decoded, error) {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return decodeUTF8(data[len(bomUTF8):], len(bomUTF8), buf)
	case bytes.HasPrefix(data, bomUTF16LE):
		b, err := decodeUTF16(data[len(bomUTF16LE):], len(bomUTF16LE), littleEndian)
		return decodedFrom(b, "utf-16le"), err
	case bytes.HasPrefix(data, bomUTF16BE):
		b, err := decodeUTF16(data[len(bomUTF16BE):], len(bomUTF16BE), bigEndian)
		return decodedFrom(b, "utf-16be"), err
	}
	sc := scanText(data, buf)
	if sc.ctrl >= 0 {
		// NUL bytes are what UTF-16 without a mark looks like to a byte scan.
		if data[sc.ctrl] == 0 {
			if order, ok := sniffUTF16(data); ok {
				b, err := decodeUTF16(data, 0, order)
				return decodedFrom(b, order.name()), err
			}
		}
		return decoded{}, controlError(data[sc.ctrl], sc.ctrl)
	}
	if sc.bad < 0 {
		return decoded{text: data, newlines: sc.newlines, rw: sc.rw, enc: "utf-8"}, nil
	}
	b, err := decodeGB18030(data)
	return decodedFrom(b, "gb18030"), err
}

// decodeUTF8 checks that data (which started at offset base of the input,
// after a UTF-8 byte order mark) is UTF-8 text.
func decodeUTF8(data []byte, base int, buf []int) (decoded, error) {
	sc := scanText(data, buf)
	switch {
	case sc.ctrl >= 0:
		return decoded{}, controlError(data[sc.ctrl], base+sc.ctrl)
	case sc.bad >= 0:
		return decoded{}, document.Errorf(document.ErrBinary, base+sc.bad, "invalid UTF-8 after a UTF-8 byte order mark")
	}
	return decoded{text: data, newlines: sc.newlines, rw: sc.rw, enc: "utf-8-bom"}, nil
}

// decodedFrom describes text decoded from another encoding into a new
// array, looking for its rewrites; its newlines are left to lineEnds.
func decodedFrom(b []byte, enc string) decoded {
	return decoded{text: b, rw: rewritesOf(b), enc: enc}
}

// firstControl returns the index of the first byte of data that plain text
// never holds, or -1. It works on the raw bytes of UTF-8 and GB18030 alike:
// in both, a byte below 0x80 is always an ASCII character of its own.
func firstControl(data []byte) int {
	for i, c := range data {
		// Most bytes are printable or part of a multi-byte character:
		// skip them before asking isControl.
		if c >= 0x20 && c != 0x7F {
			continue
		}
		if isControl(rune(c)) {
			return i
		}
	}
	return -1
}

// isControl reports whether r is a C0 control character other than TAB, LF,
// CR, FF and VT, or DEL.
func isControl(r rune) bool {
	switch r {
	case '\t', '\n', '\r', '\f', '\v':
		return false
	}
	return r < 0x20 || r == 0x7F
}

// controlError reports the control byte c found at offset.
func controlError(c byte, offset int) error {
	if c == 0 {
		return document.Errorf(document.ErrBinary, offset, "NUL byte")
	}
	return document.Errorf(document.ErrBinary, offset, "control byte 0x%02x", c)
}
