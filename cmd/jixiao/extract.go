package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"jixiao/extract"
	"jixiao/extract/document"
	"jixiao/schema"
)

// errorRecord is written in place of a report for a file that failed, in
// the JSONL stream.
type errorRecord struct {
	Source schema.Source `json:"source"`
	Error  errorBody     `json:"error"`
}

type errorBody struct {
	Code     string `json:"code"`
	Message  string `json:"message"`
	Position *pos   `json:"position,omitempty"`
}

type pos struct {
	Offset int    `json:"offset"`
	Line   int    `json:"line,omitempty"`
	Column int    `json:"column,omitempty"`
	Part   string `json:"part,omitempty"`
}

func (e *env) extract(args []string) int {
	fs := e.newFlags("extract", "extract [-o FILE] [--format json|jsonl] PATH...")
	out := fs.String("o", "", "write to `FILE` instead of standard output")
	format := fs.String("format", "json", "output `format`: json (indented, one object per file) or jsonl (one line per file)")
	maxSize := fs.Int64("max-size", 64<<20, "refuse input files larger than this many `bytes`")
	paths, err := parse(fs, args)
	if err != nil {
		return exitUsage
	}
	if *format != "json" && *format != "jsonl" {
		fmt.Fprintf(e.stderr, "jixiao extract: unknown --format %q (want json or jsonl)\n", *format)
		return exitUsage
	}
	if len(paths) == 0 {
		fs.Usage()
		return exitUsage
	}
	inputs := expand(paths)
	w, closeOut, err := e.output(*out, inputs)
	if err != nil {
		fmt.Fprintf(e.stderr, "jixiao extract: %v\n", err)
		return exitUsage
	}
	status := exitOK
	for _, in := range inputs {
		rep, data, err := e.one(in, *maxSize)
		if err != nil {
			status = exitFail
			fmt.Fprintln(e.stderr, err)
			if *format == "jsonl" {
				_ = schema.Encode(w, newErrorRecord(in.path, data, err), false)
			}
			continue
		}
		if err := schema.Encode(w, rep, *format == "json"); err != nil {
			fmt.Fprintf(e.stderr, "jixiao extract: writing: %v\n", err)
			return exitFail
		}
	}
	if err := closeOut(); err != nil {
		fmt.Fprintf(e.stderr, "jixiao extract: writing %s: %v\n", *out, err)
		return exitFail
	}
	return status
}

// one reads and extracts one input.
func (e *env) one(in input, maxSize int64) (*schema.Report, []byte, error) {
	data, err := e.readInput(in.path, maxSize)
	if err != nil {
		return nil, data, err
	}
	rep, err := extract.Extract(in.path, data, extract.Options{})
	return rep, data, err
}

// readInput reads a file or standard input, refusing more than maxSize bytes.
func (e *env) readInput(path string, maxSize int64) ([]byte, error) {
	var r io.Reader = e.stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, &document.Error{Path: path, Offset: -1, Err: err}
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxSize+1))
	if err != nil {
		return nil, &document.Error{Path: path, Offset: -1, Err: err}
	}
	if int64(len(data)) > maxSize {
		return nil, &document.Error{Path: path, Offset: -1, Err: fmt.Errorf("%w: larger than --max-size %d bytes", document.ErrLimit, maxSize)}
	}
	return data, nil
}

// output opens the destination. It refuses to write over an input.
func (e *env) output(path string, inputs []input) (io.Writer, func() error, error) {
	if path == "" || path == "-" {
		bw := bufio.NewWriter(e.stdout)
		return bw, bw.Flush, nil
	}
	if oi, err := os.Stat(path); err == nil {
		for _, in := range inputs {
			if ii, err := os.Stat(in.path); err == nil && os.SameFile(oi, ii) {
				return nil, nil, fmt.Errorf("-o %s is one of the inputs; refusing to write over it", path)
			}
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, err
	}
	bw := bufio.NewWriter(f)
	return bw, func() error {
		if err := bw.Flush(); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}, nil
}

func newErrorRecord(path string, data []byte, err error) errorRecord {
	rec := errorRecord{
		Source: extract.SourceOf(path, data),
		Error:  errorBody{Code: document.Code(err), Message: err.Error()},
	}
	if de, ok := err.(*document.Error); ok && (de.Offset >= 0 || de.Line > 0) {
		rec.Error.Position = &pos{Offset: de.Offset, Line: de.Line, Column: de.Column, Part: de.Part}
	}
	return rec
}
