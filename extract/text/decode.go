package text

import (
	"bytes"

	"jixiao/extract/document"
)

// Byte order marks recognised at the start of the input.
var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decode turns data into UTF-8 text without its byte order mark and names the
// encoding it found, trying the encodings in the order the package comment
// gives. Errors are *document.Error values wrapping document.ErrBinary. UTF-8
// text is checked in one pass (scanText) and copied once.
func decode(data []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		s, err := decodeUTF8(data[len(bomUTF8):], len(bomUTF8))
		return s, "utf-8-bom", err
	case bytes.HasPrefix(data, bomUTF16LE):
		s, err := decodeUTF16(data[len(bomUTF16LE):], len(bomUTF16LE), littleEndian)
		return s, "utf-16le", err
	case bytes.HasPrefix(data, bomUTF16BE):
		s, err := decodeUTF16(data[len(bomUTF16BE):], len(bomUTF16BE), bigEndian)
		return s, "utf-16be", err
	}
	ctrl, bad := scanText(data)
	if ctrl >= 0 {
		// NUL bytes are what UTF-16 without a mark looks like to a byte scan.
		if data[ctrl] == 0 {
			if order, ok := sniffUTF16(data); ok {
				s, err := decodeUTF16(data, 0, order)
				return s, order.name(), err
			}
		}
		return "", "", controlError(data[ctrl], ctrl)
	}
	if bad < 0 {
		return string(data), "utf-8", nil
	}
	s, err := decodeGB18030(data)
	return s, "gb18030", err
}

// decodeUTF8 checks that data (which started at offset base of the input) is
// UTF-8 text and returns it as a string.
func decodeUTF8(data []byte, base int) (string, error) {
	ctrl, bad := scanText(data)
	switch {
	case ctrl >= 0:
		return "", controlError(data[ctrl], base+ctrl)
	case bad >= 0:
		return "", document.Errorf(document.ErrBinary, base+bad, "invalid UTF-8 after a UTF-8 byte order mark")
	}
	return string(data), nil
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
