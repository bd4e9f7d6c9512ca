// Package markdown reads Markdown, as PDF converters (MinerU and the like)
// write reports, into the common document model.
//
// The Markdown is parsed as CommonMark with GitHub's pipe tables
// (github.com/yuin/goldmark), rendered to HTML and read by package html, so
// that the tables of a converter's Markdown — pipe tables and the raw
// <table> blocks with rowspan and colspan converters write — go through the
// HTML reader's table code, and markup never reaches the text:
//
//   - "#" marks of headings are not text; a heading is a paragraph with
//     its level as Outline ("# 一、部门概况" is the paragraph "一、部门概况");
//   - emphasis, strong and code marks are not text; "**" left unmatched
//     where CommonMark's flanking rules fail next to CJK punctuation
//     ("**（一）主要职能。**本单位…") is dropped too;
//   - every line break of the source ends a line (converters write one
//     paragraph per line, and a report's lines are its structure);
//   - images are left out, links keep their text; an ordered list item
//     keeps its number ("1."), as the author typed it;
//   - LaTeX math on one line, "$…$" or "$$…$$" (Pandoc's dollar rules: no
//     space inside the dollars, no digit after the closing one), is
//     written as the text it prints: "$85.20\%$" is "85.20%", "$\geq
//     90\%$" is "≥90%", "$\text{万元}$" is "万元", "m$^{2}$" is "m²" —
//     in paragraphs and inside raw HTML blocks alike;
//   - entities are decoded; the rest follows package html (white space,
//     tables, nested tables, canonical digits).
//
// The bytes are decoded first: a UTF-8 or UTF-16 byte order mark decides,
// else valid UTF-8 is UTF-8 and anything else GB18030. The Document has
// Format "markdown"; spans point into the canonical text it writes.
package markdown

import (
	"bytes"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/html"
)

// DefaultMaxBytes is the largest input Read accepts by default.
const DefaultMaxBytes = 32 << 20

// Options are the reader's limits. The zero value means the defaults.
type Options struct {
	// MaxBytes caps the size of the input. Default 32 MiB.
	MaxBytes int
	// HTML are the limits of the HTML the Markdown is rendered to.
	HTML html.Options
}

// md is the one Markdown converter: goldmark's values are safe for
// concurrent use once built.
var md = goldmark.New(
	goldmark.WithExtensions(extension.Table, extension.Strikethrough),
	goldmark.WithParserOptions(
		parser.WithInlineParsers(util.Prioritized(mathParser{}, 50)),
		parser.WithASTTransformers(util.Prioritized(strayEmphasis{}, 1000)),
	),
	goldmark.WithRendererOptions(
		ghtml.WithUnsafe(),
		ghtml.WithHardWraps(),
		renderer.WithNodeRenderers(util.Prioritized(textRenderer{}, 100)),
	),
)

// Read reads Markdown into the common Document model. Errors are
// *document.Error values wrapping document.ErrEmpty (nothing but markup
// and white space), document.ErrLimit or document.ErrBinary (bytes that
// are no text). Read never panics and is safe for concurrent use.
func Read(data []byte, opts Options) (*document.Document, error) {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if len(data) > opts.MaxBytes {
		return nil, document.Errorf(document.ErrLimit, -1, "the Markdown is %d bytes, over the limit of %d", len(data), opts.MaxBytes)
	}
	src, enc, err := decode(data)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	out.Grow(len(src) + len(src)/4)
	if err := md.Convert(src, &out); err != nil {
		return nil, document.Errorf(document.ErrCorrupt, -1, "markdown: %v", err)
	}
	doc, err := html.ReadUTF8(out.Bytes(), opts.HTML)
	if err != nil {
		return nil, err
	}
	doc.Format, doc.Encoding = "markdown", enc
	return doc, nil
}

// decode returns data as UTF-8 and the name of its encoding.
func decode(data []byte) ([]byte, string, error) {
	var enc encoding.Encoding
	var name string
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data, name = data[3:], "utf-8-bom"
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		data, enc, name = data[2:], xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), "utf-16le"
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		data, enc, name = data[2:], xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), "utf-16be"
	case utf8.Valid(data):
		name = "utf-8"
	default:
		enc, name = simplifiedchinese.GB18030, "gb18030"
	}
	if bytes.IndexByte(data, 0) >= 0 && enc == nil {
		return nil, "", document.Errorf(document.ErrBinary, bytes.IndexByte(data, 0), "a NUL byte in Markdown text")
	}
	if enc == nil {
		return data, name, nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, "", document.Errorf(document.ErrBinary, -1, "not %s text: %v", name, err)
	}
	return out, name, nil
}
