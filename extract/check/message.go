package check

import (
	"strings"
	"unicode"
)

// message is a check's message being written. The checker keeps one and
// reuses its buffer from check to check, so a message costs one allocation,
// its final string, instead of one for each piece joined to it.
type message struct {
	buf []byte
}

// message returns the checker's message, emptied.
func (c *checker) message() *message {
	c.msg.buf = c.msg.buf[:0]
	return &c.msg
}

// add appends the pieces.
func (m *message) add(pieces ...string) {
	for _, p := range pieces {
		m.buf = append(m.buf, p...)
	}
}

// figures appends parts as "label text + label text", each without the
// white space around it.
func (m *message) figures(parts ...figure) {
	for i, p := range parts {
		if i > 0 {
			m.add(" + ")
		}
		m.labelled(p)
	}
}

// labelled appends a figure as "label text", without the white space around
// it: strings.TrimSpace(label + " " + text) without building the string
// first.
func (m *message) labelled(p figure) {
	l := strings.TrimLeftFunc(p.label, unicode.IsSpace)
	t := strings.TrimRightFunc(p.text, unicode.IsSpace)
	switch {
	case l == "":
		m.add(strings.TrimLeftFunc(t, unicode.IsSpace))
	case t == "":
		m.add(strings.TrimRightFunc(l, unicode.IsSpace))
	default:
		m.add(l, " ", t)
	}
}

// String returns the message written so far.
func (m *message) String() string {
	return string(m.buf)
}
