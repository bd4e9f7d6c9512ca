package main

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/jixiao-dev/jixiao/schema"
	"github.com/jixiao-dev/jixiao/write"
)

// A skip is what a file found in a walk or a --files-from list is, when it
// is not read as a report: its code (schema.SkipInfo.Code), what it is and
// why. The rules, in the order they are tried (a file named on the command
// line is always read, and its refusal is a failure):
//
//  1. by name, debris that programs leave beside documents: Office owner
//     files (~$报告.docx, ~WRL0001.tmp) and LibreOffice lock files
//     (.~lock.报告.docx#), Thumbs.db and ehthumbs.db, desktop.ini,
//     .DS_Store and AppleDouble files (._报告.docx);
//  2. a symbolic link whose target does not exist, an empty file;
//  3. by content, before extraction: an output of jixiao (JSON or JSONL
//     records, a CSV table file), a SQLite database, a gzip stream;
//  4. by the reader's verdict: a format jixiao does not read (skipFormat),
//     or bytes that are no text at all (looksBinary: NUL or control
//     bytes), where text that only fails to decode here and there is a
//     failure, not a skip;
//  5. by the report: a file read whole that has nothing of a report
//     (notReport): kind unknown, no numbered section, annex, title, unit,
//     fiscal year or amount of money — a README, source code, a settings
//     file. A file of kind unknown that has any of these is written as a
//     report and counted apart ("unknown" in the summary).
type skip struct {
	code, format, reason string
}

// debrisNames are the debris known by their whole name (lower case).
var debrisNames = map[string]skip{
	"thumbs.db":   {schema.SkipDebris, "thumbnail_cache", "a Windows thumbnail cache (Thumbs.db), not a document"},
	"ehthumbs.db": {schema.SkipDebris, "thumbnail_cache", "a Windows thumbnail cache (ehthumbs.db), not a document"},
	"desktop.ini": {schema.SkipDebris, "folder_settings", "Windows folder settings (desktop.ini), not a document"},
	".ds_store":   {schema.SkipDebris, "finder_metadata", "macOS Finder metadata (.DS_Store), not a document"},
}

// debrisByName tells debris from its file name.
func debrisByName(path string) (skip, bool) {
	name := filepath.Base(path)
	if s, ok := debrisNames[strings.ToLower(name)]; ok {
		return s, true
	}
	switch {
	case strings.HasPrefix(name, "~$"):
		return skip{schema.SkipDebris, "lock_file", "an Office owner file (~$…), which Word, Excel and WPS leave beside a document while it is open: not a document"}, true
	case strings.HasPrefix(name, "~WRL") && strings.EqualFold(filepath.Ext(name), ".tmp"):
		return skip{schema.SkipDebris, "temporary_file", "a temporary file Word leaves while saving (~WRL….tmp), not a document"}, true
	case strings.HasPrefix(name, ".~lock.") && strings.HasSuffix(name, "#"):
		return skip{schema.SkipDebris, "lock_file", "a LibreOffice lock file (.~lock.…#), left beside a document while it is open: not a document"}, true
	case strings.HasPrefix(name, "._"):
		return skip{schema.SkipDebris, "appledouble", "a macOS AppleDouble file (._…) holding another file's metadata, not a document"}, true
	}
	return skip{}, false
}

// Debris known without the name.
var (
	skipBroken = skip{schema.SkipDebris, "broken_link", "a symbolic link whose target does not exist"}
	skipEmpty  = skip{schema.SkipDebris, "empty", "an empty file (0 bytes)"}
)

// sqliteMagic and gzipMagic start a SQLite database and a gzip stream
// (a .jsonl.gz output), which the readers know nothing of.
const (
	sqliteMagic = "SQLite format 3\x00"
	gzipMagic   = "\x1f\x8b\x08"
)

// skipByContent tells, before extraction, the files found that are no
// report to read: empty ones, jixiao's own outputs, databases and gzip
// streams.
func skipByContent(data []byte) (skip, bool) {
	head := data[:min(len(data), ownerHead)]
	switch {
	case len(data) == 0:
		return skipEmpty, true
	case write.IsRecords(head):
		return skip{schema.SkipOutput, "jsonl", "an output of jixiao (JSON or JSONL records), not a report"}, true
	case isTableFile(head):
		return skip{schema.SkipOutput, "csv", "a table file of jixiao (CSV), not a report"}, true
	case bytes.HasPrefix(data, []byte(sqliteMagic)):
		return skip{schema.SkipUnsupported, "sqlite", "a SQLite database, not a report"}, true
	case bytes.HasPrefix(data, []byte(gzipMagic)):
		return skip{schema.SkipUnsupported, "gzip", "a gzip stream (.gz), which jixiao does not unpack"}, true
	}
	return skip{}, false
}

// isTableFile reports whether head starts a CSV file that jixiao wrote.
func isTableFile(head []byte) bool {
	if len(head) == 0 {
		return false
	}
	for _, t := range write.FlatTables() {
		if write.IsCSV(t.Name, head) {
			return true
		}
	}
	return false
}

// looksBinary reports whether data, which no reader took for text, is no
// text at all rather than text with a few bad bytes: in its first 8 KiB,
// NUL bytes that are not the zero halves of UTF-16 code units (90 % or
// more of them on one parity), or more than one control byte in twenty
// (white space, ESC and SUB aside).
func looksBinary(data []byte) bool {
	head := data[:min(len(data), 8<<10)]
	var nuls [2]int
	controls := 0
	for i, b := range head {
		switch {
		case b == 0:
			nuls[i%2]++
		case b < 0x20 && b != '\t' && b != '\n' && b != '\v' && b != '\f' && b != '\r' && b != 0x1a && b != 0x1b:
			controls++
		}
	}
	if n := nuls[0] + nuls[1]; n > 0 && max(nuls[0], nuls[1])*10 < n*9 {
		return true
	}
	return controls*20 > len(head)
}

// notReport reports whether a report has nothing of a report (rule 5).
func notReport(r *schema.Report) bool {
	if r.Kind != "unknown" || len(r.Sections) > 0 || len(r.Annexes) > 0 ||
		r.Title != "" || r.Unit != "" || r.FiscalYear != 0 {
		return false
	}
	for _, v := range r.Values {
		if v.Kind == "amount" {
			return false
		}
	}
	return true
}

// skipNotReport is the skip of a file that is not a report, read as format.
func skipNotReport(format string) skip {
	return skip{schema.SkipNotReport, format, "not a report: kind unknown, and no numbered section, annex, title, unit, fiscal year or amount of money"}
}
