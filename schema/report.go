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
type Report struct {
	SchemaVersion string    `json:"schema_version"`
	Source        Source    `json:"source"`
	Kind          string    `json:"kind"`
	Title         string    `json:"title"`
	Unit          string    `json:"unit"`
	FiscalYear    int       `json:"fiscal_year,omitempty"`
	Sections      []Section `json:"sections"`
	Annexes       []Annex   `json:"annexes"`
	Tables        []Table   `json:"tables"`
	Values        []Value   `json:"values"`
	Facts         *Facts    `json:"facts"`
	Checks        []Check   `json:"checks"`
	Warnings      []Warning `json:"warnings"`
}

// Source describes the input file.
type Source struct {
	Path     string `json:"path"`
	Format   string `json:"format"`
	Encoding string `json:"encoding,omitempty"`
	SHA256   string `json:"sha256"`
	Bytes    int64  `json:"bytes"`
}

// Span is a range of byte offsets into the canonical text (`jixiao text`
// prints it) and the 1-based line where it starts.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
	Line  int `json:"line"`
}

// Section is a numbered heading of the narrative with its body and its
// sub-sections. Text is the body without the children; Span covers the whole
// section, heading and children included; TitleSpan covers the title.
type Section struct {
	Marker    string    `json:"marker"`
	Ordinal   int       `json:"ordinal"`
	Level     int       `json:"level"`
	Title     string    `json:"title"`
	Text      string    `json:"text"`
	Span      Span      `json:"span"`
	TitleSpan Span      `json:"title_span"`
	Children  []Section `json:"children"`
}

// Annex is an attachment ("附件2") of the report: its title and the tables
// it holds, as indexes into Report.Tables.
type Annex struct {
	Marker  string `json:"marker"`
	Ordinal int    `json:"ordinal"`
	Title   string `json:"title"`
	Span    Span   `json:"span"`
	Tables  []int  `json:"tables"`
}

// Table is a table as read: rows of cells, merges explicit on the anchor
// cell. Annex is the ordinal of the annex holding it, 0 for the body.
type Table struct {
	Index int      `json:"index"`
	Annex int      `json:"annex,omitempty"`
	Span  Span     `json:"span"`
	Rows  [][]Cell `json:"rows"`
}

// Cell is one table cell.
type Cell struct {
	Text    string  `json:"text"`
	RowSpan int     `json:"row_span"`
	ColSpan int     `json:"col_span"`
	Span    Span    `json:"span"`
	Nested  []Table `json:"nested,omitempty"`
}

// Warning says what was repaired, guessed or could not be read.
type Warning struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Span    Span   `json:"span"`
}
