// Package html reads a web page (HTML, as government sites publish reports)
// into the common document model, so that a report copied from its web page
// gives the same report as its DOCX or its text dump.
//
// # Decoding
//
// The page's bytes are decoded once, at the front door, in this order:
//
//   - a byte order mark decides: UTF-8 ("utf-8-bom"), UTF-16LE or UTF-16BE;
//   - else the charset declared by a <meta charset="…"> or a <meta
//     http-equiv="Content-Type" content="text/html; charset=…"> within the
//     first 1024 bytes, with the WHATWG label names (x/net/html/charset);
//     GB2312, GBK and GB18030 pages are all decoded as GB18030 ("gb18030"),
//     the superset that real "gb2312" pages need;
//   - a declaration the bytes contradict is not believed, and an
//     "html.charset_mismatch" warning says so: a page declaring GB2312 (or
//     any legacy charset) whose bytes are valid UTF-8 with non-ASCII text is
//     UTF-8, a page declaring UTF-8 whose bytes are not is GB18030 when they
//     decode as that;
//   - with no declaration, valid UTF-8 is UTF-8, anything else GB18030.
//
// Bytes the chosen encoding cannot decode become U+FFFD with an
// "html.undecodable" warning.
//
// # Text
//
// The decoded page is parsed with the HTML5 algorithm (golang.org/x/net/html),
// so unclosed tags, implied <tbody> and misnested markup come out as a
// browser shows them, and entities are decoded. The body is read in document
// order; the document head, <script>, <style>, <noscript>, <template>,
// <nav>, <header>, <footer>, form controls, images, embedded objects, SVG
// and MathML are left out, and so is any element with the hidden attribute
// or an inline style of display:none (or Word's mso-hide:all).
//
// The canonical text follows package document's layout:
//
//   - block elements (p, div, h1–h6, li, blockquote, section, dt, dd, …)
//     start and end a line; <br> ends a line, and a <br> on an empty line
//     writes an empty line; each line of body text that is not blank is one
//     Paragraph — a page that separates its lines with <br> gives one
//     paragraph per line, as a Word document gives one per paragraph;
//   - white space collapses as a browser shows it: a run of spaces, TABs and
//     line ends is one space, none at either end of a line (a line end
//     between two CJK characters is a space too, as Chromium shows it);
//     <pre> keeps its spaces and lines;
//   - U+00A0 (&nbsp;) is written as a space (it does not collapse: a line of
//     &nbsp; is blank); control characters are dropped; full-width digits
//     become ASCII digits (document.Canon);
//   - h1–h6 set Paragraph.Outline to their level; an item of an <ol> gets
//     "N." written before it (the marker the browser draws, from start and
//     value) and Numbered set; <ul> bullets are not written;
//   - a <table> is a table block: each row's slots are written as "\t" and
//     the cell's lines joined by "\n", rows separated by a blank line, two
//     blank lines after the table. rowspan and colspan are merges: the anchor
//     cell carries RowSpan and ColSpan, and its Col is its column on the
//     table's grid (the standard's table-forming algorithm); the cells a
//     rowspan covers are not Cells, but each row they reach gets an empty
//     "\t" line where they stand, as the DOCX reader writes a vertical
//     merge's continuation;
//   - a table inside a cell is flattened into the cell's text, one line per
//     nested cell, and kept as a table in Cell.Nested; a <caption> is a line
//     before its table;
//   - a table of one column (every row one cell, no spans) is a layout
//     table, as older sites wrap a whole article in one: its cells are read
//     as blocks where the table stands, so the tables inside them are body
//     tables.
//
// Every Paragraph and Cell carries a span into the canonical text and a
// Locator with its body paragraph index, or its table, row and cell
// indexes.
//
// # Limits
//
// Options bound what a hostile page can make the reader do: its size, the
// size of one tag with its attributes, the number of elements and their
// nesting (the parser refuses more than 512 open elements). A page past a limit is refused with document.ErrLimit; a
// page with no body text with document.ErrEmpty.
package html

