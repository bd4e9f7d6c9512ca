package write

import (
	"strconv"

	"github.com/jixiao-dev/jixiao/schema"
)

// reportRow is the one row of the reports table.
func reportRow(r *schema.Report) []string {
	var weight, score schema.Decimal
	indicators := 0
	if r.Facts != nil && r.Facts.SelfEvaluation != nil {
		weight, score = r.Facts.SelfEvaluation.TotalWeight, r.Facts.SelfEvaluation.TotalScore
	}
	for _, ev := range evaluations(r.Facts) {
		if ev != nil {
			indicators += len(ev.Indicators)
		}
	}
	failed := 0
	for _, c := range r.Checks {
		if c.Status == "fail" {
			failed++
		}
	}
	s := r.Source
	return []string{
		RecordID(s), s.Path, s.Format, s.Encoding, itoa(int(s.Bytes)),
		r.SchemaVersion, r.Kind, r.Title, r.Unit, optInt(r.FiscalYear),
		string(weight), string(score),
		itoa(countSections(r.Sections)), itoa(len(r.Tables)), itoa(len(r.Values)), itoa(indicators),
		itoa(len(r.Checks)), itoa(failed), itoa(len(r.Warnings)), s.SHA256,
	}
}

// countSections counts the sections of a tree, all levels.
func countSections(secs []schema.Section) int {
	n := len(secs)
	for _, s := range secs {
		n += countSections(s.Children)
	}
	return n
}

// sectionRows are the rows of the sections table, depth first.
func sectionRows(id string, secs []schema.Section) [][]string {
	var rows [][]string
	var walk func(prefix string, secs []schema.Section)
	walk = func(prefix string, secs []schema.Section) {
		for i, s := range secs {
			path := prefix + itoa(i+1)
			rows = append(rows, withSpan([]string{
				id, path, itoa(s.Level), itoa(s.Ordinal), s.Marker, s.Title, s.Text,
			}, s.Span))
			walk(path+".", s.Children)
		}
	}
	walk("", secs)
	return rows
}

// valueRows are the rows of the values table, with where each value sits.
func valueRows(id string, vals []schema.Value, loc *locator) [][]string {
	rows := make([][]string, 0, len(vals))
	for i, v := range vals {
		sec := loc.section(v.Span)
		t, r, c := loc.cell(v.Span)
		rows = append(rows, withSpan([]string{
			id, itoa(i), v.Kind, v.Raw, string(v.Number), v.Unit, v.UnitCanonical, v.UnitSource,
			string(v.Yuan), string(v.NumberCanonical), optInt(v.Precision), v.ISO, v.From, v.To,
			string(v.Low), string(v.High), v.Op, boolText(v.Approx),
			sec, optIndex(t), optIndex(r), optIndex(c),
		}, v.Span))
	}
	return rows
}

// checkRows are the rows of the checks table; the span is the first one.
func checkRows(id string, checks []schema.Check) [][]string {
	rows := make([][]string, 0, len(checks))
	for i, c := range checks {
		row := []string{
			id, itoa(i), c.Rule, c.Status, c.Message,
			string(c.Expected), string(c.Actual), string(c.Tolerance), c.Unit, itoa(len(c.Spans)),
		}
		if len(c.Spans) > 0 {
			row = withSpan(row, c.Spans[0])
		} else {
			row = append(row, "", "", "")
		}
		rows = append(rows, row)
	}
	return rows
}

// warningRows are the rows of the warnings table.
func warningRows(id string, ws []schema.Warning) [][]string {
	rows := make([][]string, 0, len(ws))
	for i, w := range ws {
		rows = append(rows, withSpan([]string{id, itoa(i), w.Code, w.Message}, w.Span))
	}
	return rows
}

// withSpan appends the span columns to a row.
func withSpan(row []string, s schema.Span) []string {
	return append(row, itoa(s.Start), itoa(s.End), itoa(s.Line))
}

// itoa formats an integer.
func itoa(n int) string { return strconv.Itoa(n) }

// optInt formats an integer that is absent when zero (omitempty in JSON).
func optInt(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// optIndex formats an index that is absent when negative.
func optIndex(n int) string {
	if n < 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// boolText formats a boolean as "1" or "0".
func boolText(b bool) string {
	if b {
		return "1"
	}
	return "0"
}
