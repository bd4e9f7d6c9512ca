// Package xlsx reads an Excel workbook (.xlsx, .xlsm, .xltx: SpreadsheetML,
// ECMA-376 Part 1 §18, transitional or strict) into the common document
// model, so that a workbook of 绩效目标申报表 gives the same tables as the
// same forms in a DOCX or a text dump.
//
// What is read: the package's officeDocument relationship, accepted only
// when [Content_Types].xml gives its target a workbook content type; the
// workbook part (sheets in tab order, their state, workbookPr date1904);
// through the workbook's relationships (never by part name: real files
// start at sheet2.xml), each sheet's part, the shared string table and the
// styles (number formats only). Comments, drawings, defined names and the
// declared dimension are not read. A legacy .xls (BIFF in an OLE file, see
// IsXLS) and a binary .xlsb are refused by name.
//
// The canonical text (see package document) holds, for each visible
// worksheet in tab order:
//
//   - the sheet's name as a paragraph (Locator{Sheet});
//   - its used range as a table (Locator{Sheet, Ref: "A1:E22"}): the
//     bounding box of the cells that show text and of the merged ranges
//     anchored on them; every visible position of it is a cell, written
//     "\t" and its text, cells separated by "\n", rows by a blank line,
//     except the positions a merged range covers: the range is one cell
//     with RowSpan and ColSpan counted over visible rows and columns, on its
//     first visible position, with its anchor's text and address;
//   - blocks separated as the DOCX reader separates them ("\n" after a
//     paragraph, two blank lines after a table).
//
// Every cell keeps Locator{Sheet, Ref: "B6"}, and its Span points at its
// text in the canonical text. A cell's text is what Excel shows:
//
//   - shared and inline strings with their rich text runs joined, phonetic
//     runs left out, _xHHHH_ escapes decoded (_x000D_ is a carriage return);
//   - numbers through their number format, exactly (decimal arithmetic on
//     the digits written, no float64): 13000000 with format 40 is
//     "13,000,000.00", 0.9215 with "0.00%" is "92.15%", 179.52 with
//     G/通用格式"万元" is "179.52万元"; General shows up to 15 significant
//     digits; locale-dependent built-in formats take their zh-CN codes
//     (14 is yyyy/m/d); see format for the codes understood;
//   - dates and times from serials in the 1900 system (with its 29 February
//     1900) or the 1904 one: 45000 with format 14 is "2023/3/15";
//   - booleans as TRUE and FALSE, errors as written (#DIV/0!), formulas by
//     their cached value, ISO dates (t="d") through their date format.
//
// Text is normalized as it is written: "\r\n" and "\r" become "\n" (a
// multi-line cell stays one cell), a TAB or another control character a
// space, full-width digits ASCII digits (document.Canon); cells are trimmed
// of white space, U+3000 included.
//
// Warnings (document.Warning, code "xlsx.…") say what was not read or not
// shown: hidden and very hidden sheets (xlsx.hidden_sheet), hidden rows and
// columns of a used range (xlsx.hidden_rows, xlsx.hidden_columns), chart and
// dialog sheets (xlsx.not_worksheet), a covered cell whose text differs from
// its merge's anchor (xlsx.covered_text: Excel does not show it; WPS repeats
// the anchor's text in covered cells, which is not warned of), overlapping
// merges and cells written twice.
//
// Errors: a workbook whose parts refer to what it lacks (a sheet without
// its relationship or part, a sheet pointing back at the workbook or at
// another sheet's part, a shared string index with no string, or no string
// table at all) is corrupt, not read in part: an empty cell would pass for
// a real one. Limits (Options) bound the inflated bytes, parts, entries,
// XML depth, sheets, shared strings, the grid positions of the used ranges
// (a merge over the whole sheet, or cells at A1 and XFD1048576, are refused
// before anything is allocated for the grid) and the text written (a long
// shared string repeated in many cells).
//
// # Why our own scanner, not excelize
//
// github.com/xuri/excelize/v2 (v2.11.1, BSD-3) is the library Go users reach
// for. Measured on the ten real workbooks of ../shared/realworld/xlsx, read
// one after the other in one process (valgrind --tool=cachegrind, startup
// included; go test -bench -benchmem; /usr/bin/time), with excelize's unzip
// limits set (UnzipSizeLimit 256 MiB, UnzipXMLSizeLimit 64 MiB) and only
// GetRows and GetMergeCells called, i.e. before any number formatting or
// grid building of ours:
//
//	                        this reader      excelize
//	instructions (10 files)  348 M           2,685 M  (7.7×)
//	allocations per file     13.5 k          165 k    (12×)
//	bytes allocated per file 1.8 MB          9.5 MB
//	peak RSS                 8.9 MB          18.6 MB
//
// and on the hostile fixtures of corpus/ (05x): excelize reads a workbook
// whose shared string table is missing, or whose sheet relationship points
// back at the workbook, without an error (empty or partial sheets, passed
// off as complete); it takes 392 MB and 10.6 s over 10^6 shared strings and
// 119 MB to return the 1,048,576 rows between A1 and XFD1048576. This
// reader refuses each with a reason in under a millisecond. It also
// decides what "as displayed" means for Chinese workbooks (zh-CN built-in
// formats, G/通用格式) and keeps numbers exact, where excelize formats
// through float64. So the reader uses the guarded zip and the streaming
// XML scanner it shares with extract/docx (extract/internal/ooxml), and no
// dependency.
package xlsx
