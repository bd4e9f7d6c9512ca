package main

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"

	_ "modernc.org/sqlite" // pure Go, no cgo: the binary stays static

	"github.com/jixiao-dev/jixiao/write"
)

// sqliteBatch is how many files go into one transaction.
const sqliteBatch = 256

// sqliteTables loads the flat tables into a SQLite database. A run appends;
// a report already there (same report_id, the sha256) is replaced, and a
// path's earlier error row is dropped, so running twice leaves one copy.
// Files are written in transactions of sqliteBatch files.
//
// Column types: text as TEXT; integers and booleans as INTEGER; weights,
// scores, percents and numbers as NUMERIC (SQLite stores a whole number as
// an integer, any other as the REAL that prints back the same digits, and
// keeps the text when more than 15 significant digits would be lost); an
// amount in 元 twice: `x` NUMERIC in 元 as above, and `x_fen` INTEGER, the
// exact amount in 分 (NULL when the amount has a fraction of a 分), to sum
// and compare without floating point. An empty field is NULL.
type sqliteTables struct {
	db      *sql.DB
	defs    []write.FlatTable
	pending [][]write.FlatTable
}

// openSQLite opens (or creates) the database and its tables and indexes.
func openSQLite(path string) (*sqliteTables, error) {
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	s := &sqliteTables{db: db, defs: write.FlatTables()}
	for _, stmt := range ddl(s.defs) {
		if _, err := db.Exec(stmt); err != nil {
			db.Close()
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	return s, nil
}

// indexed are the columns indexed beside report_id, which every table
// indexes.
var indexed = map[string][]string{
	"reports": {"kind", "fiscal_year", "unit"},
	"values":  {"kind"},
	"errors":  {"path"},
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

// add queues one file's tables; a full batch is written.
func (s *sqliteTables) add(tables []write.FlatTable) error {
	s.pending = append(s.pending, tables)
	if len(s.pending) >= sqliteBatch {
		return s.flush()
	}
	return nil
}

// close writes what is queued and closes the database.
func (s *sqliteTables) close() error {
	return errors.Join(s.flush(), s.db.Close())
}

// flush writes the queued files in one transaction.
func (s *sqliteTables) flush() error {
	if len(s.pending) == 0 {
		return nil
	}
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	for _, tables := range s.pending {
		if err := s.replace(tx, tables); err != nil {
			tx.Rollback()
			return err
		}
	}
	s.pending = s.pending[:0]
	return tx.Commit()
}

// replace deletes what the database holds of one file (its report_id in
// every table, its path in errors) and inserts its rows.
func (s *sqliteTables) replace(tx *sql.Tx, tables []write.FlatTable) error {
	id, path := fileKey(tables)
	for _, t := range s.defs {
		if id != "" {
			if _, err := tx.Exec(fmt.Sprintf("DELETE FROM %q WHERE report_id = ?", t.Name), id); err != nil {
				return err
			}
		}
	}
	if _, err := tx.Exec("DELETE FROM errors WHERE path = ?", path); err != nil {
		return err
	}
	for _, t := range tables {
		if err := insertRows(tx, t); err != nil {
			return fmt.Errorf("%s: %w", t.Name, err)
		}
	}
	return nil
}

// fileKey returns the report_id and path of one file's tables, from its
// reports row or its errors row.
func fileKey(tables []write.FlatTable) (id, path string) {
	for _, t := range tables {
		if (t.Name == "reports" || t.Name == "errors") && len(t.Rows) > 0 {
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
