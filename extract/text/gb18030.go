package text

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// decodeGB18030 decodes data, which is not valid UTF-8, as GB18030. It refuses
// malformed byte sequences, sequences the decoder cannot map, and text in which
// private-use characters are frequent: GB18030 maps its user-defined areas
// there, and binary bytes that happen to be well-formed land in them far more
// often than real text does.
func decodeGB18030(data []byte) ([]byte, error) {
	if i := gbMalformed(data); i >= 0 {
		return nil, document.Errorf(document.ErrBinary, i, "neither UTF-8 nor GB18030: malformed byte 0x%02x", data[i])
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil {
		return nil, document.Errorf(document.ErrBinary, -1, "GB18030: %v", err)
	}
	var runes, private int
	src := 0
	for i := 0; i < len(out); {
		r, n := utf8.DecodeRune(out[i:])
		size := gbCharLen(data[src:])
		if r == utf8.RuneError && !isGBReplacement(data[src:]) {
			return nil, document.Errorf(document.ErrBinary, src, "GB18030 sequence % x maps to no character", data[src:src+size])
		}
		if r >= 0xE000 && r < 0xF900 {
			private++
		}
		runes++
		i += n
		src += size
	}
	if private*64 > runes {
		return nil, document.Errorf(document.ErrBinary, -1, "GB18030 decodes to %d private-use characters out of %d", private, runes)
	}
	return out, nil
}

// gbMalformed returns the offset of the first byte of data that does not
// start or continue a well-formed GB18030 character, or -1. Well-formed is:
// an ASCII byte; 0x80 (the euro sign of code page 936); a lead byte 0x81–0xFE
// followed by 0x40–0x7E or 0x80–0xFE; or a four-byte sequence
// [0x81–0xFE][0x30–0x39][0x81–0xFE][0x30–0x39].
func gbMalformed(data []byte) int {
	for i := 0; i < len(data); {
		n := gbCharLen(data[i:])
		if n == 0 {
			return i
		}
		i += n
	}
	return -1
}

// gbCharLen returns the length of the well-formed GB18030 character at the
// start of b, or 0 when there is none.
func gbCharLen(b []byte) int {
	c0 := b[0]
	switch {
	case c0 <= 0x80:
		return 1
	case c0 == 0xFF || len(b) < 2:
		return 0
	}
	c1 := b[1]
	switch {
	case c1 >= 0x40 && c1 <= 0xFE && c1 != 0x7F:
		return 2
	case c1 >= 0x30 && c1 <= 0x39 && len(b) >= 4 &&
		b[2] >= 0x81 && b[2] <= 0xFE && b[3] >= 0x30 && b[3] <= 0x39:
		return 4
	}
	return 0
}

// isGBReplacement reports whether b starts with the GB18030 encoding of
// U+FFFD, a replacement character written in the source rather than one the
// decoder produced.
func isGBReplacement(b []byte) bool {
	return len(b) >= 4 && b[0] == 0x84 && b[1] == 0x31 && b[2] == 0xA4 && b[3] == 0x37
}
