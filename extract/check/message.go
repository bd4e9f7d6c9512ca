package check

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/values"
)

// The texts of a Check call's checks (messages, expected, actual and
// tolerance figures) are all appended to one buffer, the checker's text, and
// Check makes one string of it at the end: each check's strings are
// substrings of that one. A check then costs no allocation of its own, where
// a message built with + or fmt costs one per piece joined.

// piece is a range [start, end) of the checker's text (a message, a
// figure) or of its spans (a check's spans).
type piece struct {
	start, end int
}

// mark returns where the next text will be written.
func (c *checker) mark() int {
	return len(c.text)
}

// since returns the text written from start on.
func (c *checker) since(start int) piece {
	return piece{start, len(c.text)}
}

// put appends strings to the text. Many are empty (the unused pieces of
// a label, a unit written in the text): those cost no append.
func (c *checker) put(ss ...string) {
	for _, s := range ss {
		if s != "" {
			c.text = append(c.text, s...)
		}
	}
}

// putInt appends n in decimal.
func (c *checker) putInt(n int) {
	c.text = strconv.AppendInt(c.text, int64(n), 10)
}

// number writes d's canonical text ("205.3") as a text of its own, for a
// check's expected, actual or tolerance figure.
func (c *checker) number(d values.Decimal) piece {
	start := c.mark()
	c.text = d.Append(c.text)
	return c.since(start)
}

// show appends a number with its unit ("1788000元", "92.15%").
func (c *checker) show(d values.Decimal, unit string) {
	c.text = d.Append(c.text)
	if unit == UnitPercent {
		unit = "%"
	}
	c.put(unit)
}

// showDelta appends a difference or a tolerance with its unit; those of
// rates are in percentage points ("0.01百分点").
func (c *checker) showDelta(d values.Decimal, unit string) {
	c.text = d.Append(c.text)
	c.put(unit) // UnitPercent is 百分点 already
}

// figures appends parts as "label text + label text", each without the
// white space around it.
func (c *checker) figures(parts ...figure) {
	for i := range parts {
		if i > 0 {
			c.put(" + ")
		}
		c.labelled(&parts[i])
	}
}

// labelled appends a figure as "label text" without the white space around
// it: strings.TrimSpace(label + " " + text), where the label's leading and
// the text's trailing white space go, and a missing label or text takes
// the joining space with it. Label and text are written first and trimmed
// where they stand, as they are made of pieces.
func (c *checker) labelled(f *figure) {
	p := c.mark()
	c.put(f.label[:]...)
	c.trimLeft(p)
	q := c.mark() // the label is c.text[p:q]
	c.text = append(c.text, ' ')
	c.put(f.text, f.unit)
	c.trimRight(q + 1)
	switch {
	case q == p: // no label: the text alone, trimmed on the left too
		c.text = append(c.text[:p], c.text[q+1:]...)
		c.trimLeft(p)
	case len(c.text) == q+1: // no text: the label alone, trimmed on the right too
		c.text = c.text[:q]
		c.trimRight(p)
	}
}

// plain appends a figure as "label text", untrimmed.
func (c *checker) plain(f *figure) {
	c.put(f.label[:]...)
	c.put(" ", f.text, f.unit)
}

// written appends a figure's text as written, unit included.
func (c *checker) written(f *figure) {
	c.put(f.text, f.unit)
}

// trimLeft removes the white space (unicode.IsSpace) at the start of the
// text written from start on. The white space characters above ASCII all
// start with C2, E1, E2 or E3: a rune starting with another byte (every
// Chinese character does) is not decoded.
func (c *checker) trimLeft(start int) {
	i := start
	for i < len(c.text) {
		r, n := rune(c.text[i]), 1
		if r >= utf8.RuneSelf {
			if r != 0xC2 && (r < 0xE1 || r > 0xE3) {
				break
			}
			r, n = utf8.DecodeRune(c.text[i:])
		}
		if !isSpace(r) {
			break
		}
		i += n
	}
	if i > start {
		c.text = append(c.text[:start], c.text[i:]...)
	}
}

// trimRight removes the white space (unicode.IsSpace) at the end of the
// text written from start on. A text that ends with a three-byte character
// whose lead byte is E4 or above (every Chinese character, every unit)
// does not end with white space, which is all below U+3001: it is not
// decoded.
func (c *checker) trimRight(start int) {
	for t := c.text[start:]; len(t) > 0; t = c.text[start:] {
		n := len(t)
		if n >= 3 && t[n-3] >= 0xE4 && t[n-2]&0xC0 == 0x80 && t[n-1]&0xC0 == 0x80 {
			return
		}
		r, size := rune(t[n-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRune(t)
		}
		if !isSpace(r) {
			return
		}
		c.text = c.text[:len(c.text)-size]
	}
}

// isSpace is unicode.IsSpace, answering at once for the runes above
// U+3000, none of which is white space: the CJK characters that end most
// labels and units (TestIsSpace holds it to unicode.IsSpace).
func isSpace(r rune) bool {
	return r <= '\u3000' && unicode.IsSpace(r)
}

// trimSpace trims the text written from start on as strings.TrimSpace
// does.
func (c *checker) trimSpace(start int) {
	c.trimRight(start)
	c.trimLeft(start)
}
