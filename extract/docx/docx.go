// Package docx reads a DOCX package (ECMA-376 WordprocessingML, transitional
// or strict) into the common document model, so that a DOCX and the plain
// text dump of the same document give the same report.
//
// What is read: word/document.xml, with word/numbering.xml and
// word/styles.xml for automatic numbering and heading styles. Headers,
// footers, footnotes, endnotes and comments are other parts and are not body
// text. The zip is distrusted (see Options): only those parts are inflated,
// each under a limit, and entry names are only looked up, never used as paths.
//
// The canonical text is laid out like the plain-text dump (see package
// document):
//
//   - a body paragraph is one line; a w:br or w:cr inside it is "\n"; empty
//     paragraphs are empty lines; paragraphs are separated by "\n";
//   - a table row is its cells, each written as "\t" and the cell's
//     paragraphs joined by "\n" (so a cell ending in an empty paragraph ends
//     in a blank line); rows are separated by a blank line; a table is
//     followed by two blank lines before the next block;
//   - a cell that continues a vertical merge (w:vMerge without "restart") is
//     written as an empty "\t" line, like the dump does, but is not a Cell:
//     its anchor gets the RowSpan;
//   - a table inside a cell is flattened into the cell's text, one line per
//     nested cell, and kept as a table in Cell.Nested;
//   - a tab (w:tab, or a TAB character in w:t) is written as one space,
//     since a TAB at the start of a line means a table cell;
//   - automatic numbering (w:numPr) is rendered from numbering.xml and
//     prepended to the paragraph ("一、", "（一）", "1."), with no separator
//     for a tab suffix, so the text reads as a typed marker would;
//   - full-width digits become ASCII digits (document.Canon).
//
// Blank paragraphs stay in the text as empty lines but are not blocks.
// Run content: w:t, w:tab, w:br, w:cr, w:noBreakHyphen ("-"), w:softHyphen
// (nothing), w:sym (its character); w:sdt, w:hyperlink, w:smartTag,
// w:customXml, w:ins and w:moveTo are transparent; w:del, w:moveFrom,
// w:delText, w:instrText and ruby text (w:rt) are dropped; of a field only
// the displayed result is kept (w:fldSimple's content, the part of a complex
// field between "separate" and "end", ECMA-376 Part 1 §17.16); text boxes
// (w:txbxContent) are read into the paragraph that anchors them, one line per
// paragraph; of mc:AlternateContent only the first branch is read (Part 3
// §10.2), so a text box that Word writes twice (DrawingML and VML) is read
// once.
package docx

import (
	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/ooxml"
)

// Read reads a DOCX package into the common Document model. Errors are
// *document.Error values wrapping the sentinels of package document:
// ErrEmpty, ErrNotDOCX (not a zip, or a zip without word/document.xml),
// ErrOLE (a Word 97–2003 .doc or an encrypted package), ErrCorrupt (a
// truncated or damaged zip), ErrXML (naming the part and the offset) and
// ErrLimit (a limit of opts passed). Read never panics and is safe for
// concurrent use.
func Read(data []byte, opts Options) (*document.Document, error) {
	opts = opts.withDefaults()
	p, err := openPackage(data, opts)
	if err != nil {
		return nil, err
	}
	defer p.Release()
	main, err := mainPart(p)
	if err != nil {
		return nil, err
	}
	body, err := p.Read(main)
	if err != nil {
		return nil, err
	}
	// The main part is checked for UTF-8 as it is read
	// (ooxml.Scanner.CheckAsRead); a part that is not UTF-8 is reported
	// before anything else is wrong.
	r := &reader{opts: opts, part: main}
	if r.styles, err = readStyles(p, opts); err != nil {
		return nil, utf8First(main, body, err)
	}
	if r.num, err = readNumbering(p, opts); err != nil {
		return nil, utf8First(main, body, err)
	}
	return r.read(body)
}

// utf8First returns the error for the main part if it is not UTF-8, else
// err.
func utf8First(part string, data []byte, err error) error {
	if bad := ooxml.CheckUTF8(part, data); bad != nil {
		return bad
	}
	return err
}

// newScanner returns a scanner of the reader's vocabulary over a part of
// the package, under its limits.
func newScanner(data []byte, opts Options) *ooxml.Scanner {
	s := ooxml.NewScanner(data, opts.MaxDepth, &vocab)
	if opts.forget {
		s.Forget()
	}
	return s
}
