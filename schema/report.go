// Package schema holds jixiao's output types: the JSON contract that users and
// downstream analytics rely on (schema_version "1"), and nothing else. It
// imports no other package of the project.
//
// Keys are fixed once published; new keys may be added. Numbers that carry
// money or measurements are Decimal: exact decimal text written as a JSON
// number, never a binary float.
package schema

// Version is the schema_version of the reports this package describes. A
// breaking change to any type here bumps it.
const Version = "1"

// Report is the result for one input file.
// Report 是一个输入文件的提取结果。
type Report struct {
	// Producer names the program that wrote the record; jixiao's command
	// line sets it on every record it writes, the library leaves it out.
	// It comes first, so that the start of a file tells whose output it is.
	// Producer 标明写出该记录的程序；jixiao 命令行在其写出的每条记录中填写，库函数不填写。
	// 它位于最前，读取文件开头即可判断是谁的输出。
	Producer *Producer `json:"producer,omitempty"`
	// SchemaVersion is the version of this contract, "1"; a breaking
	// change bumps it.
	// SchemaVersion 是本输出格式的版本号 "1"；不兼容的变更会使其递增。
	SchemaVersion string `json:"schema_version"`
	// Source describes the input file.
	// Source 描述输入文件。
	Source Source `json:"source"`
	// Kind is the report kind: "department_overall" (部门整体支出绩效自评报告),
	// "project" (项目支出绩效自评表) or "unknown".
	// Kind 是报告类型："department_overall"（部门整体支出绩效自评报告）、
	// "project"（项目支出绩效自评表）或 "unknown"（未识别）。
	Kind string `json:"kind"`
	// Title is the report's title as written.
	// Title 是报告标题（原文）。
	Title string `json:"title"`
	// Unit is the reporting unit (部门（单位）名称), empty when not found.
	// Unit 是报告单位（部门（单位）名称），未识别时为空。
	Unit string `json:"unit"`
	// FiscalYear is the year evaluated (2023 for a 2023年度 report); absent
	// when not found.
	// FiscalYear 是被评价的年度（如 2023年度 为 2023）；未识别时省略。
	FiscalYear int `json:"fiscal_year,omitempty"`
	// Sections are the numbered sections of the narrative, nested by level.
	// Sections 是正文的编号章节，按层级嵌套。
	Sections []Section `json:"sections"`
	// Annexes are the attachments (附件1, 附件2 …) in order.
	// Annexes 是各附件（附件1、附件2……），按顺序。
	Annexes []Annex `json:"annexes"`
	// Tables are every table of the document as read, in order.
	// Tables 是文档中的全部表格（按读取原样），按顺序。
	Tables []Table `json:"tables"`
	// Values are every amount, percent, quantity, count, date and period
	// found in the text, in text order.
	// Values 是文中找到的全部金额、百分比、数量、计数、日期与期间，按原文顺序。
	Values []Value `json:"values"`
	// Facts are the typed fields of the report kind; null for an unknown
	// kind.
	// Facts 是该类报告的结构化字段；类型未识别时为 null。
	Facts *Facts `json:"facts"`
	// Checks are the consistency checks run on the facts, pass or not.
	// Checks 是对结构化字段所做的一致性校验（无论是否通过）。
	Checks []Check `json:"checks"`
	// Warnings say what was repaired, guessed or could not be read.
	// Warnings 说明哪些内容被修复、推断或无法读取。
	Warnings []Warning `json:"warnings"`
	// TOC are the entries of the table of contents (目录), kept out of the
	// section tree; absent when the document has none.
	// TOC 是目录中的各条目（不计入章节树）；文档无目录时省略。
	TOC []TOCEntry `json:"toc,omitempty"`
	// Pages are the pages of a paged source (PDF, or text with form feeds)
	// with their spans, so that any span can be placed on its page; absent
	// for sources without pages.
	// Pages 是分页来源（PDF，或含换页符的文本）的各页及其位置，任何位置都可据此找到所在页；
	// 无分页的来源省略。
	Pages []Page `json:"pages,omitempty"`
}

// Producer is the program that wrote a record, and its version.
// Producer 是写出记录的程序及其版本。
type Producer struct {
	// Name is "jixiao".
	// Name 为 "jixiao"。
	Name string `json:"name"`
	// Version is the program's version as built: "v1.2.0", a
	// pseudo-version for a build from a checkout, or "(devel)".
	// Version 是程序构建时的版本："v1.2.0"，从源码检出构建时为伪版本，或 "(devel)"。
	Version string `json:"version"`
}