import (
	"bytes"
	"strconv"

	"golang.org/x/net/html"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// Default limits. A real report page is far below each of them.
const (
	DefaultMaxBytes    = 64 << 20
	DefaultMaxToken    = 16 << 20
	DefaultMaxElements = 1 << 20
	DefaultMaxDepth    = 512
)

// Options are the reader's safety limits. A field that is zero or negative
// takes its default.
type Options struct {
	// MaxBytes caps the size of the page. Default 64 MiB.
	MaxBytes int
	// MaxToken caps one tag with its attributes. Default 16 MiB (room for
	// inline base64 images).
	MaxToken int
	// MaxElements caps the number of start tags. Default 1,048,576.
	MaxElements int
	// MaxDepth caps element nesting in the parsed tree. Default 512.
	MaxDepth int
}

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxToken <= 0 {
		o.MaxToken = DefaultMaxToken
	}
	if o.MaxElements <= 0 {
		o.MaxElements = DefaultMaxElements
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	return o
}

// Read reads a web page into the common Document model (Format "html").
// Errors are *document.Error values wrapping document.ErrEmpty (no body
// text) or document.ErrLimit (a limit of opts passed, or markup nested
// deeper than the parser accepts). Read never panics and is safe for
// concurrent use.
func Read(data []byte, opts Options) (*document.Document, error) {
	opts = opts.withDefaults()
	if len(data) > opts.MaxBytes {
		return nil, document.Errorf(document.ErrLimit, -1, "the page is %d bytes, over the limit of %d", len(data), opts.MaxBytes)
	}
	d := decode(data)
	doc, err := ReadUTF8(d.text, opts)
	if err != nil {
		return nil, err
	}
	doc.Encoding = d.enc
	doc.Warnings = append(d.warnings, doc.Warnings...)
	return doc, nil
}

// ReadUTF8 reads HTML that is already UTF-8 (the Markdown reader's
// rendering, or a decoded page). The Document has Format "html" and no
// Encoding; the caller sets both as it knows them.
func ReadUTF8(src []byte, opts Options) (*document.Document, error) {
	opts = opts.withDefaults()
	if err := precheck(src, opts); err != nil {
		return nil, err
	}
	root, err := html.ParseWithOptions(bytes.NewReader(src), html.ParseOptionEnableScripting(false))
	if err != nil {
		return nil, document.Errorf(document.ErrLimit, -1, "%v", err)
	}
	k := &walker{w: newWriter(len(src) / 4), maxDepth: opts.MaxDepth}
	k.node(root)
	k.w.endLine()
	if k.err != nil {
		return nil, k.err
	}
	if len(k.w.blocks) == 0 {
		return nil, document.Errorf(document.ErrEmpty, -1, "the page has no body text")
	}
	doc := &document.Document{Text: string(k.w.buf), Blocks: k.w.blocks, Format: "html"}
	document.FillText(doc)
	return doc, nil
}

// precheck holds src to the tag size and element limits before the
// parser builds a tree from it. It scans for start tags ("<" and a letter)
// without tokenizing: a tag runs to the next ">", which is exact unless a
// quoted attribute value holds a ">", and then undercounts, as a guard may.
func precheck(src []byte, opts Options) error {
	elements := 0
	for i := 0; i < len(src); {
		j := bytes.IndexByte(src[i:], '<')
		if j < 0 {
			return nil
		}
		i += j + 1
		if i >= len(src) || !isLetter(src[i]) {
			continue
		}
		elements++
		if elements > opts.MaxElements {
			return document.Errorf(document.ErrLimit, i-1, "more than %d elements", opts.MaxElements)
		}
		end := bytes.IndexByte(src[i:], '>')
		if end < 0 {
			end = len(src) - i
		}
		if end+2 > opts.MaxToken {
			return document.Errorf(document.ErrLimit, i-1, "a tag of %d bytes, longer than %d", end+2, opts.MaxToken)
		}
		i += end
	}
	return nil
}

func isLetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

func itoa(n int) string { return strconv.Itoa(n) }
