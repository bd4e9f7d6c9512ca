package main

import (
	"bufio"
	"errors"
	"io"
	"os"
)

// sink is where results go: reports to the output, error and skip records
// to the output too (JSONL), to --errors, or nowhere (indented JSON without
// --errors, where failures are only printed on standard error).
type sink struct {
	out, errs *bufio.Writer // errs may be out, or nil
	closers   []func() error
	tables    *tableSink // flat tables (--format csv, --sqlite), or nil
}

// openSink opens the output and the errors file. With resume, files are
// opened for appending and never truncated; otherwise they are created
// anew.
func (e *env) openSink(c *config) (*sink, error) {
	s := &sink{}
	if err := s.openTables(c); err != nil {
		return nil, err
	}
	stdout, dest := e.stdout, c.out
	if c.format == "csv" || c.sqlite != "" && c.out == "" {
		stdout, dest = io.Discard, "" // -o is the CSV directory, or no JSON was asked for
	}
	out, err := s.open(dest, c.resume, stdout)
	if err != nil {
		s.close()
		return nil, err
	}
	s.out = out
	switch {
	case c.errorsFile != "":
		if s.errs, err = s.open(c.errorsFile, c.resume, stdout); err != nil {
			s.close()
			return nil, err
		}
	case c.format == "jsonl":
		s.errs = s.out
	}
	return s, nil
}

// open opens one destination; "" and "-" are standard output.
func (s *sink) open(path string, appendTo bool, stdout io.Writer) (*bufio.Writer, error) {
	if path == "" || path == "-" {
		bw := bufio.NewWriterSize(stdout, 64<<10)
		s.closers = append(s.closers, bw.Flush)
		return bw, nil
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if appendTo {
		flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if err != nil {
		return nil, err
	}
	bw := bufio.NewWriterSize(f, 64<<10)
	s.closers = append(s.closers, func() error {
		return errors.Join(bw.Flush(), f.Close())
	})
	return bw, nil
}

// write writes one result's record where it belongs.
func (s *sink) write(r *result) error {
	if s.tables != nil {
		if err := s.tables.write(r); err != nil {
			return err
		}
	}
	w := s.out
	if r.outcome != outRead {
		w = s.errs
	}
	if w == nil || len(r.record) == 0 {
		return nil
	}
	_, err := w.Write(r.record)
	return err
}

// flush writes out what is buffered, so that the output grows while the run
// waits for a slow file.
func (s *sink) flush() error {
	err := s.out.Flush()
	if s.errs != nil && s.errs != s.out {
		err = errors.Join(err, s.errs.Flush())
	}
	return err
}

// close flushes and closes every destination.
func (s *sink) close() error {
	var err error
	for _, c := range s.closers {
		err = errors.Join(err, c())
	}
	if s.tables != nil {
		err = errors.Join(err, s.tables.close())
	}
	return err
}
