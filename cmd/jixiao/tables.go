package main

import (
	"encoding/json"
	"errors"

	"github.com/jixiao-dev/jixiao/schema"
	"github.com/jixiao-dev/jixiao/write"
)

// tableWriter receives the flat tables of one file at a time (CSV files,
// a SQLite database).
type tableWriter interface {
	add(tables []write.FlatTable) error
	close() error
}

// tableSink turns results into flat tables for its writers: a report into
// its rows, a failed file into a row of errors; a skipped file gives none.
type tableSink struct {
	ws []tableWriter
}

// openTables opens the table writers the flags ask for: CSV files in the
// -o directory with --format csv, a SQLite database with --sqlite.
func (s *sink) openTables(c *config) error {
	t := &tableSink{}
	if c.format == "csv" {
		w, err := openCSV(c.out, c.excel)
		if err != nil {
			return err
		}
		t.ws = append(t.ws, w)
	}
	if c.sqlite != "" {
		w, err := openSQLite(c.sqlite)
		if err != nil {
			t.close()
			return err
		}
		t.ws = append(t.ws, w)
	}
	if len(t.ws) > 0 {
		s.tables = t
	}
	return nil
}

// write flattens one result for every writer.
func (t *tableSink) write(r *result) error {
	var tables []write.FlatTable
	switch r.outcome {
	case outRead:
		var rep schema.Report
		if err := json.Unmarshal(r.record, &rep); err != nil {
			return err
		}
		tables = write.Flatten(&rep)
	case outFailed:
		var rec errorRecord
		if err := json.Unmarshal(r.record, &rec); err != nil {
			return err
		}
		fe := write.FileError{Source: rec.Source, Code: rec.Error.Code, Message: rec.Error.Message}
		if p := rec.Error.Position; p != nil {
			fe.Line, fe.Column = p.Line, p.Column
		}
		tables = write.FlattenError(fe)
	default:
		return nil
	}
	for _, w := range t.ws {
		if err := w.add(tables); err != nil {
			return err
		}
	}
	return nil
}

// close closes every writer.
func (t *tableSink) close() error {
	var err error
	for _, w := range t.ws {
		err = errors.Join(err, w.close())
	}
	return err
}
