package profile

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
	"github.com/jixiao-dev/jixiao/extract/values"
)

// points reads a weight or a score from cell c as decimal does, with the
// span of the number as written: the cell without the white space around
// it and a 分 after it ("15.5分" → "15.5"). The span is nil when the cell
// holds no such number.
func (x *index) points(c *document.Cell) Points {
	if c == nil {
		return Points{}
	}
	d := decimal(c.Text)
	if !d.Valid() {
		return Points{}
	}
	return Points{Number: d, Span: x.numberSpan(c.Span.Start, c.Span.End, d)}
}

// numberSpan returns the span of the number d written in [start, end),
// once the white space around it and a 分 after it are cut; nil when what
// remains does not read as d.
func (x *index) numberSpan(start, end int, d values.Decimal) *document.Span {
	if start < 0 || end > len(x.text) || start >= end {
		return nil
	}
	s, e := cjk.Trim(x.text, start, end)
	if strings.HasSuffix(x.text[s:e], "分") {
		e -= len("分")
	}
	if s >= e || decimal(x.text[s:e]) != d {
		return nil
	}
	return &document.Span{Start: s, End: e}
}

// bracketNumber returns the span of the weight d written in the last
// bracket of [start, end): "产出指标\n\n(40分)" gives the span of "40". It
// is nil when the bracket holds no number that reads as d.
func (x *index) bracketNumber(start, end int, d values.Decimal) *document.Span {
	if !d.Valid() || start < 0 || end > len(x.text) || start >= end {
		return nil
	}
	t := x.text[start:end]
	open := max(strings.LastIndex(t, "（"), strings.LastIndex(t, "("))
	if open < 0 {
		return nil
	}
	i := open
	for i < len(t) && !isDigit(t[i]) {
		i++
	}
	j := i
	for j < len(t) && (isDigit(t[j]) || t[j] == '.') {
		j++
	}
	if i == j {
		return nil
	}
	return x.numberSpan(start+i, start+j, d)
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
