// Package write turns reports (package schema's types) into the bytes and
// rows jixiao writes: JSON, JSONL and the flat tables that CSV files and
// SQLite (package write/sqlite) are made of. Package schema says what a
// report is; this package says how it is written. It imports schema and the
// standard library only.
//
// # JSON and JSONL
//
// Marshal and Encode write a value as encoding/json does with
// SetEscapeHTML(false), byte for byte: struct fields in declaration order
// under their json keys, omitempty as encoding/json reads it, nil slices,
// maps and pointers as null, map keys sorted by their bytes, strings with
// only the escapes encoding/json makes (", \, control characters, U+2028,
// U+2029 and invalid UTF-8 as \ufffd; "<", ">", "&" and "≥" stay as they
// are), a Decimal as its own text (a JSON number, never through float64),
// and a final newline. Compact, a report is one line — a line of JSONL:
//
//	{"schema_version":"1","source":{"path":"a.txt",…},"kind":"unknown",…}
//
// Indented (the golden files' form and `extract --format json`), nesting
// is shown with two spaces per level, as json.Indent with "" and "  ":
//
//	{
//	  "schema_version": "1",
//	  "source": {
//	    "path": "a.txt",
//
// The same value always gives the same bytes.
//
// A *schema.Report goes through an encoder generated for the report types
// (encode_gen.go, written by `go generate ./write`, which `go generate
// ./schema` also runs). It earns its 1,700 generated lines on the whole
// process: over copies of the seed report, `jixiao extract -j 1 -o
// out.jsonl` executes 3.0 M instructions per report with it and 7.0 M with
// encoding/json (valgrind, 400 copies less 200), and takes 0.8 ms of CPU per
// report against 1.1 ms (six paired runs over 2,000 copies). Go 1.26 has
// encoding/json/v2 only under GOEXPERIMENT=jsonv2, which a user's `go
// install` does not set; built with it, the process is slower still. When the schema types change without the encoder being
// regenerated, reports go through encoding/json instead: slower, never
// different (TestGeneratedEncoderIsCurrent fails meanwhile).
//
// # Flat tables
//
// Flatten turns a report into rows of fixed columns, one table per kind of
// thing (reports, sections, values, funds, indicators, expense_control,
// checks, warnings, errors); FlatTables lists the tables with their columns
// and what each holds. Every row starts with report_id, the source's
// sha256, so the tables join on it; columns keep their order once
// published, new ones are added at the end. Fields are text: integers and
// decimals in canonical decimal form, amounts in 元 as exact decimal text,
// booleans "1" or "0", and "" for a value the report does not have.
package write
