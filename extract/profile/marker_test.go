package profile

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMarker checks that a row label's numbering or "其中" prefix is cut as
// written, and its number read, whatever the brackets, spaces and numerals.
func TestMarker(t *testing.T) {
	tests := []struct {
		name, in, marker string
		ordinal          int
	}{
		{"dunhao item of the seed", "   1、公务用车购置和维护经费", "1、", 1},
		{"其中 with a colon", "       其中：公车购置", "其中：", 0},
		{"其中 with an ASCII colon", "其中:办公经费", "其中:", 0},
		{"其中 without a colon", "其中办公经费", "其中", 0},
		{"ASCII brackets stay as written", "  (2)运行维护经费", "(2)", 2},
		{"full-width brackets", "（12）其他", "（12）", 12},
		{"dot", "3.出国经费", "3.", 3},
		{"full-width dot", "3．出国经费", "3．", 3},
		{"Chinese numeral", "二、项目支出", "二、", 2},
		{"Chinese ten and one", "十一、其他", "十一、", 11},
		{"Chinese twenty-three", "二十三、其他", "二十三、", 23},
		{"space inside the marker", "1 、公务接待", "1 、", 1},
		{"no marker", "三公经费", "", 0},
		{"a number that is no marker", "2023年决算数", "", 0},
		{"blank", "　", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, n := marker(tt.in, norm(tt.in))
			assert.Equal(t, tt.marker, m)
			assert.Equal(t, tt.ordinal, n)
		})
	}
}
