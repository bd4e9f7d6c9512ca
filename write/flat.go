package write

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/jixiao-dev/jixiao/schema"
)

// The flat tables: a report as rows of fixed columns, for CSV files, SQLite
// and BI tools. Every row starts with report_id, the record's key (RecordID:
// the input's path and content together), so the tables join on it; columns keep their order once published (new columns
// are added at the end of a table). Rows are text: integers and decimals in
// their canonical decimal form, amounts in 元 as exact decimal text (never
// through float64), booleans "1" or "0"; an empty string is a value the
// report does not have (NULL in SQLite).

// ColumnType is the type of a flat-table column.
type ColumnType int

// The column types.
const (
	ColText    ColumnType = iota // text
	ColInt                       // integer
	ColDecimal                   // exact decimal (weights, scores, percents, numbers as written)
	ColYuan                      // an amount in 元, exact decimal
	ColBool                      // "1" or "0"
)

// Column is one column of a flat table.
type Column struct {
	Name string
	Type ColumnType
	Doc  string // what the column holds, in English and Chinese
}

// FlatTable is one flat table: its name, what a row is, its columns and,
// from Flatten, its rows (each as long as Columns).
type FlatTable struct {
	Name    string
	Doc     string
	Columns []Column
	Rows    [][]string
}

// FileError is a file that gave no report, for the errors table: its
// source (the sha256 is empty when the file could not be read), the error
// code and message, and the position when there is one.
type FileError struct {
	Source  schema.Source
	Code    string
	Message string
	Line    int
	Column  int
}

// FileSkip is a file skipped (a format jixiao does not read, debris, not a
// report…), for the skipped table; Code is the skip record's code.
type FileSkip struct {
	Source schema.Source
	Code   string
	Format string
	Reason string
}

// FlatTables returns the flat tables without rows, in their fixed order:
// reports, sections, values, funds, indicators, expense_control, checks,
// warnings, errors, skipped.
func FlatTables() []FlatTable {
	defs := flatDefs()
	out := make([]FlatTable, len(defs))
	for i, d := range defs {
		out[i] = FlatTable{Name: d.name, Doc: d.doc, Columns: d.cols}
	}
	return out
}

// Flatten returns the flat tables of one report, in FlatTables order; a
// table the report gives no row is present with no rows. r is not changed.
func Flatten(r *schema.Report) []FlatTable {
	out := FlatTables()
	id := RecordID(r.Source)
	loc := newLocator(r)
	out[tabReports].Rows = [][]string{reportRow(r)}
	out[tabSections].Rows = sectionRows(id, r.Sections)
	out[tabValues].Rows = valueRows(id, r.Values, loc)
	out[tabChecks].Rows = checkRows(id, r.Checks)
	out[tabWarnings].Rows = warningRows(id, r.Warnings)
	for i, ev := range evaluations(r.Facts) {
		out[tabFunds].Rows = append(out[tabFunds].Rows, fundRows(id, i, ev)...)
		out[tabIndicators].Rows = append(out[tabIndicators].Rows, indicatorRows(id, i, ev)...)
	}
	if r.Facts != nil && r.Facts.BasicData != nil {
		out[tabExpense].Rows = expenseRows(id, r.Facts.BasicData)
	}
	return out
}

// FlattenError returns the flat tables of a file that failed: one row in
// errors, none elsewhere.
func FlattenError(e FileError) []FlatTable {
	out := FlatTables()
	s := e.Source
	out[tabErrors].Rows = [][]string{{
		RecordID(s), s.Path, s.Format, itoa(int(s.Bytes)), e.Code, e.Message, optInt(e.Line), optInt(e.Column), s.SHA256,
	}}
	return out
}

// FlattenSkip returns the flat tables of a skipped file: one row in
// skipped, none elsewhere.
func FlattenSkip(k FileSkip) []FlatTable {
	out := FlatTables()
	s := k.Source
	out[tabSkipped].Rows = [][]string{{RecordID(s), s.Path, k.Format, itoa(int(s.Bytes)), k.Reason, s.SHA256, k.Code}}
	return out
}

// RecordID is the report_id of the record of an input: 32 hex digits of
// the SHA-256 of the input's path (as in source.path) and its content's
// sha256, so that it is the same in every run and every output, and two
// byte-identical inputs under different paths — the same form filed under
// two units — are two records, each with its rows:
//
//	RecordID(Source{Path: "a/x.txt", SHA256: "9f…"}) != RecordID(Source{Path: "b/x.txt", SHA256: "9f…"})
//
// A file that could not be read (no sha256) still has one, from its path.
// The content's digest alone is the sha256 column of reports, errors and
// skipped.
func RecordID(s schema.Source) string {
	h := sha256.New()
	h.Write([]byte(s.SHA256))
	h.Write([]byte{0})
	h.Write([]byte(s.Path))
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0])[:16])
}

// evaluations returns the self-evaluation tables of the facts: the main one
// first (evaluation 0), then those of project_evaluations (1, 2, …). A
// missing main table leaves a nil at 0, so the numbering stays fixed.
func evaluations(f *schema.Facts) []*schema.SelfEvaluation {
	if f == nil {
		return nil
	}
	out := []*schema.SelfEvaluation{f.SelfEvaluation}
	for i := range f.ProjectEvaluations {
		out = append(out, &f.ProjectEvaluations[i])
	}
	return out
}
