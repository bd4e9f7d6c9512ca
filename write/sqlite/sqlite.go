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
// other before it is opened (IsDatabase). A database made by an earlier
// version gets the columns added since (migrate).
//
// # Records
//
// Every file is one record, keyed by report_id (write.RecordID: its path
// and its content's sha256), in every table. The database holds one
// record per path: a file loaded again replaces what the database held
// under its path (a report, an error or a skip, whatever its content then),
// so that loading the same archive twice leaves one copy, and two
// byte-identical files under two paths are two records.
//
// # Writing
//
// Add writes one file's rows at once, inside a transaction that Commit
// ends: the rows of a batch of files are in the database all together or
// not at all, also when the process is killed. The database is in WAL mode
// with synchronous=NORMAL: a commit appends the batch to the write-ahead
// log (out.db-wal) without waiting for the disk, and a kill (SIGKILL)
// loses nothing committed; a power cut may lose the last batches, never
// the database's consistency. Only one file's rows are in memory at a time.
// Holdings says which files the database holds: what --resume needs to
// finish a run exactly.
package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

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

// Rows are inserted maxChunk at a time (one statement, one call into the
// driver, instead of one per row), within SQLite's limit of bound
// variables per statement.
const (
	maxChunk     = 64
	maxVariables = 32766
)

// DB is a database being loaded. It is not safe for concurrent use.
//
// The rows go straight to the driver's connection (database/sql's Conn.Raw)
// through statements prepared once: database/sql would check and convert
// every argument again, and prepare its statements again in every
// transaction, for nothing here — the values are the driver's own types
// already (string, int64, nil).
type DB struct {
	db    *sql.DB
	conn  *sql.Conn // the one connection, so that its pragmas hold
	path  string
	defs  []write.FlatTable
	cols  [][]sqlColumn // of each table in defs
	chunk []int         // rows per multi-row INSERT of each table
	st    *statements   // prepared on conn
	buf   [][]driver.NamedValue
	paths map[string]bool // of the records the database holds
	open  bool            // a transaction is open
	inTx  int             // files added in it
	files int             // files committed
	err   error           // the error that rolled the transaction back
}

// statements are the driver statements a load runs, prepared once.
type statements struct {
	one, many, del          []driver.Stmt // of each table: INSERT one row, INSERT chunk rows, DELETE a record
	ids                     driver.Stmt   // the report_ids held under a path
	begin, commit, rollback driver.Stmt
}

// Open opens (or creates) the database at path, its tables and indexes,
// and marks it with ApplicationID.
func Open(path string) (*DB, error) {
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return nil, err
	}
	d := &DB{db: db, path: path, defs: write.FlatTables(), paths: map[string]bool{}}
	if err := d.setUp(); err != nil {
		d.closeAll()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}

// setUp takes the connection, sets its pragmas, makes the tables, reads
// the paths the database holds and prepares the statements.
func (d *DB) setUp() error {
	ctx := context.Background()
	var err error
	if d.conn, err = d.db.Conn(ctx); err != nil {
		return err
	}
	// The application_id goes into the file's header before WAL mode is
	// set, so that a database whose tables and rows are still in the
	// write-ahead log (a run killed before its first checkpoint) is known
	// as jixiao's from its first 100 bytes all the same.
	if _, err := d.conn.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", ApplicationID)); err != nil {
		return err
	}
	var mode string
	if err := d.conn.QueryRowContext(ctx, "PRAGMA journal_mode = WAL").Scan(&mode); err != nil {
		return err
	}
	for _, stmt := range append([]string{"PRAGMA synchronous = NORMAL"}, ddl(d.defs)...) {
		if _, err := d.conn.ExecContext(ctx, stmt); err != nil {
			return err
		}
	}
	if err := migrate(ctx, d.conn, d.defs); err != nil {
		return err
	}
	for _, t := range d.defs {
		cols := sqlColumns(t)
		d.cols = append(d.cols, cols)
		d.chunk = append(d.chunk, min(maxChunk, maxVariables/len(cols)))
	}
	d.buf = make([][]driver.NamedValue, len(d.defs))
	if err := d.loadPaths(); err != nil {
		return err
	}
	return d.raw(d.prepare)
}

