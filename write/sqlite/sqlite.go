// Package sqlite loads jixiao's flat tables (package write's Flatten,
// FlattenError and FlattenSkip) into a SQLite database, with the pure-Go
// driver modernc.org/sqlite (no cgo: the binary stays static).
//
// # The database
//
// One SQL table per flat table, named alike ("values" is an SQL keyword:
// write it quoted), each column with its description as an SQL comment
// (`.schema` shows them), indexed on report_id and a few columns analysts
// filter on. Column types: text as TEXT; integers and booleans as
// INTEGER; weights, scores, percents and numbers as NUMERIC (SQLite stores a
// whole number as an integer, any other as the REAL that prints back the
// same digits, and keeps the text when more than 15 significant digits
// would be lost); an amount in 元 twice: `x` NUMERIC in 元 as above, and
// `x_fen` INTEGER, the exact amount in 分 (NULL when the amount has a
// fraction of a 分), to sum and compare without floating point. An empty
// field is NULL.
//
// The database's application_id (the SQLite header's field for the
// purpose) is ApplicationID, so that a jixiao database is told from any
// other before it is opened (IsDatabase).
//
// # Writing
//
// A run appends: Add queues one file's tables, Commit writes the queued
// files in one transaction, replacing what the database held of each (its
// report_id in every table, its path in errors and skipped), so that a file
// loaded twice is there once. A transaction is all or nothing, also when
// the process is killed (SQLite's rollback journal), so the database holds
// whole files only, and Holdings says which: what --resume needs to finish
// a run exactly.
package sqlite

import (
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"

	_ "modernc.org/sqlite" // pure Go, no cgo: the binary stays static

	"github.com/jixiao-dev/jixiao/write"
)

// ApplicationID marks a jixiao database in the SQLite header ("JXAO").
const ApplicationID = 0x4a58414f

// IsDatabase reports whether head, the start of a file, is empty or the
// header of a SQLite database made by jixiao (its application_id). It
// reads no more than the 100 bytes of the header, and never opens the
// file with SQLite, which could change a database that is not ours (a hot
// journal is rolled back on open).
func IsDatabase(head []byte) bool {
	if len(head) == 0 {
		return true
	}
	return len(head) >= 72 && string(head[:16]) == "SQLite format 3\x00" &&
		binary.BigEndian.Uint32(head[68:72]) == ApplicationID
}

// DB is a database being loaded. It is not safe for concurrent use.
type DB struct {
	db      *sql.DB
	path    string
	defs    []write.FlatTable
	pending [][]write.FlatTable
	files   int // files committed
}

