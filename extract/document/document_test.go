package document

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLines(t *testing.T) {
	l := NewLines("ab\n二三\n\nx")
	tests := []struct {
		offset int
		want   Position
	}{
		{0, Position{0, 1, 1}},
		{2, Position{2, 1, 3}},
		{3, Position{3, 2, 1}},
		{6, Position{6, 2, 2}}, // after 二: columns count runes
		{10, Position{10, 3, 1}},
		{11, Position{11, 4, 1}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, l.Position(tt.offset), "offset %d", tt.offset)
	}
	assert.Equal(t, Span{3, 9, 2}, l.Span(3, 9))
}

func TestCanonAndTrim(t *testing.T) {
	assert.Equal(t, "2023年（一）", Canon("２０２３年（一）"))
	s := "plain"
	assert.Equal(t, s, Canon(s))
	text := "\u3000 a b\u3000\n"
	start, end := Trim(text, 0, len(text))
	assert.Equal(t, "a b", text[start:end])
	start, end = Trim("\u3000 ", 0, len("\u3000 "))
	assert.Equal(t, [2]int{0, 0}, [2]int{start, end})
	assert.True(t, IsBlank("\u3000\u00a0\t"))
	assert.False(t, IsBlank("无"))
}

func TestVerify(t *testing.T) {
	text := "标题\n\t甲\n\t乙"
	l := NewLines(text)
	good := &Document{Text: text, Blocks: []Block{
		{Kind: KindParagraph, Para: &Paragraph{Text: "标题", Span: l.Span(0, 6)}},
		{Kind: KindTable, Table: &Table{Span: l.Span(7, len(text)), Rows: []Row{{Span: l.Span(7, len(text)), Cells: []Cell{
			{Text: "甲", Span: l.Span(8, 11), RowSpan: 1, ColSpan: 1},
			{Text: "乙", Col: 1, Span: l.Span(13, 16), RowSpan: 1, ColSpan: 1},
		}}}}},
	}}
	assert.NoError(t, good.Verify())

	bad := *good
	bad.Blocks = append([]Block(nil), good.Blocks...)
	bad.Blocks[0] = Block{Kind: KindParagraph, Para: &Paragraph{Text: "标", Span: l.Span(0, 6)}}
	assert.ErrorContains(t, bad.Verify(), `block 0: text "标" differs`)

	bad.Blocks[0] = Block{Kind: KindParagraph, Para: &Paragraph{Text: "标题", Span: Span{0, 6, 2}}}
	assert.ErrorContains(t, bad.Verify(), "says line 2, is on line 1")

	bad.Blocks[0] = Block{Kind: KindParagraph, Para: &Paragraph{Text: "x", Span: Span{0, 99, 1}}}
	assert.ErrorContains(t, bad.Verify(), "outside text")
}

func TestErrorFormat(t *testing.T) {
	e := Errorf(ErrBinary, 12, "NUL byte")
	e.Path = "a.txt"
	assert.Equal(t, "a.txt: offset 12: not text: the bytes decode as no supported text encoding: NUL byte", e.Error())
	e.Line, e.Column = 3, 4
	assert.Equal(t, "a.txt:3:4: not text: the bytes decode as no supported text encoding: NUL byte", e.Error())
	x := Errorf(ErrXML, 77, "unexpected EOF")
	x.Path, x.Part = "r.docx", "word/document.xml"
	assert.Equal(t, "r.docx: word/document.xml offset 77: invalid XML: unexpected EOF", x.Error())
	assert.True(t, errors.Is(x, ErrXML))
	assert.Equal(t, "invalid_xml", Code(x))
	assert.Equal(t, "error", Code(errors.New("other")))
}

func TestLineStarts(t *testing.T) {
	assert.Equal(t, []int{0}, LineStarts(""))
	assert.Equal(t, []int{0, 1, 2}, LineStarts("\n\n"))
	assert.Equal(t, []int{0, 3, 7}, LineStarts("ab\n二\nc"))
}

func TestCanceled(t *testing.T) {
	assert.NoError(t, Canceled(context.Background()))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := Canceled(ctx)
	assert.True(t, errors.Is(err, ErrCanceled) && errors.Is(err, context.Canceled), "%v", err)
	assert.Equal(t, "canceled", Code(err))
	ctx, cancel = context.WithTimeout(context.Background(), -1)
	defer cancel()
	err = Canceled(ctx)
	assert.True(t, errors.Is(err, ErrTimeout) && errors.Is(err, context.DeadlineExceeded), "%v", err)
	assert.Equal(t, "timeout", Code(err))

	p := NewPoll(ctx)
	n := 0
	for p.Err() == nil {
		n++
	}
	assert.Equal(t, pollEvery-1, n, "the context is asked once in pollEvery calls")
	assert.Error(t, NewPoll(ctx).Now())
	var zero *Poll
	assert.NoError(t, zero.Err())
}
