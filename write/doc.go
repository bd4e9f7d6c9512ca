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
// Every record jixiao's command line writes starts with its producer,
// {"producer": {"name": "jixiao", "version": "v1.2.0"}, …} (Producer);
// IsRecords recognises a file that starts so, which is how an existing
// output is told from a file that must not be written over. Records writes
// records to a file, buffered, and counts those that reached it whole.
//
// # Flat tables
//
// Flatten turns a report into rows of fixed columns, one table per kind of
// thing (reports, sections, values, funds, indicators, expense_control,
// checks, warnings, errors, skipped); FlattenError and FlattenSkip give
// the one row of a file that failed or was skipped. FlatTables lists the
// tables with their columns and what each holds. Every row starts with
// report_id, the source's sha256, so the tables join on it; columns keep
// their order once published, new ones are added at the end. Fields are
// text: integers and decimals in canonical decimal form, amounts in 元 as
// exact decimal text, booleans "1" or "0", and "" for a value the report
// does not have. CSV writes them as one RFC 4180 file per table (UTF-8,
// CRLF, the header first, a BOM with excel); package write/sqlite loads
// them into SQLite.
//
// # Output files
//
// An Output is a file (or the CSV directory) claimed for one run before
// the inputs are read: opened or created without changing its content, so
// that the command can compare inputs with it by identity, and locked
// (flock) so that a second run on it stops, told which process holds it
// (LockedError). It is then written in one of two ways:
//
//   - replaced (Replace, Commit): the new content goes to a hidden
//     temporary file beside it (".out.json.123.tmp"), made durable and
//     renamed over it at the end, so a reader sees the old file or the new
//     one whole — JSON, CSV, profiles;
//   - appended to (Append): records go to the file itself and are synced
//     at batch ends, so a run that is killed leaves whole records and at
//     most one cut line, which the next --resume cuts — JSONL.
//
// A device or pipe (/dev/null, /dev/stdout) is written straight: never
// locked, truncated or renamed.
package write
