package doc

import (
	"encoding/binary"
	"testing"

	"github.com/stretchr/testify/assert"
)

// stshOf writes a style sheet of paragraph styles, each with its base and
// its UpxPapx grpprl; base -1 is none.
func stshOf(bases []int, grpprls [][]byte) []byte {
	le := binary.LittleEndian
	b := le.AppendUint16(nil, 18)              // cbStshi
	b = le.AppendUint16(b, uint16(len(bases))) // cstd
	b = le.AppendUint16(b, 10)                 // cbSTDBaseInFile
	b = append(b, make([]byte, 14)...)         // the rest of the STSHI
	for i, base := range bases {
		if base < 0 {
			base = 0x0FFF
		}
		std := le.AppendUint16(nil, 0)                // sti and flags
		std = le.AppendUint16(std, uint16(base<<4|1)) // stk 1 (paragraph), istdBase
		std = append(std, make([]byte, 6)...)         // cupx, istdNext, bchUpe, grfstd
		std = le.AppendUint16(std, 1)                 // xstzName: one character
		std = append(std, 'S', 0, 0, 0)
		upx := le.AppendUint16(nil, uint16(i)) // istd
		upx = append(upx, grpprls[i]...)
		std = le.AppendUint16(std, uint16(len(upx)))
		std = append(std, upx...)
		b = le.AppendUint16(b, uint16(len(std)))
		b = append(b, std...)
	}
	return b
}

// TestStyles gives a paragraph its style's properties, base style first:
// a heading style's outline level and list numbering reach its paragraphs.
func TestStyles(t *testing.T) {
	ilfo := binary.LittleEndian.AppendUint16([]byte{0x0B, 0x46}, 1)
	table := append([]byte{0xAA, 0xBB}, stshOf(
		[]int{-1, 0, 1, 3},
		[][]byte{{0x40, 0x26, 0}, cat(ilfo, []byte{0x0A, 0x26, 2}), {0x40, 0x26, 1}, {0x40, 0x26, 5}},
	)...)
	st := parseStyles(table, 2, len(table)-2)
	assert.Equal(t, []int{-1, 0, 1, 3}, st.base)

	var pp paraProps
	st.apply(&pp, 2, nil)
	assert.Equal(t, paraProps{outline: 2, ilfo: 1, ilvl: 2}, pp, "style 2 on style 1 on style 0")

	pp = paraProps{}
	st.apply(&pp, 3, nil) // a style based on itself: the chain stops
	assert.Equal(t, 6, pp.outline)

	pp = paraProps{}
	st.apply(&pp, 9, nil)
	assert.Equal(t, paraProps{}, pp, "an istd past the sheet")
	assert.Empty(t, parseStyles(table, 2, 1).base, "a truncated sheet")
}
