package check

import (
	"strconv"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
	"github.com/jixiao-dev/jixiao/extract/values"
)

// message builds the message of a check.
type message struct {
	strings.Builder
}

// newMessage returns a message with room for the usual one.
func newMessage() *message {
	m := new(message)
	m.Grow(256)
	return m
}

// put appends strings.
func (m *message) put(ss ...string) {
	for _, s := range ss {
		m.WriteString(s)
	}
}

// putInt appends n in decimal.
func (m *message) putInt(n int) { m.WriteString(strconv.Itoa(n)) }

// show appends a number with its unit ("1788000元", "92.15%").
func (m *message) show(d values.Decimal, unit string) {
	if unit == UnitPercent {
		unit = "%"
	}
	m.put(d.String(), unit)
}

// showDelta appends a difference or a tolerance with its unit; those of
// rates are in percentage points ("0.01百分点").
func (m *message) showDelta(d values.Decimal, unit string) {
	m.put(d.String(), unit)
}

// figures appends parts as "label text + label text", each without the
// white space around it.
func (m *message) figures(parts ...figure) {
	for i := range parts {
		if i > 0 {
			m.put(" + ")
		}
		m.labelled(&parts[i])
	}
}

// labelled appends a figure as "label text", without the white space
// around it.
func (m *message) labelled(f *figure) {
	m.put(cjk.TrimSpace(f.label.String() + " " + f.text + f.unit))
}

// plain appends a figure as "label text", untrimmed.
func (m *message) plain(f *figure) {
	m.put(f.label[0], f.label[1], f.label[2], f.label[3], " ", f.text, f.unit)
}

// written appends a figure's text as written, unit included.
func (m *message) written(f *figure) {
	m.put(f.text, f.unit)
}