// Source describes the input file.
// Source 描述输入文件。
type Source struct {
	// Path is the input's path as given, with forward slashes ("-" for
	// standard input).
	// Path 是输入文件路径（使用正斜杠；标准输入为 "-"）。
	Path string `json:"path"`
	// Format is the format sniffed from the content: "text", "docx",
	// "pdf", "xlsx", "html", "markdown" or "doc".
	// Format 是按内容识别的格式："text"、"docx"、"pdf"、"xlsx"、"html"、"markdown" 或 "doc"。
	Format string `json:"format"`
	// Encoding is the text encoding the input was decoded from (UTF-8,
	// GB18030, UTF-16LE …), for text inputs.
	// Encoding 是文本输入的原始编码（UTF-8、GB18030、UTF-16LE 等）。
	Encoding string `json:"encoding,omitempty"`
	// SHA256 is the hex SHA-256 digest of the input's bytes; with the path
	// it identifies the record (report_id of the flat tables), so that
	// byte-identical files under two paths are two records.
	// SHA256 是输入文件字节的 SHA-256 十六进制摘要；与路径一起标识记录（扁平表的 report_id），
	// 因此不同路径下内容相同的文件是两条记录。
	SHA256 string `json:"sha256"`
	// Bytes is the input's size in bytes.
	// Bytes 是输入文件的字节数。
	Bytes int64 `json:"bytes"`
}

// Span is a range of byte offsets into the canonical text (`jixiao text`
// prints it) and the 1-based line where it starts.
// Span 是规范文本（`jixiao text` 输出）中的字节偏移区间及其起始行号（从 1 开始）。
type Span struct {
	// Start is the byte offset where the range starts.
	// Start 是起始字节偏移。
	Start int `json:"start"`
	// End is the byte offset just past the range.
	// End 是结束字节偏移（不含）。
	End int `json:"end"`
	// Line is the 1-based line where the range starts.
	// Line 是起始行号（从 1 开始）。
	Line int `json:"line"`
}

// Section is a numbered heading of the narrative with its body and its
// sub-sections. Text is the body without the children; Span covers the whole
// section, heading and children included; TitleSpan covers the title.
// Section 是正文中的一个编号标题及其正文与下级章节。Text 不含下级章节；Span 覆盖整节
// （含标题与下级章节）；TitleSpan 覆盖标题。
type Section struct {
	// Marker is the heading's marker as written ("一、", "（一）", "1.").
	// Marker 是标题编号（原文），如“一、”“（一）”“1.”。
	Marker string `json:"marker"`
	// Ordinal is the number the marker stands for (1 for 一、 and （一）).
	// Ordinal 是编号代表的序数（“一、”“（一）”均为 1）。
	Ordinal int `json:"ordinal"`
	// Level is the nesting level, 1 for 一、 headings.
	// Level 是层级，“一、”类标题为 1。
	Level int `json:"level"`
	// Title is the heading's title without its marker.
	// Title 是不含编号的标题。
	Title string `json:"title"`
	// Text is the body of the section without its sub-sections.
	// Text 是本节正文（不含下级章节）。
	Text string `json:"text"`
	// Span covers the whole section, heading and sub-sections included.
	// Span 是整节（含标题与下级章节）的位置。
	Span Span `json:"span"`
	// TitleSpan covers the title.
	// TitleSpan 是标题的位置。
	TitleSpan Span `json:"title_span"`
	// Children are the sub-sections.
	// Children 是下级章节。
	Children []Section `json:"children"`
}

// Annex is an attachment ("附件2") of the report: its title and the tables
// it holds, as indexes into Report.Tables.
// Annex 是报告的附件（如“附件2”）：其标题及所含表格（Report.Tables 的下标）。
type Annex struct {
	// Marker is the annex marker as written ("附件2").
	// Marker 是附件编号（原文），如“附件2”。
	Marker string `json:"marker"`
	// Ordinal is the annex number (2 for 附件2).
	// Ordinal 是附件序号（附件2 为 2）。
	Ordinal int `json:"ordinal"`
	// Title is the annex's title.
	// Title 是附件标题。
	Title string `json:"title"`
	// Span covers the whole annex.
	// Span 是整个附件的位置。
	Span Span `json:"span"`
	// Tables are the indexes into Report.Tables of the annex's tables.
	// Tables 是该附件所含表格在 Report.Tables 中的下标。
	Tables []int `json:"tables"`
}

// Table is a table as read: rows of cells, merges explicit on the anchor
// cell. Annex is the ordinal of the annex holding it, 0 for the body.
// Table 是按读取原样给出的表格：各行单元格，合并单元格在左上角单元格上显式给出。
// Annex 为所在附件序号，正文中的表格为 0。
type Table struct {
	// Index is the table's index in Report.Tables.
	// Index 是该表在 Report.Tables 中的下标。
	Index int `json:"index"`
	// Annex is the ordinal of the annex holding the table, absent for the body.
	// Annex 是表格所在附件的序号；位于正文时省略。
	Annex int `json:"annex,omitempty"`
	// Span covers the whole table.
	// Span 是整张表的位置。
	Span Span `json:"span"`
	// Rows are the table's rows of cells; a merged cell is written once, on
	// its anchor, with its spans.
	// Rows 是各行单元格；合并单元格只在左上角单元格出现一次，并给出跨行跨列数。
	Rows [][]Cell `json:"rows"`
}

