package main

import (
	"bufio"
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"

	"github.com/jixiao-dev/jixiao/write"
)

// utf8BOM starts each CSV file with --excel, so that Excel (in a Chinese
// locale it would guess GBK) reads the files as UTF-8.
const utf8BOM = "\uFEFF"

// csvTables writes one RFC 4180 file per flat table, DIR/<table>.csv, in
// UTF-8 with CRLF line ends, the header always first.
type csvTables struct {
	files []*os.File
	bufs  []*bufio.Writer
	ws    []*csv.Writer
}

// openCSV creates dir and the files, and writes the headers.
func openCSV(dir string, excel bool) (*csvTables, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	c := &csvTables{}
	for _, t := range write.FlatTables() {
		f, err := os.Create(filepath.Join(dir, t.Name+".csv"))
		if err != nil {
			c.close()
			return nil, err
		}
		b := bufio.NewWriterSize(f, 64<<10)
		if excel {
			b.WriteString(utf8BOM)
		}
		w := csv.NewWriter(b)
		w.UseCRLF = true
		header := make([]string, len(t.Columns))
		for i, col := range t.Columns {
			header[i] = col.Name
		}
		c.files, c.bufs, c.ws = append(c.files, f), append(c.bufs, b), append(c.ws, w)
		if err := w.Write(header); err != nil {
			c.close()
			return nil, err
		}
	}
	return c, nil
}

// add appends the rows of one file's tables.
func (c *csvTables) add(tables []write.FlatTable) error {
	for i, t := range tables {
		if err := c.ws[i].WriteAll(t.Rows); err != nil {
			return err
		}
	}
	return nil
}

// close flushes and closes the files.
func (c *csvTables) close() error {
	var err error
	for i, f := range c.files {
		c.ws[i].Flush()
		err = errors.Join(err, c.ws[i].Error(), c.bufs[i].Flush(), f.Close())
	}
	c.files = nil
	return err
}