// raw runs f on the driver's connection.
func (d *DB) raw(f func(c driver.Conn) error) error {
	return d.conn.Raw(func(dc any) error { return f(dc.(driver.Conn)) })
}

// prepare prepares the statements of a load.
func (d *DB) prepare(c driver.Conn) error {
	st := &statements{}
	d.st = st
	var err error
	prep := func(q string) driver.Stmt {
		if err != nil {
			return nil
		}
		var s driver.Stmt
		s, err = c.Prepare(q)
		return s
	}
	for i, t := range d.defs {
		st.one = append(st.one, prep(insertSQL(t.Name, d.cols[i], 1)))
		st.many = append(st.many, prep(insertSQL(t.Name, d.cols[i], d.chunk[i])))
		st.del = append(st.del, prep(fmt.Sprintf("DELETE FROM %q WHERE report_id = ?", t.Name)))
	}
	st.ids = prep(`SELECT report_id FROM reports WHERE path = ?1
		UNION SELECT report_id FROM errors WHERE path = ?1
		UNION SELECT report_id FROM skipped WHERE path = ?1`)
	st.begin, st.commit, st.rollback = prep("BEGIN"), prep("COMMIT"), prep("ROLLBACK")
	return err
}

// loadPaths reads the paths of the records the database holds.
func (d *DB) loadPaths() error {
	rows, err := d.conn.QueryContext(context.Background(),
		`SELECT path FROM reports UNION SELECT path FROM errors UNION SELECT path FROM skipped`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var p sql.NullString
		if err := rows.Scan(&p); err != nil {
			return err
		}
		d.paths[p.String] = true
	}
	return rows.Err()
}

// Add writes one file's tables in the open transaction (begun if need
// be), replacing the record the database held under the file's path. On
// an error the transaction is rolled back: none of its files is in the
// database, and every later Add and Commit returns that error.
func (d *DB) Add(tables []write.FlatTable) error {
	if d.err != nil {
		return d.err
	}
	if err := d.raw(func(driver.Conn) error { return d.add(tables) }); err != nil {
		d.fail(err)
		return d.err
	}
	d.inTx++
	return nil
}

// add begins the transaction if need be, deletes the old record under
// the file's path and queues or inserts the rows.
func (d *DB) add(tables []write.FlatTable) error {
	if !d.open {
		if err := exec(d.st.begin, nil); err != nil {
			return err
		}
		d.open = true
	}
	path := filePath(tables)
	if d.paths[path] {
		if err := d.flush(); err != nil {
			return err
		}
		if err := d.forget(path); err != nil {
			return err
		}
	}
	d.paths[path] = true
	for i, t := range tables {
		if err := d.insert(i, t); err != nil {
			return fmt.Errorf("%s: %w", t.Name, err)
		}
	}
	return nil
}

// forget deletes every row of the records held under path.
func (d *DB) forget(path string) error {
	rows, err := d.st.ids.(driver.StmtQueryContext).QueryContext(context.Background(), args(path))
	if err != nil {
		return err
	}
	var ids []string
	dest := make([]driver.Value, 1)
	for {
		if err := rows.Next(dest); err == io.EOF {
			break
		} else if err != nil {
			rows.Close()
			return err
		}
		if id, ok := dest[0].(string); ok {
			ids = append(ids, id)
		}
	}
	if err := rows.Close(); err != nil {
		return err
	}
	for _, id := range ids {
		for _, del := range d.st.del {
			if err := exec(del, args(id)); err != nil {
				return err
			}
		}
	}
	return nil
}

// insert queues the rows of table i, and inserts them by chunks.
func (d *DB) insert(i int, t write.FlatTable) error {
	cols := d.cols[i]
	for _, row := range t.Rows {
		for k, c := range cols {
			d.buf[i] = append(d.buf[i], driver.NamedValue{Ordinal: len(d.buf[i]) + 1, Value: sqlValue(row[c.src], c, k == 0)})
		}
		if len(d.buf[i]) == d.chunk[i]*len(cols) {
			if err := exec(d.st.many[i], d.buf[i]); err != nil {
				return err
			}
			d.buf[i] = d.buf[i][:0]
		}
	}
	return nil
}

