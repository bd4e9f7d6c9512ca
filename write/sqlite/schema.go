package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"github.com/jixiao-dev/jixiao/write"
)

// indexed are the columns indexed beside report_id, which every table
// indexes. reports.path is how a file loaded again finds its old record.
var indexed = map[string][]string{
	"reports": {"kind", "fiscal_year", "unit", "path"},
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

// migrate adds to the tables of a database made by an earlier version the
// columns added since (columns are only ever added at the end of a table),
// so that a run can append to it. Old rows have NULL there: their sha256
// is unknown, so --resume redoes those files, which replaces them.
func migrate(ctx context.Context, conn *sql.Conn, defs []write.FlatTable) error {
	for _, t := range defs {
		have := map[string]bool{}
		rows, err := conn.QueryContext(ctx, fmt.Sprintf("SELECT name FROM pragma_table_info(%s)", quoteString(t.Name)))
		if err != nil {
			return err
		}
		for rows.Next() {
			var name string
			if err := rows.Scan(&name); err != nil {
				rows.Close()
				return err
			}
			have[name] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, c := range sqlColumns(t) {
			if !have[c.name] {
				if _, err := conn.ExecContext(ctx, fmt.Sprintf("ALTER TABLE %q ADD COLUMN %q %s", t.Name, c.name, c.typ)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// quoteString quotes s as an SQL string literal.
func quoteString(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

// sqlColumn is one column of a SQLite table.
type sqlColumn struct {
	name, typ, doc string
	src            int  // index of the flat column it comes from
	fen            bool // the amount in 分 of that column
	integer        bool // an INTEGER column: bound as an int64
}

// sqlColumns maps a flat table's columns to SQLite columns.
func sqlColumns(t write.FlatTable) []sqlColumn {
	var out []sqlColumn
	for i, c := range t.Columns {
		doc := strings.ReplaceAll(c.Doc, "\n", " ")
		switch c.Type {
		case write.ColText:
			out = append(out, sqlColumn{c.Name, "TEXT", doc, i, false, false})
		case write.ColInt, write.ColBool:
			out = append(out, sqlColumn{c.Name, "INTEGER", doc, i, false, true})
		case write.ColDecimal:
			out = append(out, sqlColumn{c.Name, "NUMERIC", doc, i, false, false})
		case write.ColYuan:
			out = append(out, sqlColumn{c.Name, "NUMERIC", doc, i, false, false},
				sqlColumn{c.Name + "_fen", "INTEGER", "the same amount in 分, exact / 同一金额（分，精确）", i, true, true})
		}
	}
	return out
}

// insertSQL is the INSERT statement of n rows of a table.
func insertSQL(name string, cols []sqlColumn, n int) string {
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = fmt.Sprintf("%q", c.name)
	}
	row := "(?" + strings.Repeat(", ?", len(cols)-1) + ")"
	return fmt.Sprintf("INSERT INTO %q (%s) VALUES %s", name, strings.Join(names, ", "), strings.Repeat(row+", ", n-1)+row)
}

// sqlValue converts one field: empty is NULL (but report_id stays text),
// an amount's 分 column gets the exact integer, an integer column its
// int64 (the text SQLite would convert to the same integer; binding the
// number spares the driver a copy of the text and SQLite the conversion).
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
	case c.integer:
		if n, err := strconv.ParseInt(field, 10, 64); err == nil {
			return n
		}
	}
	return field
}
