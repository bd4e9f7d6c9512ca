package main

import (
	"errors"
	"path/filepath"

	"github.com/jixiao-dev/jixiao/extract"
	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/schema"
)

// Codes of the errors the command itself gives, next to those of package
// document.
var (
	errRead     = &document.Kinded{Code: "read", Msg: "cannot read the file"}
	errInternal = &document.Kinded{Code: "internal", Msg: "internal error (a bug: please report it with the file)"}
	errSpecial  = &document.Kinded{Code: "special", Msg: "not a regular file"}
)

// newErrorRecord describes a failed file (schema.ErrorRecord). data is nil
// when the file could not be read; the source then carries only the path.
func newErrorRecord(path string, data []byte, err error) schema.ErrorRecord {
	rec := schema.ErrorRecord{
		Source: sourceOf(path, data),
		Error:  schema.ErrorInfo{Code: document.Code(err), Message: err.Error()},
	}
	var de *document.Error
	if errors.As(err, &de) && (de.Offset >= 0 || de.Line > 0) {
		rec.Error.Position = &schema.ErrorPosition{Offset: de.Offset, Line: de.Line, Column: de.Column, Part: de.Part}
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
