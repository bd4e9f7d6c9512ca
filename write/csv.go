package write

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"path/filepath"
	"strings"
)

// UTF8BOM starts each CSV file written for Excel, which in a Chinese locale
// would otherwise read the files as GBK.
const UTF8BOM = "\uFEFF"

// CSV writes the flat tables as CSV files in a directory, one per table
// (DIR/reports.csv, DIR/sections.csv, … in FlatTables order): RFC 4180,
// UTF-8, CRLF line ends, the header first, and with excel a UTF-8 BOM before
// it. Every file is written beside its final name and renamed into place by
// Commit, so that a run that fails or is interrupted leaves the files of an
// earlier run whole; other files in the directory are never touched.
type CSV struct {
	reps  []*Replacement
	bufs  []*bufio.Writer
	ws    []*csv.Writer
	files int // reports and errors added
}

// CSVPaths returns the paths of the table files in dir.
func CSVPaths(dir string) []string {
	var out []string
	for _, t := range FlatTables() {
		out = append(out, filepath.Join(dir, t.Name+".csv"))
	}
	return out
}

// CreateCSV starts the table files in the directory dir (claimed, and
// locked by the caller) and writes their headers.
func CreateCSV(dir *Output, excel bool) (*CSV, error) {
	c := &CSV{}
	for _, t := range FlatTables() {
		r, err := dir.ReplaceFile(t.Name + ".csv")
		if err != nil {
			c.Abort()
			return nil, err
		}
		b := bufio.NewWriterSize(r, 64<<10)
		if excel {
			b.WriteString(UTF8BOM)
		}
		w := csv.NewWriter(b)
		w.UseCRLF = true
		c.reps, c.bufs, c.ws = append(c.reps, r), append(c.bufs, b), append(c.ws, w)
		if err := w.Write(csvHeader(t)); err != nil {
			c.Abort()
			return nil, err
		}
	}
	return c, nil
}

// csvHeader is the header row of table t.
func csvHeader(t FlatTable) []string {
	h := make([]string, len(t.Columns))
	for i, col := range t.Columns {
		h[i] = col.Name
	}
	return h
}

// IsCSV reports whether head, the start of a file, is empty or the start of
// the CSV file jixiao writes for the table named table: its header line,
// after a BOM or not. Columns are only ever added at the end of a table, so
// the header of an earlier or later version of jixiao (one header a prefix
// of the other, three columns at least) is jixiao's too.
func IsCSV(table string, head []byte) bool {
	if len(head) == 0 {
		return true
	}
	for _, t := range FlatTables() {
		if t.Name == table {
			line, _, _ := bytes.Cut(bytes.TrimPrefix(head, []byte(UTF8BOM)), []byte("\r\n"))
			have, want := string(line)+",", strings.Join(csvHeader(t), ",")+","
			return strings.Count(have, ",") >= 3 && (strings.HasPrefix(want, have) || strings.HasPrefix(have, want))
		}
	}
	return false
}

// Add appends the rows of one file's tables (Flatten's, FlattenError's or
// FlattenSkip's).
func (c *CSV) Add(tables []FlatTable) error {
	for i, t := range tables {
		if err := c.ws[i].WriteAll(t.Rows); err != nil {
			return err
		}
	}
	c.files++
	return nil
}

// Files is the number of files whose rows were added.
func (c *CSV) Files() int { return c.files }

// Commit writes out every table file and renames them all into place.
func (c *CSV) Commit() error {
	var err error
	for i, w := range c.ws {
		w.Flush()
		err = errors.Join(err, w.Error(), c.bufs[i].Flush())
	}
	if err != nil {
		c.Abort()
		return err
	}
	for i, r := range c.reps {
		if err := r.Commit(); err != nil {
			for _, rest := range c.reps[i+1:] {
				rest.Abort()
			}
			return err
		}
	}
	return nil
}

// Abort drops the new files; the directory keeps what it held.
func (c *CSV) Abort() {
	for _, r := range c.reps {
		r.Abort()
	}
}
