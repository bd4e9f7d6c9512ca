// Package text reads plain-text reports, such as the text dumps of DOCX files
// that circulate alongside the originals, into a document.Document: the
// canonical text, its paragraphs, and the tables recovered from the
// TAB-per-cell dump format. Read is the entry point.
//
// # Decoding
//
// The bytes are decoded once, at the front door, and no later stage sees
// anything but the canonical text. Accepted encodings, in the order they are
// tried, with the name Read stores in Document.Encoding:
//
//   - a UTF-8 byte order mark: UTF-8 ("utf-8-bom");
//   - a UTF-16 byte order mark: UTF-16 little- or big-endian ("utf-16le",
//     "utf-16be");
//   - no mark but NUL bytes laid out like UTF-16 text (mostly ASCII or CJK
//     code units, every code unit decoding to a plausible character): UTF-16
//     without a mark ("utf-16le", "utf-16be");
//   - valid UTF-8: UTF-8 ("utf-8");
//   - anything else that is well-formed GB18030 (a superset of GBK and
//     GB2312): GB18030 ("gb18030").
//
// Input that is none of these is refused with document.ErrBinary, naming the
// offset of the first offending byte when it is known: NUL and other C0
// control bytes (TAB, LF, CR, FF and VT are text), DEL, malformed GB18030,
// GB18030 that decodes to replacement characters or to more private-use
// characters than real text holds (the sign of binary bytes that happen to be
// well-formed), unpaired UTF-16 surrogates, and odd-length UTF-16. Input that
// decodes to nothing but white space (including a lone byte order mark) is
// refused with document.ErrEmpty. Both are wrapped in a *document.Error.
//
// The encoding leaves no other trace: the same report saved as UTF-8, UTF-8
// with a mark, GB18030 or UTF-16, with LF or CRLF line ends, gives the same
// Document apart from Encoding, warnings included.
//
// # Canonical text
//
// The decoded text is rewritten into the canonical text that every span
// points into:
//
//   - "\r\n" and a lone "\r" become "\n";
//   - the byte order mark is dropped;
//   - the reader artefact "[bookmark: NAME]" is removed: from "[bookmark: " up
//     to the next "]" on the same line ("\t[bookmark: _GoBack]名称" becomes
//     "\t名称"); an unclosed marker is left as it is;
//   - document.Canon is applied (full-width digits become ASCII digits).
//
// # Lines
//
// The canonical text is read line by line. A line is blank when it is empty
// or holds only ASCII spaces; a TAB line starts with a TAB; every other line
// is a text line. A text line of only white space such as U+3000 is not blank:
// Word pads cells with ideographic spaces, and such a line belongs to the cell
// it follows.
//
// Outside a table, every text line that is not white space is one Paragraph,
// its text and span trimmed of white space (cjk.IsSpace, which counts
// U+3000). Blank lines make no block.
//
// # Tables
//
// A TAB line starts a table. The dump writes each cell as a TAB followed by
// the cell's text, one line per cell paragraph, and separates rows by a blank
// line (→ stands for TAB):
//
//	→编制数          row 1, cell 1
//	→控制率          row 1, cell 2
//	                 blank: next row
//	→8               row 2, cell 1
//	→100%            row 2, cell 2
//
// Inside a table, what follows a cell line decides:
//
//   - a TAB line starts the next cell of the same row;
//   - a text line continues the cell: "→年度预\n算申请\n（万元）" is one cell
//     whose text keeps its newlines, and so is the vertical "→绩\n效\n指\n标";
//   - one blank line followed by a text line also continues the cell (a blank
//     paragraph inside it): "→产出指标\n\n(40分)" is one cell;
//   - one or more blank lines followed by a TAB line end the row; the TAB line
//     starts the next row;
//   - two or more blank lines followed by a text line, or the end of the
//     text, end the table. The blank lines make no block and the text line is
//     read as outside a table.
//
// A cell's Text is its lines trimmed of surrounding white space, and equals
// the canonical text at its Span: "→   1、公务用车购置和维护经费" has the text
// "1、公务用车购置和维护经费" and the span of exactly those bytes. A cell of
// only spaces or U+3000 is empty: Text "" and an empty span just after its
// TAB. Cells are numbered by their index in the row (Col); a text dump has no
// merges, so RowSpan and ColSpan are 1. Rows keep the width the dump gives
// them: no cell is invented or dropped. A row's Span runs from the TAB that
// starts it to the end of its last line; a table's Span covers its rows.
//
// A table of one row holding one cell is not a table but an indented line: its
// lines are read as paragraphs.
//
// # Rows split by an empty paragraph
//
// A cell that ends in an empty paragraph writes a blank line of its own, so
// "blank line, then TAB line" is ambiguous: a row break, or the next cell of
// the same row after a cell that ended in an empty paragraph. Read settles it
// with the table's dominant width: the most common row width when every such
// boundary is read as a row break (ties go to the wider width). Going down the
// table, a row narrower than the dominant width is joined with the row after
// it when their widths add up to exactly the dominant width, unless either
// of the two is as wide as its other neighbour: such a row is a row of its
// own (an 8-cell funds row followed by three 3-cell goal rows in an
// 11-column table stays apart). Joins are
// pairwise, never chained, so a run of narrow rows (three rows of three
// cells in a nine-column table) stays as it is. Each join is reported with a
// warning "text.table_rows_joined" whose span is the joined row. In this
// table of dominant width 3,
//
//	→绩
//	效
//	                 blank: ambiguous
//	→一级指标
//	→二级指标
//	                 blank: ambiguous
//	→产出
//	→数量
//	→20
//
// the rows read 1, 2 and 3 cells wide; 1+2 = 3, so the first two are one row
// of 3 cells: "绩\n效", "一级指标", "二级指标".
//
// # TAB-separated rows
//
// Other converters write a table one row per line, its cells separated by
// TABs. A row line holds a TAB after its first byte, or two TABs ("\t8\t8"
// is a row whose first cell is empty); a line that only starts with a TAB is
// a cell of the dump above. Two row lines in a row start such a table; each
// following row line is a row, and any other line, a blank one included,
// ends it. Every field between TABs is a cell, trimmed of white space, an
// empty field an empty cell ("a\tb\t" is three cells). One line with a TAB
// inside and no row line next to it stays a paragraph.
//
//	编制数→实有→控制率      row 1: 编制数, 实有, 控制率
//	→8→100%→                 row 2: "", 8, 100%, ""
package text
