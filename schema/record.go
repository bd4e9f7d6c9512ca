package schema

// Every line of jixiao's JSONL output (and every object of its JSON output)
// is one record: a Report, an ErrorRecord for an input that gave no report,
// or a SkipRecord for an input that was not read as a report. Each starts
// with its producer and names its source, so that one JSON Schema
// (JSONSchema: one of the three) validates every line, and --resume and
// analysts can tell them apart by one key: schema_version, error or
// skipped.

// ErrorRecord is written in place of a report for an input that could not
// be read.
// ErrorRecord 是无法读取的输入文件的记录，代替报告写出。
type ErrorRecord struct {
	// Producer names the program that wrote the record.
	// Producer 标明写出该记录的程序。
	Producer *Producer `json:"producer,omitempty"`
	// Source describes the input file; its sha256 is empty when the file
	// could not be read at all.
	// Source 描述输入文件；文件完全无法读取时 sha256 为空。
	Source Source `json:"source"`
	// Error says what was wrong.
	// Error 说明出了什么问题。
	Error ErrorInfo `json:"error"`
}

// ErrorInfo is what was wrong with an input.
// ErrorInfo 说明输入文件的问题。
type ErrorInfo struct {
	// Code is the error's stable code: empty, binary, corrupt, not_docx,
	// invalid_xml, limit, timeout, unsupported_format, read, special,
	// internal and others.
	// Code 是稳定的错误类别：empty、binary、corrupt、not_docx、invalid_xml、limit、
	// timeout、unsupported_format、read、special、internal 等。
	Code string `json:"code"`
	// Message is the error as printed: "path:line:col: message".
	// Message 是错误信息全文（"路径:行:列: 说明"）。
	Message string `json:"message"`
	// Position is where in the input the error is, when known.
	// Position 是错误在输入中的位置（已知时）。
	Position *ErrorPosition `json:"position,omitempty"`
}

// ErrorPosition is where an error is in the input.
// ErrorPosition 是错误在输入中的位置。
type ErrorPosition struct {
	// Offset is the byte offset, in the file or in the container part;
	// -1 when only the line is known.
	// Offset 是字节偏移（文件内或容器部件内）；仅知行号时为 -1。
	Offset int `json:"offset"`
	// Line is the 1-based line, when known.
	// Line 是行号（从 1 开始，已知时）。
	Line int `json:"line,omitempty"`
	// Column is the 1-based column in runes, when known.
	// Column 是列号（按字符计，从 1 开始，已知时）。
	Column int `json:"column,omitempty"`
	// Part is the container part ("word/document.xml"), for packages.
	// Part 是容器部件名（如 "word/document.xml"），用于压缩包格式。
	Part string `json:"part,omitempty"`
}

// SkipRecord is written in place of a report for an input met in a folder
// walk or a --files-from list that was not read as a report: a format
// jixiao does not read, debris, a file that is not a report, an earlier
// output of jixiao, a special file.
// SkipRecord 是遍历目录或 --files-from 列表时跳过的输入文件的记录，代替报告写出：
// 不支持的格式、残留文件、非报告文件、jixiao 此前的输出、特殊文件。
type SkipRecord struct {
	// Producer names the program that wrote the record.
	// Producer 标明写出该记录的程序。
	Producer *Producer `json:"producer,omitempty"`
	// Source describes the input file.
	// Source 描述输入文件。
	Source Source `json:"source"`
	// Skipped says why the file was not read as a report.
	// Skipped 说明该文件为何未作为报告读取。
	Skipped SkipInfo `json:"skipped"`
}

// SkipInfo says why a file was skipped.
// SkipInfo 说明文件被跳过的原因。
type SkipInfo struct {
	// Code is the kind of skip: unsupported_format, debris, not_a_report,
	// jixiao_output or special.
	// Code 是跳过类别：unsupported_format（不支持的格式）、debris（残留文件）、
	// not_a_report（非报告）、jixiao_output（jixiao 的输出）或 special（特殊文件）。
	Code string `json:"code,omitempty"`
	// Format is what the file is: "png", "xlsx", "lock_file", "empty",
	// "broken_link", "fifo" and others.
	// Format 是文件类型："png"、"xlsx"、"lock_file"、"empty"、"broken_link"、"fifo" 等。
	Format string `json:"format"`
	// Reason says why, in a sentence.
	// Reason 用一句话说明原因。
	Reason string `json:"reason"`
}

// The codes of SkipInfo.
const (
	SkipUnsupported = "unsupported_format" // a format jixiao does not read (images, .pptx, .xls …)
	SkipDebris      = "debris"             // Office lock files, Thumbs.db, desktop.ini, .DS_Store, broken links, empty files
	SkipNotReport   = "not_a_report"       // read, but nothing of a report in it
	SkipOutput      = "jixiao_output"      // a JSON, JSONL or CSV file jixiao wrote
	SkipSpecial     = "special"            // a FIFO, device or socket
)