// Open opens (or creates) the database at path and its tables and
// indexes, and marks it with ApplicationID.
func Open(path string) (*DB, error) {
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	d := &DB{db: db, path: path, defs: write.FlatTables()}
	stmts := append([]string{fmt.Sprintf("PRAGMA application_id = %d", ApplicationID)}, ddl(d.defs)...)
	for _, stmt := range stmts {
		if _, err := db.Exec(stmt); err != nil {
			db.Close()
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	return d, nil
}

// indexed are the columns indexed beside report_id, which every table
// indexes.
var indexed = map[string][]string{
	"reports": {"kind", "fiscal_year", "unit"},
	"values":  {"kind"},
	"errors":  {"path"},
	"skipped": {"path"},
}

// ddl returns the statements that create the tables and indexes; each
// column carries its description as an SQL comment, which `.schema` shows.
// Names are quoted: "values" is an SQL keyword (write it quoted in queries).
func ddl(defs []write.FlatTable) []string {
	var out []string
	for _, t := range defs {
		var b strings.Builder
		fmt.Fprintf(&b, "CREATE TABLE IF NOT EXISTS %q ( -- %s\n", t.Name, t.Doc)
		cols := sqlColumns(t)
		for i, c := range cols {
			comma := ","
			if i == len(cols)-1 {
				comma = ""
			}
			fmt.Fprintf(&b, "  %q %s%s -- %s\n", c.name, c.typ, comma, c.doc)
		}
		b.WriteString(")")
		out = append(out, b.String())
		for _, c := range append([]string{"report_id"}, indexed[t.Name]...) {
			out = append(out, fmt.Sprintf("CREATE INDEX IF NOT EXISTS %q ON %q(%q)", t.Name+"_"+c, t.Name, c))
		}
	}
	return out
}

// sqlColumn is one column of a SQLite table.
type sqlColumn struct {
	name, typ, doc string
	src            int  // index of the flat column it comes from
	fen            bool // the amount in 分 of that column
}

// sqlColumns maps a flat table's columns to SQLite columns.
func sqlColumns(t write.FlatTable) []sqlColumn {
	var out []sqlColumn
	for i, c := range t.Columns {
		doc := strings.ReplaceAll(c.Doc, "\n", " ")
		switch c.Type {
		case write.ColText:
			out = append(out, sqlColumn{c.Name, "TEXT", doc, i, false})
		case write.ColInt, write.ColBool:
			out = append(out, sqlColumn{c.Name, "INTEGER", doc, i, false})
		case write.ColDecimal:
			out = append(out, sqlColumn{c.Name, "NUMERIC", doc, i, false})
		case write.ColYuan:
			out = append(out, sqlColumn{c.Name, "NUMERIC", doc, i, false},
				sqlColumn{c.Name + "_fen", "INTEGER", "the same amount in 分, exact / 同一金额（分，精确）", i, true})
		}
	}
	return out
}

// Add queues one file's tables for the next Commit.
func (d *DB) Add(tables []write.FlatTable) {
	d.pending = append(d.pending, tables)
}

// Pending is the number of files queued.
func (d *DB) Pending() int { return len(d.pending) }

// Files is the number of files committed.
func (d *DB) Files() int { return d.files }

// Commit writes the queued files in one transaction. On an error none of
// them is in the database, and they stay queued.
func (d *DB) Commit() error {
	if len(d.pending) == 0 {
		return nil
	}
	tx, err := d.db.Begin()
	if err != nil {
		return fmt.Errorf("%s: %w", d.path, err)
	}
	for _, tables := range d.pending {
		if err := d.replace(tx, tables); err != nil {
			tx.Rollback()
			return fmt.Errorf("%s: %w", d.path, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: %w", d.path, err)
	}
	d.files += len(d.pending)
	d.pending = d.pending[:0]
	return nil
}

// Close commits what is queued and closes the database.
func (d *DB) Close() error {
	return errors.Join(d.Commit(), d.db.Close())
}

// Holdings calls fn for every file the database holds: its report_id (the
// sha256; files that could not be read have none and are not listed), the
// table that holds it (reports, errors or skipped) and, for errors, the
// error's code.
func (d *DB) Holdings(fn func(id, table, code string)) error {
	rows, err := d.db.Query(`SELECT report_id, 'reports', '' FROM reports
		UNION ALL SELECT report_id, 'errors', code FROM errors WHERE report_id <> ''
		UNION ALL SELECT report_id, 'skipped', '' FROM skipped WHERE report_id <> ''`)
	if err != nil {
		return fmt.Errorf("%s: %w", d.path, err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, table string
		var code sql.NullString
		if err := rows.Scan(&id, &table, &code); err != nil {
			return fmt.Errorf("%s: %w", d.path, err)
		}
		fn(id, table, code.String)
	}
	return rows.Err()
}

// replace deletes what the database holds of one file (its report_id in
// every table, its path in errors and skipped) and inserts its rows.
func (d *DB) replace(tx *sql.Tx, tables []write.FlatTable) error {
	id, path := fileKey(tables)
	for _, t := range d.defs {
		if id != "" {
			if _, err := tx.Exec(fmt.Sprintf("DELETE FROM %q WHERE report_id = ?", t.Name), id); err != nil {
				return err
			}
		}
	}
	for _, t := range []string{"errors", "skipped"} {
		if _, err := tx.Exec(fmt.Sprintf("DELETE FROM %q WHERE path = ?", t), path); err != nil {
			return err
		}
	}
	for _, t := range tables {
		if err := insertRows(tx, t); err != nil {
			return fmt.Errorf("%s: %w", t.Name, err)
		}
	}
	return nil
}

// fileKey returns the report_id and path of one file's tables, from its
// reports, errors or skipped row.
func fileKey(tables []write.FlatTable) (id, path string) {
	for _, t := range tables {
		if (t.Name == "reports" || t.Name == "errors" || t.Name == "skipped") && len(t.Rows) > 0 {
			return t.Rows[0][0], t.Rows[0][1]
		}
	}
	return "", ""
}

// insertRows inserts the rows of one table.
func insertRows(tx *sql.Tx, t write.FlatTable) error {
	if len(t.Rows) == 0 {
		return nil
	}
	cols := sqlColumns(t)
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = fmt.Sprintf("%q", c.name)
	}
	q := fmt.Sprintf("INSERT INTO %q (%s) VALUES (?%s)", t.Name, strings.Join(names, ", "), strings.Repeat(", ?", len(cols)-1))
	stmt, err := tx.Prepare(q)
	if err != nil {
		return err
	}
	defer stmt.Close()
	args := make([]any, len(cols))
	for _, row := range t.Rows {
		for i, c := range cols {
			args[i] = sqlValue(row[c.src], c, i == 0)
		}
		if _, err := stmt.Exec(args...); err != nil {
			return err
		}
	}
	return nil
}

// sqlValue converts one field: empty is NULL (but report_id stays text),
// an amount's 分 column gets the exact integer.
func sqlValue(field string, c sqlColumn, key bool) any {
	switch {
	case key:
		return field
	case field == "":
		return nil
	case c.fen:
		if fen, ok := toFen(field); ok {
			return fen
		}
		return nil
	}
	return field
}
