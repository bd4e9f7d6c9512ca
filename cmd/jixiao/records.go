package main

import (
	"errors"
	"path/filepath"

	"github.com/jixiao-dev/jixiao/extract"
	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/schema"
)

// errorRecord is written in place of a report for a file that failed:
// {"producer": {…}, "source": {…}, "error": {"code", "message", "position"}}.
type errorRecord struct {
	Producer *schema.Producer `json:"producer,omitempty"`
	Source   schema.Source    `json:"source"`
	Error    errorBody        `json:"error"`
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

// skipRecord is written in place of a report for a file in a format jixiao
// does not read: {"producer": {…}, "source": {…}, "skipped": {"format",
// "reason"}}.
type skipRecord struct {
	Producer *schema.Producer `json:"producer,omitempty"`
	Source   schema.Source    `json:"source"`
	Skipped  skipBody         `json:"skipped"`
}

type skipBody struct {
	Format string `json:"format"`
	Reason string `json:"reason"`
}

// Codes of the errors the command itself gives, next to those of package
// document.
var (
	errRead     = &document.Kinded{Code: "read", Msg: "cannot read the file"}
	errInternal = &document.Kinded{Code: "internal", Msg: "internal error (a bug: please report it with the file)"}
	errSpecial  = &document.Kinded{Code: "special", Msg: "not a regular file"}
)

// newErrorRecord describes a failed file. data is nil when the file could
// not be read; the source then carries only the path.
func newErrorRecord(path string, data []byte, err error) errorRecord {
	rec := errorRecord{
		Source: sourceOf(path, data),
		Error:  errorBody{Code: document.Code(err), Message: err.Error()},
	}
	var de *document.Error
	if errors.As(err, &de) && (de.Offset >= 0 || de.Line > 0) {
		rec.Error.Position = &pos{Offset: de.Offset, Line: de.Line, Column: de.Column, Part: de.Part}
	}
	return rec
}

// sourceOf describes an input that gave no report. With no bytes read
// there is no digest: an empty sha256 never matches a --resume record, so
// the file is tried again.
func sourceOf(path string, data []byte) schema.Source {
	if data == nil {
		return schema.Source{Path: filepath.ToSlash(path)}
	}
	return extract.SourceOf(path, data)
}
