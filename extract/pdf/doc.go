// Package pdf reads a PDF's text layer into the common document model, so
// that a PDF, the DOCX it was made from and their text dumps give the same
// report.
//
// # Engine
//
// The text layer is read with PDFium compiled to WebAssembly and run by
// wazero (github.com/klippa-app/go-pdfium in its WebAssembly mode): pure Go,
// no cgo, no file system, no network. Compiling the 6 MB module takes 7–9 s
// of CPU, so the compiled code is kept in wazero's compilation cache, by
// default in os.UserCacheDir()/jixiao/pdfium (about 22 MB for each wazero
// version, under a "wazero-VERSION-ARCH-OS" folder); later processes load it
// in well under a second. Options.CacheDir moves it or ("-") turns it off;
// a folder that cannot be made means no cache, silently. A process keeps
// one PDFium instance per worker (Options.Workers, GOMAXPROCS by default)
// and reuses it for document after document; Read is safe to call from
// many goroutines, which wait for a free instance.
//
// # What is read
//
// From each page: its characters (Unicode, box, baseline) and its ruling
// lines (thin filled rectangles, and the straight strokes of stroked paths,
// through form XObjects). Everything else (images, colours, annotations,
// form fields) is not read. The page as displayed is the frame: /Rotate is
// applied, and a page whose text mostly runs at a quarter turn (a table set
// sideways on a portrait page) is turned so that its text reads left to
// right; characters more than 10° off that turn (watermarks, stamps) are
// left out, and a character drawn twice at nearly one place (fake bold) is
// read once. Look-alike code points some fonts map ideographs to (Kangxi
// radicals such as ⼀ for 一, compatibility ideographs) are read as the
// ideographs. Boxes in locators are in points on the page as displayed,
// origin top left.
//
// # Layout
//
// The canonical text is laid out as the DOCX reader lays it out (see
// package document): a paragraph is one line, a table is rows of "\t"-led
// cells separated by blank lines. It is built from positions only:
//
//   - Lines: characters whose baselines are close; a space where the page
//     has a space glyph or a word gap, none for the quarter em word
//     processors set between "2023" and "年"; a line is cut into segments
//     at gaps wider than its height ("编制部门：某局      单位：万元" gives
//     two paragraphs), unless every segment would be one character (the
//     letter-spaced "目    录").
//   - Ruled tables ("lattice"): rules that meet form a grid; neighbouring
//     grid units with no rule between them are one cell, whose row and
//     column spans say the merge; a cell's lines are joined when one reaches
//     the cell's edge (wrapped), kept on lines of their own when not
//     ("项目\n（万元）"); a place merged down from the row above is written
//     as an empty "\t" line, like the DOCX reader. A table at the foot of a
//     page goes on in a table at the head of the next with the same outer
//     edges and column lines (one part's lines among the other's); header
//     rows the continuation repeats are not rows again but page furniture.
//   - Aligned tables ("stream"): three or more lines each cut into two or
//     more segments at line spacing, columns the union of the segments'
//     extents; a line of one segment inside is a wrapped cell. A line with
//     "单位：" is never a row: the unit line stays a paragraph above its
//     table.
//   - Columns: a strip in the middle of the page that wide lines keep off
//     splits it into two columns, read left then right, band by band
//     between the lines that cross it.
//   - Furniture: lines at the top (8%) or bottom (10%) of a page, first or
//     last there, that read as a page number ("3", "- 3 -", "第 3 页",
//     "3/10") or repeat, digits aside, on three pages and a third of them.
//     They stay in the text (so nothing written is lost) as
//     Document.Pages[i].Furniture spans, never in a paragraph or a table.
//   - Paragraphs: a line joins the one above when that one reaches the
//     right margin (which at least two lines share), this one is not
//     indented, both are the same size and the spacing is that of lines; a
//     full last line ending a sentence is kept off a line that starts with
//     an outline marker (一、 （一） 1. 附件2 第一部分). So a heading is a
//     paragraph of its own and a wrapped line that starts with "2.5万元" is
//     not. Paragraphs go on over column and page breaks the same way; a
//     block continued on the next page is written whole where it starts and
//     the page break's furniture after it.
//
// # Refusals
//
// Read refuses with a *document.Error: an empty file or one with no page
// (document.ErrEmpty); no "%PDF-" in the first KiB, or a file PDFium cannot
// open (document.ErrCorrupt); a PDF that needs a password to open
// (ErrEncrypted; an owner password that only restricts printing or copying
// is no reason, such a file is read); no text on any page, or no text layer
// on most pages ("no text layer on pages 1–12; OCR is not supported",
// ErrNoText); a text layer without Unicode on every page (ErrGarbled);
// and the limits of Options (document.ErrLimit: bytes, pages, objects and
// characters of a page, the memory of the PDFium instance; document.ErrTimeout).
// A page without a text layer among pages with one (a scanned cover) is
// read as nothing with a "pdf.no_text_page" warning; a page whose glyphs
// mostly have no Unicode (fonts without a ToUnicode map) is dropped with a
// "pdf.garbled_page" warning rather than read as mojibake; a blank page is
// neither.
//
// Time is checked between calls into PDFium; a call that does not return
// (a hostile content stream) is abandoned when the time is up: Read
// returns document.ErrTimeout and the instance is thrown away when the call
// ends. wazero could interrupt the call itself (CloseOnContextDone), but
// that made reading 4–5 times slower.
package pdf
