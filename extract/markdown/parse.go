package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// kindMath is the node kind of inline math.
var kindMath = ast.NewNodeKind("Math")

// mathNode is an inline formula: "$…$" or "$$…$$" on one line.
type mathNode struct {
	ast.BaseInline
	tex []byte
}

func (n *mathNode) Kind() ast.NodeKind { return kindMath }

func (n *mathNode) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"TeX": string(n.tex)}, nil)
}

// mathParser reads inline math before the emphasis and escape parsers can
// take "\%" or "_" inside it.
type mathParser struct{}

func (mathParser) Trigger() []byte { return []byte{'$'} }

func (mathParser) Parse(_ ast.Node, block text.Reader, _ parser.Context) ast.Node {
	line, _ := block.PeekLine()
	n, tex := mathSpan(line)
	if n == 0 {
		return nil
	}
	node := &mathNode{tex: append([]byte(nil), tex...)}
	block.Advance(n)
	return node
}

// textRenderer writes math as the text it prints, and HTML blocks with
// their math rewritten the same way (the parser does not look inside raw
// HTML, where converters write table cells such as <td>$85.20\%$</td>).
type textRenderer struct{}

func (textRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(kindMath, renderMath)
	reg.Register(ast.KindHTMLBlock, renderHTMLBlock)
}

func renderMath(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		_, _ = w.WriteString(escapeHTML(texToText(n.(*mathNode).tex)))
	}
	return ast.WalkSkipChildren, nil
}

func renderHTMLBlock(w util.BufWriter, source []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	b := n.(*ast.HTMLBlock)
	lines := b.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		_, _ = w.Write(replaceMath(seg.Value(source)))
	}
	if b.HasClosure() {
		_, _ = w.Write(replaceMath(b.ClosureLine.Value(source)))
	}
	return ast.WalkContinue, nil
}

// strayEmphasis drops the "**" left as text where CommonMark's flanking
// rules do not close strong emphasis next to CJK punctuation
// ("**（一）主要职能。**本单位…" is bold in the author's mind, and on no
// CommonMark renderer): the marks are never part of a title or a value.
// A text node holding them is split around them.
type strayEmphasis struct{}

func (strayEmphasis) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	source := reader.Source()
	var stray []*ast.Text
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := n.(*ast.Text); ok && entering && bytes.Contains(t.Segment.Value(source), []byte("**")) {
			stray = append(stray, t)
		}
		return ast.WalkContinue, nil
	})
	for _, t := range stray {
		splitStars(t, source)
	}
}

// splitStars replaces t by the text nodes of its segment between runs of
// two or more "*"; the last one keeps t's line break.
func splitStars(t *ast.Text, source []byte) {
	parent := t.Parent()
	if parent == nil {
		return
	}
	seg := t.Segment
	v := seg.Value(source)
	var parts []*ast.Text
	from := 0
	for i := 0; i <= len(v); i++ {
		if i < len(v) && !(v[i] == '*' && (i+1 < len(v) && v[i+1] == '*' || i > 0 && v[i-1] == '*')) {
			continue
		}
		if i > from {
			parts = append(parts, ast.NewTextSegment(textSegment(seg, from, i)))
		}
		from = i + 1
	}
	if len(parts) > 0 {
		last := parts[len(parts)-1]
		last.SetSoftLineBreak(t.SoftLineBreak())
		last.SetHardLineBreak(t.HardLineBreak())
	} else if prev, ok := t.PreviousSibling().(*ast.Text); ok {
		prev.SetSoftLineBreak(prev.SoftLineBreak() || t.SoftLineBreak())
		prev.SetHardLineBreak(prev.HardLineBreak() || t.HardLineBreak())
	}
	for _, p := range parts {
		parent.InsertBefore(parent, t, p)
	}
	parent.RemoveChild(parent, t)
}

func textSegment(s text.Segment, from, to int) text.Segment {
	return text.NewSegment(s.Start+from, s.Start+to)
}