// Cell is one table cell.
// Cell 是一个表格单元格。
type Cell struct {
	// Text is the cell's text.
	// Text 是单元格文字。
	Text string `json:"text"`
	// RowSpan is the number of rows the cell covers (1 when not merged).
	// RowSpan 是单元格跨越的行数（未合并为 1）。
	RowSpan int `json:"row_span"`
	// ColSpan is the number of grid columns the cell covers (1 when not merged).
	// ColSpan 是单元格跨越的列数（未合并为 1）。
	ColSpan int `json:"col_span"`
	// Span is where the cell's text is written.
	// Span 是单元格文字的位置。
	Span Span `json:"span"`
	// Nested are tables inside the cell.
	// Nested 是单元格内嵌的表格。
	Nested []Table `json:"nested,omitempty"`
	// Loc is where the cell stands in a spreadsheet (sheet and address) or
	// on a page (page and box); absent for text and DOCX.
	// Loc 是单元格在电子表格中的位置（工作表与地址）或在页面上的位置（页码与方框）；
	// 文本与 DOCX 省略。
	Loc *Locator `json:"loc,omitempty"`
}

// Locator places a cell in its source beyond the canonical text: a
// spreadsheet cell by sheet and address, a PDF cell by page and box.
// Locator 给出单元格在来源文件中的位置：电子表格为工作表与单元格地址，PDF 为页码与方框。
type Locator struct {
	// Sheet is the name of the worksheet holding the cell.
	// Sheet 是单元格所在工作表的名称。
	Sheet string `json:"sheet,omitempty"`
	// Ref is the cell's A1 address ("B6"), the anchor of a merged range.
	// Ref 是单元格的 A1 地址（如 "B6"），合并区域取左上角单元格。
	Ref string `json:"ref,omitempty"`
	// Page is the 1-based page the cell stands on.
	// Page 是单元格所在页（从 1 开始）。
	Page int `json:"page,omitempty"`
	// Box is the cell's box on its page in points, [x0, y0, x1, y1], origin
	// at the top left of the page as displayed.
	// Box 是单元格在页面上的方框（单位：磅），[x0, y0, x1, y1]，原点为页面左上角。
	Box []Decimal `json:"box,omitempty"`
}

// TOCEntry is one line of a table of contents (目录).
// TOCEntry 是目录中的一行。
type TOCEntry struct {
	// Marker is the entry's marker as written ("一、", "第一部分"), empty
	// when it has none.
	// Marker 是条目编号（原文），无编号时为空。
	Marker string `json:"marker,omitempty"`
	// Title is the entry's title without marker, leader dots and page
	// number.
	// Title 是条目标题（不含编号、引导点与页码）。
	Title string `json:"title"`
	// Level is the entry's outline level as its marker says (0 for a part
	// such as 第一部分, 1 for 一、), absent when it has no marker.
	// Level 是按编号判断的层级（第一部分 等为 0，一、为 1）；无编号时省略。
	Level int `json:"level,omitempty"`
	// Page is the page number written after the entry, absent when none is
	// written.
	// Page 是条目后所写的页码；未写时省略。
	Page int `json:"page,omitempty"`
	// Span covers the whole entry line.
	// Span 是整条目录行的位置。
	Span Span `json:"span"`
}

// Page is one page of a paged source.
// Page 是分页来源中的一页。
type Page struct {
	// Number is the 1-based position of the page in the source.
	// Number 是该页在来源中的序号（从 1 开始）。
	Number int `json:"number"`
	// Span covers the page's text.
	// Span 是该页文字的位置。
	Span Span `json:"span"`
	// Furniture are the running headers, footers and page numbers found on
	// the page, kept out of sections and tables.
	// Furniture 是该页的页眉、页脚与页码（不计入章节与表格）。
	Furniture []Span `json:"furniture,omitempty"`
}

// Warning says what was repaired, guessed or could not be read.
// Warning 说明哪些内容被修复、推断或无法读取。
type Warning struct {
	// Code names the kind of warning ("segment.marker_repaired").
	// Code 是警告类别（如 "segment.marker_repaired"）。
	Code string `json:"code"`
	// Message says what happened, in English.
	// Message 是警告说明（英文）。
	Message string `json:"message"`
	// Span is where it happened.
	// Span 是相关位置。
	Span Span `json:"span"`
}
