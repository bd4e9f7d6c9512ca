package doc

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMarker counts list numbers as Word does: a level starts at its
// start value, counts up, and restarts when a higher level counts.
func TestMarker(t *testing.T) {
	text := func(s string) []uint16 {
		var out []uint16
		for _, r := range s {
			out = append(out, uint16(r))
		}
		return out
	}
	n := &numbering{
		lists: map[uint32]*list{7: {lsid: 7, levels: []level{
			{start: 1, nfc: 0x25, text: text("\x00、"), follow: 2},    // chineseCounting
			{start: 1, nfc: 0x25, text: text("（\x01）"), follow: 2},   // chineseCounting
			{start: 1, nfc: 0, text: text("\x00.\x02"), follow: 1},   // decimal, a space after
			{start: 3, nfc: 0, legal: true, text: text("\x01-\x03")}, // legal: decimal
		}}},
		lfos:   []uint32{7},
		counts: map[uint32]*counter{},
	}
	steps := []struct {
		ilfo, ilvl int
		want       string
	}{
		{1, 0, "一、"}, {1, 1, "（一）"}, {1, 1, "（二）"}, {1, 2, "一.1 "}, {1, 2, "一.2 "},
		{1, 0, "二、"}, {1, 1, "（一）"}, {1, 3, "1-3"},
		{0, 0, ""}, {2, 0, ""}, {1, 9, ""},
	}
	for i, s := range steps {
		assert.Equal(t, s.want, n.marker(s.ilfo, s.ilvl), "step %d", i)
	}
}
