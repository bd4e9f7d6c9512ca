package markdown

import (
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

// strayEmphasis drops the "**" and "***" left as text where CommonMark's
// flanking rules do not close emphasis next to CJK punctuation
// ("**（一）主要职能。**本单位…" is bold in the author's mind, and on no
// CommonMark renderer): the marks are never part of a title or a value.
type strayEmphasis struct{}

func (strayEmphasis) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	source := reader.Source()
	var stray []*ast.Text
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := n.(*ast.Text); ok && entering {
			if v := string(t.Segment.Value(source)); v == "**" || v == "***" {
				stray = append(stray, t)
			}
		}
		return ast.WalkContinue, nil
	})
	for _, t := range stray {
		if prev, ok := t.PreviousSibling().(*ast.Text); ok && t.SoftLineBreak() {
			prev.SetSoftLineBreak(true)
		}
		if p := t.Parent(); p != nil {
			p.RemoveChild(p, t)
		}
	}
}
