package doc

import (
	"encoding/binary"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// Sprm byte strings for the synthetic documents.
var (
	inTable   = []byte{0x16, 0x24, 1}
	ttp       = []byte{0x17, 0x24, 1}
	innerCell = []byte{0x4B, 0x24, 1}
	innerTtp  = []byte{0x4C, 0x24, 1}
)

func itap(n int) []byte {
	return binary.LittleEndian.AppendUint32([]byte{0x49, 0x66}, uint32(n))
}

// tdef is a sprmTDefTable with cell boundaries and TCGRF flags.
func tdef(bounds []int, grf []uint16) []byte {
	n := len(bounds) - 1
	rest := []byte{byte(n)}
	for _, b := range bounds {
		rest = binary.LittleEndian.AppendUint16(rest, uint16(int16(b)))
	}
	for i := range n {
		tc := make([]byte, 20)
		if i < len(grf) {
			binary.LittleEndian.PutUint16(tc, grf[i])
		}
		rest = append(rest, tc...)
	}
	out := []byte{0x08, 0xD6}
	out = binary.LittleEndian.AppendUint16(out, uint16(len(rest)+1))
	return append(out, rest...)
}

func cat(parts ...[]byte) []byte {
	var out []byte
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// marks gives every paragraph mark of text (0x0D, 0x07) a PAPX, the
// grpprl props says for its index among the marks, or none.
func marks(text string, props map[int][]byte) []tpapx {
	var out []tpapx
	k := 0
	for i, r := range []rune(text) {
		if r == '\r' || r == 7 {
			out = append(out, tpapx{cp: i, grpprl: props[k]})
			k++
		}
	}
	return out
}

func TestSynthetic(t *testing.T) {
	row2 := "A\aB\a\a"
	nested := "外\r内1\r内2\r\r内3\r内4\r\r\a\a"
	tests := []struct {
		name string
		doc  wordDoc
		text string
		grid [][]cellView
	}{
		{
			name: "compressed and unicode pieces, cp1252, line break, tab, hyphens, control characters",
			doc: wordDoc{pieces: []tpiece{
				{text: "Budget \x93total\x94\x0b2023\t\x1e1\x1f\x01\r", compressed: true},
				{text: "一、概况（１２３）\r"},
			}},
			text: "Budget “total”\n2023 -1\n一、概况（123）",
		},
		{
			name: "fields keep their results, nested fields too, codes dropped",
			doc:  wordDoc{pieces: []tpiece{{text: "第\x13 PAGE \x143\x15页\r\x13 TOC \\o \x14一、概况\x13 PAGEREF _Toc1 \x142\x15\x15\r\x13 DATE \x15完\r"}}},
			text: "第3页\n一、概况2\n完",
		},
		{
			name: "a table row: cell marks, the row's mark, boundaries",
			doc: wordDoc{pieces: []tpiece{{text: "前\r" + row2 + "后\r"}}, papx: marks("前\r"+row2+"后\r", map[int][]byte{
				1: inTable, 2: inTable, 3: cat(inTable, ttp, tdef([]int{0, 1000, 3000}, nil)),
			})},
			text: "前\n\tA\n\tB\n\n\n后",
			grid: [][]cellView{{{"A", 0, 1, 1, 0}, {"B", 1, 1, 1, 0}}},
		},
		{
			name: "vertical and horizontal merges (a merged cell's text joins its anchor's)",
			doc: func() wordDoc {
				text := "甲\a乙\a丙\a\a\a丁\a戊\a\a"
				return wordDoc{pieces: []tpiece{{text: text}}, papx: marks(text, map[int][]byte{
					0: inTable, 1: inTable, 2: inTable,
					3: cat(inTable, ttp, tdef([]int{0, 1000, 2000, 3000}, []uint16{3 << 5, 1, 2})),
					4: inTable, 5: inTable, 6: inTable,
					7: cat(inTable, ttp, tdef([]int{0, 1000, 2000, 3000}, []uint16{1 << 5, 0, 0})),
				})}
			}(),
			text: "\t甲\n\t乙\n丙\n\n\t\n\t丁\n\t戊",
			grid: [][]cellView{{{"甲", 0, 2, 1, 0}, {"乙\n丙", 1, 1, 2, 0}}, {{"丁", 1, 1, 1, 0}, {"戊", 2, 1, 1, 0}}},
		},
		{
			name: "a nested table at itap 2",
			doc: wordDoc{pieces: []tpiece{{text: nested}}, papx: marks(nested, map[int][]byte{
				0: cat(inTable, itap(1)),
				1: cat(inTable, itap(2), innerCell), 2: cat(inTable, itap(2), innerCell),
				3: cat(inTable, itap(2), innerTtp, tdef([]int{0, 500, 1000}, nil)),
				4: cat(inTable, itap(2), innerCell), 5: cat(inTable, itap(2), innerCell),
				6: cat(inTable, itap(2), innerTtp, tdef([]int{0, 500, 1000}, nil)),
				7: cat(inTable, itap(1)),
				8: cat(inTable, itap(1), ttp, tdef([]int{0, 1000}, nil)),
			})},
			text: "\t外\n内1\n内2\n内3\n内4\n", // the cell's last paragraph, after the nested table, is empty
			grid: [][]cellView{{{"外\n内1\n内2\n内3\n内4", 0, 1, 1, 1}}},
		},
		{
			name: "fast-saved: pieces out of file order",
			doc:  wordDoc{flags: fComplex, reverse: true, pieces: []tpiece{{text: "二、"}, {text: "Later\r", compressed: true}}},
			text: "二、Later",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(docFile(tt.doc), Options{})
			require.NoError(t, err)
			require.NoError(t, doc.Verify())
			assert.Equal(t, tt.text, doc.Text)
			if tt.grid != nil {
				assert.Equal(t, tt.grid, gridOf(firstTable(t, doc)))
			}
			if tt.doc.flags&fComplex != 0 {
				require.Len(t, doc.Warnings, 1)
				assert.Equal(t, "doc.fast_saved", doc.Warnings[0].Code)
			}
		})
	}
}

// TestParsePlcPcd refuses piece tables that do not describe pieces.
func TestParsePlcPcd(t *testing.T) {
	le := binary.LittleEndian
	plc := func(cps []uint32, fcs []uint32) []byte {
		var b []byte
		for _, c := range cps {
			b = le.AppendUint32(b, c)
		}
		for _, f := range fcs {
			b = append(b, 0, 0)
			b = le.AppendUint32(b, f)
			b = append(b, 0, 0)
		}
		return b
	}
	tests := []struct {
		name string
		b    []byte
		msg  string
	}{
		{"ok", plc([]uint32{0, 4}, []uint32{100}), ""},
		{"size", []byte{1, 2, 3, 4, 5}, "not 4+12n"},
		{"out of order", plc([]uint32{0, 4, 2}, []uint32{100, 200}), "piece 1 covers characters 4–2, out of order"},
		{"outside", plc([]uint32{0, 4}, []uint32{1000}), "outside the WordDocument stream of 1000 bytes"},
		{"compressed outside", plc([]uint32{0, 4}, []uint32{1<<30 | 1998}), "points at bytes 999–1003"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parsePlcPcd(tt.b, 1000)
			if tt.msg == "" {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.True(t, strings.Contains(err.Error(), tt.msg), err.Error())
			assert.ErrorIs(t, err, document.ErrCorrupt)
		})
	}
}