// flush inserts the rows queued, one at a time.
func (d *DB) flush() error {
	for i, cols := range d.cols {
		b := d.buf[i]
		for k := 0; k < len(b); k += len(cols) {
			row := b[k : k+len(cols)]
			for j := range row {
				row[j].Ordinal = j + 1
			}
			if err := exec(d.st.one[i], row); err != nil {
				return err
			}
		}
		d.buf[i] = b[:0]
	}
	return nil
}

// exec runs a driver statement.
func exec(s driver.Stmt, a []driver.NamedValue) error {
	_, err := s.(driver.StmtExecContext).ExecContext(context.Background(), a)
	return err
}

// args makes the arguments of a statement with one parameter.
func args(v string) []driver.NamedValue {
	return []driver.NamedValue{{Ordinal: 1, Value: v}}
}

// filePath is the path of one file's record, from its reports, errors or
// skipped row.
func filePath(tables []write.FlatTable) string {
	for _, t := range tables {
		if (t.Name == "reports" || t.Name == "errors" || t.Name == "skipped") && len(t.Rows) > 0 {
			return t.Rows[0][1]
		}
	}
	return ""
}

// fail rolls the transaction back after err.
func (d *DB) fail(err error) {
	d.err = fmt.Errorf("%s: %w", d.path, err)
	if d.open {
		d.raw(func(driver.Conn) error { return exec(d.st.rollback, nil) })
		d.open = false
	}
	d.inTx = 0
	for i := range d.buf {
		d.buf[i] = d.buf[i][:0]
	}
}

// Pending is the number of files written in the open transaction.
func (d *DB) Pending() int { return d.inTx }

// Files is the number of files committed.
func (d *DB) Files() int { return d.files }

// Commit ends the open transaction: its files are in the database
// together. On an error none of them is.
func (d *DB) Commit() error {
	if d.err != nil {
		return d.err
	}
	if !d.open {
		return nil
	}
	err := d.raw(func(driver.Conn) error {
		if err := d.flush(); err != nil {
			return err
		}
		return exec(d.st.commit, nil)
	})
	if err != nil {
		d.fail(err)
		return d.err
	}
	d.open = false
	d.files += d.inTx
	d.inTx = 0
	return nil
}

// Close commits what is pending and closes the database (which folds the
// write-ahead log into it and removes out.db-wal).
func (d *DB) Close() error {
	err := d.Commit()
	return errors.Join(err, d.closeAll())
}

// closeAll closes the statements, the connection and the pool.
func (d *DB) closeAll() error {
	var err error
	if d.st != nil {
		err = d.raw(func(driver.Conn) error {
			var err error
			st := d.st
			for _, s := range append(append(append([]driver.Stmt{st.ids, st.begin, st.commit, st.rollback}, st.one...), st.many...), st.del...) {
				if s != nil {
					err = errors.Join(err, s.Close())
				}
			}
			return err
		})
		d.st = nil
	}
	if d.conn != nil {
		err = errors.Join(err, d.conn.Close())
		d.conn = nil
	}
	return errors.Join(err, d.db.Close())
}

// Holdings calls fn for every file the database holds a record of with its
// content's digest: its sha256 and path, the table that holds it (reports,
// errors or skipped) and, for errors, the error's code. Files that could
// not be read have no sha256 and are not listed, nor are the reports and
// errors of an earlier version of jixiao, which did not record it; a file
// skipped without being read (a broken link, a FIFO) is listed with an
// empty sha256.
func (d *DB) Holdings(fn func(sha, path, table, code string)) error {
	rows, err := d.conn.QueryContext(context.Background(), `SELECT sha256, path, 'reports', '' FROM reports WHERE sha256 <> ''
		UNION ALL SELECT sha256, path, 'errors', code FROM errors WHERE sha256 <> ''
		UNION ALL SELECT coalesce(sha256, ''), path, 'skipped', '' FROM skipped`)
	if err != nil {
		return fmt.Errorf("%s: %w", d.path, err)
	}
	defer rows.Close()
	for rows.Next() {
		var sha, path, table string
		var code sql.NullString
		if err := rows.Scan(&sha, &path, &table, &code); err != nil {
			return fmt.Errorf("%s: %w", d.path, err)
		}
		fn(sha, path, table, code.String)
	}
	return rows.Err()
}
