// Package doc reads a Word 97–2003 binary document (.doc, and the .wps
// that WPS Office writes, which is the same format) into the common
// document model, so that a report kept as .doc gives the same report as
// its DOCX or its text dump. The format is [MS-DOC]; section numbers below
// are its.
//
// # Container
//
// The file is an OLE compound file, read with github.com/richardlehane/mscfb.
// Only three streams are read, each whole and under a limit: WordDocument,
// and the table stream (0Table or 1Table) its FIB names. A stream that
// declares more bytes than the file has (possible only through a loop in
// its sector chain) is refused. A compound file without a WordDocument
// stream is refused, naming what it is when its streams tell: a legacy
// Excel workbook (Workbook or Book), a PowerPoint presentation, an
// encrypted Office Open XML package (EncryptionInfo, EncryptedPackage), a
// Microsoft Works document (CONTENTS: another format that also uses the
// .wps extension).
//
// # Text
//
// The FIB (§2.5.1) gives the table stream, the number of characters of the
// main document (ccpText) and where the piece table (CLX, §2.9.38) and the
// paragraphs' bin table (PlcBtePapx, §2.8.6) lie. Refused with reasons: a
// Word 6.0/95 file, an encrypted or XOR-obfuscated one (ErrEncrypted), a
// piece table that points outside the WordDocument stream or does not cover
// the main document (document.ErrCorrupt). A fast-saved document (fComplex)
// is read like any other: its text is where the piece table says, which is
// what a fast save relies on; of the pieces' property modifiers, those kept
// in the CLX (Prm with fComplex) are applied to paragraph marks.
//
// The main document's characters are read piece by piece: 8-bit
// ("compressed") pieces as Windows-1252 (§2.4.1), the others as UTF-16LE,
// surrogate pairs joined. Then:
//
//   - 0x0D ends a paragraph, 0x07 a table cell or row, 0x0C (page or
//     section break) a paragraph; 0x0B (line break) is "\n" inside its
//     paragraph, a TAB is a space, 0x1E (non-breaking hyphen) "-";
//   - of a field (0x13 code 0x14 result 0x15) only the result is kept; a
//     field without a separator shows nothing; marks inside a field are
//     kept, so a broken field cannot swallow the document;
//   - other control characters (pictures, footnote references, drawn
//     objects, the optional hyphen) are dropped; full-width digits become
//     ASCII digits (document.Canon);
//   - automatic numbering is drawn as Word draws it, and written before the
//     paragraph's text ("一、", "（一）", "1."), as the DOCX reader does: a
//     paragraph's list override and level (sprmPIlfo, sprmPIlvl, in its
//     PAPX or its paragraph style's) pick a list of PlfLst (§2.8.25)
//     through PlfLfo, whose level
//     gives the start, the number format (MSONFC, the order of ECMA-376's
//     ST_NumberFormat: chineseCounting, decimal, …) and the number text; a
//     space follows when the level says so, nothing for a TAB.
//
// # Tables
//
// A paragraph's properties are those of its paragraph style (the STSH,
// §2.9.271, base styles first), then those of its PAPX (FKP pages,
// §2.9.182). Headings styled with an outline level get it as
// Paragraph.Outline. Of the properties, tables use these: in a
// table (sprmPFInTable) at depth itap (sprmPItap, sprmPDtap); a 0x07 at
// depth 1 ends a cell, or the row when its paragraph is a table
// terminating paragraph (sprmPFTtp); deeper, sprmPFInnerTableCell and
// sprmPFInnerTtp mark cell and row ends. The row's TDefTable
// (sprmTDefTable, §2.9.328) gives the cell boundaries and merge flags,
// sprmTVertMerge overrides the latter. The grid's columns are the union of
// the boundaries of all the table's rows, so a cell's Col and ColSpan come
// from where it stands; a cell merged into the one before it (horzMerge)
// widens that one; a cell continuing a vertical merge (vertMerge) gives its
// anchor one more row and is written as an empty "\t" line, as the DOCX
// reader writes one. Nested tables are flattened into their cell's text,
// one line per nested cell, and kept in Cell.Nested.
//
// The canonical text follows package document's layout, as the DOCX reader
// writes it: a body paragraph per line (empty paragraphs are empty lines,
// not blocks), a table's rows as "\t"-led cells separated by blank lines,
// two blank lines after a table. Paragraph, table and cell Locators carry
// Part "WordDocument" and their indexes.
package doc

import (
	"github.com/jixiao-dev/jixiao/extract/document"
)

// Default limits. A real report is far below each of them.
const (
	DefaultMaxStream = 128 << 20
	DefaultMaxChars  = 16 << 20
)

// Options are the reader's safety limits. A field that is zero or negative
// takes its default.
type Options struct {
	// MaxStream caps the size of each stream read. Default 128 MiB.
	MaxStream int
	// MaxChars caps the characters of the main document. Default 16 Mi.
	MaxChars int
}

func (o Options) withDefaults() Options {
	document.SetDefault(&o.MaxStream, DefaultMaxStream)
	document.SetDefault(&o.MaxChars, DefaultMaxChars)
	return o
}

// Read reads a Word 97–2003 document into the common Document model
// (Format "doc"). Errors are *document.Error values wrapping ErrEncrypted,
// document.ErrUnsupported (another format in an OLE file, Word 6.0/95),
// document.ErrCorrupt (a damaged container or WordDocument stream),
// document.ErrLimit or document.ErrEmpty. Read never panics and is safe for
// concurrent use.
func Read(data []byte, opts Options) (*document.Document, error) {
	opts = opts.withDefaults()
	if len(data) == 0 {
		return nil, document.Errorf(document.ErrEmpty, -1, "file is empty")
	}
	s, err := openOLE(data, opts)
	if err != nil {
		return nil, err
	}
	f, err := parseFIB(s.word)
	if err != nil {
		return nil, err
	}
	table, ok := s.table[f.table]
	if !ok {
		return nil, corrupt("the FIB names the table stream %s, which the file does not have", f.table)
	}
	c, err := parseCLX(table, f.fcClx, f.lcbClx, len(s.word))
	if err != nil {
		return nil, err
	}
	chars, owner, err := mainText(s.word, c, f.ccpText, opts.MaxChars)
	if err != nil {
		return nil, err
	}
	sp := &splitter{chars: chars, owner: owner, pieces: c.pieces, clx: c, papx: newPapx(s.word, table, s.data, f.fcBtePapx, f.lcbBtePapx),
		lists:  parseNumbering(table, f.fcPlfLst, f.lcbPlfLst, f.fcPlfLfo, f.lcbPlfLfo),
		styles: parseStyles(table, f.fcStshf, f.lcbStshf)}
	o := &out{buf: make([]byte, 0, 3*len(chars))}
	o.body(sp.split())
	if len(o.blocks) == 0 {
		return nil, document.Errorf(document.ErrEmpty, -1, "the document has no text")
	}
	doc := &document.Document{Text: string(o.buf), Blocks: o.blocks, Format: "doc"}
	if f.complex {
		doc.Warnings = append(doc.Warnings, document.Warning{Code: "doc.fast_saved", Message: "the document was fast-saved; its text is read through the piece table", Span: document.Span{Line: 1}})
	}
	document.FillText(doc)
	return doc, nil
}
