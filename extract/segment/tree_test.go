package segment

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSectionText checks the texts of sections: the body after a run-in
// title, the paragraphs up to the first child, a section whose body is one
// paragraph, and sections with none, across an annex that closes them.
func TestSectionText(t *testing.T) {
	text := "一、甲。首段\n次段\n末段\n（一）乙\n独段\n（二）丙。  \n1.丁：尾\n附件2\n二、戊\n正文一\n正文二\n"
	res := Segment(docFromText(text), Options{})
	var got []string
	var walk func([]*Section)
	walk = func(secs []*Section) {
		for _, s := range secs {
			got = append(got, s.Marker+"|"+s.Title+"|"+s.Text)
			walk(s.Children)
		}
	}
	walk(res.Sections)
	assert.Equal(t, []string{"一、|甲|首段\n次段\n末段", "（一）|乙|独段", "（二）|丙|", "1.|丁|尾", "二、|戊|正文一\n正文二"}, got)
	assert.Len(t, res.Sections[0].Children, 2)
	assert.Nil(t, res.Sections[0].Children[0].Children)
}

// TestTitleSpans checks that a heading's marker and title spans hold the
// marker and the title, blanks and trailing punctuation cut.
func TestTitleSpans(t *testing.T) {
	text := "一、\u3000概况；\n（一）主要职能。正文\n"
	res := Segment(docFromText(text), Options{})
	var spans []string
	var walk func([]*Section)
	walk = func(secs []*Section) {
		for _, s := range secs {
			spans = append(spans, text[s.MarkerSpan.Start:s.MarkerSpan.End]+"|"+text[s.TitleSpan.Start:s.TitleSpan.End])
			walk(s.Children)
		}
	}
	walk(res.Sections)
	assert.Equal(t, []string{"一、|概况", "（一）|主要职能"}, spans)
}
