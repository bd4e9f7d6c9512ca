package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/jixiao-dev/jixiao/schema"
	"github.com/jixiao-dev/jixiao/write"
)

// checkSummary counts what check found, for its closing summary.
type checkSummary struct {
	Files        int `json:"files"`         // inputs, skipped ones included
	Reports      int `json:"reports"`       // inputs read as reports
	Unrecognised int `json:"unrecognised"`  // reports of no known kind
	Unreadable   int `json:"unreadable"`    // inputs that could not be read
	Skipped      int `json:"skipped"`       // inputs skipped
	Failed       int `json:"failed_checks"` // checks with status fail
	Warned       int `json:"warned_checks"` // checks with status warn
	Passed       int `json:"passed_checks"` // checks with status pass
}

// add counts one input.
func (s *checkSummary) add(r *checked) {
	s.Files++
	switch {
	case r.failed:
		s.Unreadable++
	case r.skipped != nil:
		s.Skipped++
	default:
		s.Reports++
		if r.kind == "unknown" {
			s.Unrecognised++
		}
	}
	for _, k := range r.checks {
		switch k.Status {
		case "fail":
			s.Failed++
		case "warn":
			s.Warned++
		case "pass":
			s.Passed++
		}
	}
}

// checkRecord is one input in check's json and jsonl output: its source,
// its kind (recognised is false for a report of no known kind, which
// counts as a warn), its status — the worst of its checks ("pass",
// "warn", "fail"), "error" when it could not be read, "skipped" when it
// was not read as a report —, the counts, every check, and the error or
// skip of an input without a report.
type checkRecord struct {
	Producer   *schema.Producer  `json:"producer,omitempty"` // in JSONL, on every line
	Source     schema.Source     `json:"source"`
	Kind       string            `json:"kind,omitempty"`
	Recognised bool              `json:"recognised"`
	Status     string            `json:"status"`
	Failed     int               `json:"failed"`
	Warned     int               `json:"warned"`
	Passed     int               `json:"passed"`
	Checks     []schema.Check    `json:"checks"`
	Error      *schema.ErrorInfo `json:"error,omitempty"`
	Skipped    *schema.SkipInfo  `json:"skipped,omitempty"`
}

// record is r as a checkRecord.
func (r *checked) record() checkRecord {
	rec := checkRecord{Source: r.source, Kind: r.kind, Recognised: r.kind != "" && r.kind != "unknown",
		Checks: r.checks, Error: r.errInfo, Skipped: r.skipped}
	if rec.Checks == nil {
		rec.Checks = []schema.Check{}
	}
	for _, k := range r.checks {
		switch k.Status {
		case "fail":
			rec.Failed++
		case "warn":
			rec.Warned++
		case "pass":
			rec.Passed++
		}
	}
	switch {
	case r.failed:
		rec.Status = "error"
	case r.skipped != nil:
		rec.Status = "skipped"
	default:
		rec.Status = [...]string{"pass", "warn", "fail"}[r.worst]
	}
	return rec
}

// checkWriter writes check's output in one of its formats.
type checkWriter struct {
	w      *bufio.Writer
	format string
	msg    *messages
	csv    *csv.Writer
	n      int // files written
}

// newCheckWriter starts the output: the CSV header, or the JSON
// document's opening.
func newCheckWriter(w io.Writer, format string, msg *messages) *checkWriter {
	cw := &checkWriter{w: bufio.NewWriter(w), format: format, msg: msg}
	switch format {
	case "csv":
		cw.csv = csv.NewWriter(cw.w)
		cw.csv.UseCRLF = true
		cw.csv.Write(checkCSVHeader)
	case "json":
		cw.w.WriteString("{\"producer\":")
		p := write.Producer()
		b, _ := write.Marshal(p, false)
		cw.w.Write(b[:len(b)-1])
		cw.w.WriteString(",\"files\":[")
	}
	return cw
}

// checkCSVHeader are the columns of check --format csv: one row per check
// of every file, and one row for a file without checks to show (not a
// recognised report: rule report.recognised, status warn; could not be
// read: status error; skipped: status skipped).
var checkCSVHeader = []string{"path", "sha256", "kind", "rule", "status", "lines", "expected", "actual", "tolerance", "unit", "message"}

// file writes one input.
func (cw *checkWriter) file(r *checked) error {
	defer func() { cw.n++ }()
	switch cw.format {
	case "text":
		return cw.text(r)
	case "csv":
		return cw.csvRows(r)
	}
	rec := r.record()
	if cw.format == "jsonl" {
		p := write.Producer()
		rec.Producer = &p
	}
	b, err := write.Marshal(rec, false)
	if err != nil {
		return err
	}
	if cw.format == "json" && cw.n > 0 {
		cw.w.WriteByte(',')
	}
	if cw.format == "json" {
		b = b[:len(b)-1]
	}
	_, err = cw.w.Write(b)
	return err
}

// text writes the count line and the table of failed and warned checks
// of one input; an input without a report writes nothing (its error or
// skip is on standard error).
func (cw *checkWriter) text(r *checked) error {
	if r.failed || r.skipped != nil {
		return nil
	}
	var b strings.Builder
	if r.kind == "unknown" {
		fmt.Fprintln(&b, fmt.Sprintf(cw.msg.notReport, escape(r.path)))
	}
	rec := r.record()
	fmt.Fprintln(&b, fmt.Sprintf(cw.msg.checkFile, escape(r.path), rec.Failed, rec.Warned, rec.Passed))
	var shown []schema.Check
	for _, k := range r.checks {
		if k.Status != "pass" {
			shown = append(shown, k)
		}
	}
	if len(shown) > 0 {
		writeChecks(&b, cw.msg.columns, shown)
	}
	_, err := cw.w.WriteString(b.String())
	return err
}

// csvRows writes the rows of one input.
func (cw *checkWriter) csvRows(r *checked) error {
	src := r.source
	row := func(rule, status, lines, expected, actual, tolerance, unit, message string) {
		cw.csv.Write([]string{src.Path, src.SHA256, r.kind, rule, status, lines, expected, actual, tolerance, unit, message})
	}
	switch {
	case r.failed:
		row("", "error", "", "", "", "", "", r.errInfo.Message)
	case r.skipped != nil:
		row("", "skipped", "", "", "", "", "", r.skipped.Reason)
	case r.kind == "unknown":
		row("report.recognised", "warn", "", "", "", "", "", "not a recognised report (kind unknown)")
	}
	for _, k := range r.checks {
		row(k.Rule, k.Status, lineList(k.Spans), string(k.Expected), string(k.Actual), string(k.Tolerance), k.Unit, k.Message)
	}
	cw.csv.Flush()
	return cw.csv.Error()
}

// end writes the closing summary — the last line of text, the summary
// member of the JSON document, the last line of JSONL ({"summary": …}); a
// CSV file has none (every row is a check) — and flushes the output.
func (cw *checkWriter) end(s checkSummary) error {
	switch cw.format {
	case "text":
		fmt.Fprintln(cw.w, fmt.Sprintf(cw.msg.checkSummary, s.Files, s.Failed, s.Warned, s.Passed, s.Unrecognised, s.Unreadable, s.Skipped))
	case "json", "jsonl":
		b, err := write.Marshal(s, false)
		if err != nil {
			return err
		}
		if cw.format == "json" {
			fmt.Fprintf(cw.w, "],\"summary\":%s}\n", b[:len(b)-1])
		} else {
			fmt.Fprintf(cw.w, "{\"summary\":%s}\n", b[:len(b)-1])
		}
	}
	return cw.w.Flush()
}
