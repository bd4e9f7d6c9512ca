package main

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/jixiao-dev/jixiao/schema"
)

const checkHelp = "check [--fail-on fail|warn|none] [--format text|json|jsonl|csv] [-j N] [--timeout DURATION] PATH...\n\n" +
	"Runs extract on each input and prints, per file, the checks that failed\n" +
	"or warned as a table with the lines of their figures, and a count of the\n" +
	"rest, in input order whatever -j, then a closing summary. A file read\n" +
	"that is no report of a known kind is \"not a recognised report\": a warn.\n" +
	"--format json, jsonl and csv print every check of every file for\n" +
	"programs (see the README). Exit status: 0 when no check reaches\n" +
	"--fail-on, 1 when one does or an input could not be read, 2 usage."

// checkConfig is the check command's command line.
type checkConfig struct {
	failOn  string
	format  string
	maxSize int64
	timeout time.Duration
	jobs    int
	special bool
	lang    string
	walk    walkRules
	paths   []string
}

// parseCheck parses the check command's flags; it returns nil and the
// exit status when the command should end there (help, usage error).
func (e *env) parseCheck(args []string) (*checkConfig, int) {
	c := &checkConfig{}
	fs := e.newFlags("check", checkHelp)
	fs.StringVar(&c.failOn, "fail-on", "fail", "exit 1 when a check has this `status` or worse: fail, warn, or none")
	fs.StringVar(&c.format, "format", "text", "output `format`: text (a table per file), json (one document), jsonl (a line per file, then the summary) or csv (a row per check)")
	fs.Int64Var(&c.maxSize, "max-size", defaultMaxSize, "refuse input files larger than this many `bytes` (1 to 1 GiB)")
	fs.DurationVar(&c.timeout, "timeout", defaultTimeout, "give up on a file whose extraction takes longer than `DURATION` (0: no limit; at most 24h)")
	fs.IntVar(&c.jobs, "j", runtime.NumCPU(), "check with `N` workers; the output is the same for any N")
	fs.BoolVar(&c.special, "allow-special", false, "read named pipes (FIFOs) and devices named as inputs")
	fs.StringVar(&c.lang, "lang", "", "language of the text output and messages: zh or en (default from LC_ALL, LC_MESSAGES or LANG)")
	addWalkFlags(fs, &c.walk)
	paths, err := parse(fs, args)
	if err != nil {
		return nil, e.flagStatus(fs, err, nil)
	}
	c.paths = paths
	var problem error
	switch _, ok := failLevels[c.failOn]; {
	case !ok:
		problem = fmt.Errorf("unknown --fail-on %q (want fail, warn or none)", c.failOn)
	case !checkFormats[c.format]:
		problem = fmt.Errorf("unknown --format %q (want text, json, jsonl or csv)", c.format)
	case len(paths) == 0:
		problem = errors.New("no input: name files, directories or - for standard input")
	case count(paths, "-") > 1:
		problem = errors.New("standard input (-) can be read only once")
	}
	if problem == nil {
		problem = checkRanges(c.jobs, c.maxSize, c.timeout)
	}
	if problem == nil {
		problem = e.setLang(c.lang)
	}
	if problem != nil {
		fmt.Fprintf(e.stderr, "jixiao check: %v\n", problem)
		return nil, exitUsage
	}
	return c, exitOK
}

// check is the check command: the consistency checks of each input, for a
// reviewer or for a pipeline that stops on a bad report.
func (e *env) check(args []string) int {
	c, code := e.parseCheck(args)
	if c == nil {
		return code
	}
	threshold := failLevels[c.failOn]
	inputs, err := e.gather(c.paths, "", c.walk, nil)
	if err != nil {
		fmt.Fprintf(e.stderr, "jixiao check: %s\n", escape(err.Error()))
		return exitUsage
	}
	setMemoryLimit(inputs, c.jobs)
	w := newWorker(e, c.jobs)
	w.maxSize, w.timeout, w.special, w.keep, w.lang = c.maxSize, c.timeout, c.special, true, c.lang
	out := newCheckWriter(e.stdout, c.format, e.msg)
	status := exitOK
	var sum checkSummary
	emit := func(r *checked) error {
		if r.diag != "" {
			fmt.Fprintln(e.stderr, escape(r.diag))
		}
		if r.fails(threshold) {
			status = exitFail
		}
		sum.add(r)
		return out.file(r)
	}
	process := func(in input) *checked { return w.checkOne(in) }
	_, err = pipeline(inputs, c.jobs, process, emit, func() {}, nil, nil)
	if err == nil {
		err = out.end(sum)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "jixiao check: writing: %v\n", err)
		return exitFail
	}
	return status
}

// checkFormats are the values of check --format.
var checkFormats = map[string]bool{"text": true, "json": true, "jsonl": true, "csv": true}

// checked is what check found of one input.
type checked struct {
	path    string
	source  schema.Source
	kind    string         // the report's kind; "" when there is no report
	checks  []schema.Check // every check, pass or not
	errInfo *schema.ErrorInfo
	skipped *schema.SkipInfo
	diag    string // for standard error: the error, or the skip
	failed  bool   // the input could not be read
	worst   int    // the highest status level of its checks; warn for a report of no known kind
}

// fails reports whether the input fails the run at threshold.
func (r *checked) fails(threshold int) bool {
	return r.failed || (r.kind != "" && r.worst >= threshold)
}

// checkOne reads and extracts one input, within the timeout, as extract
// does (a file found in a walk is skipped as extract skips it: debris, a
// format jixiao does not read, not a report), and keeps its checks. A
// report of no known kind is a warn.
func (w *worker) checkOne(in input) *checked {
	r := w.process(in)
	out := &checked{path: in.path, diag: r.diag}
	switch r.outcome {
	case outRead:
		rep := r.report
		out.source, out.kind, out.checks = rep.Source, rep.Kind, rep.Checks
		for _, k := range rep.Checks {
			out.worst = max(out.worst, statusLevel(k.Status))
		}
		if rep.Kind == "unknown" {
			out.worst = max(out.worst, statusLevel("warn"))
		}
	case outFailed:
		out.source, out.errInfo, out.failed = r.errRec.Source, &r.errRec.Error, true
	case outSkipped:
		out.source, out.skipped = r.skipRec.Source, &r.skipRec.Skipped
	}
	return out
}

// failLevels maps --fail-on to the lowest status level that fails the run.
var failLevels = map[string]int{"fail": 2, "warn": 1, "none": 3}

// statusLevel ranks a check's status: pass 0, warn 1, fail 2.
func statusLevel(s string) int {
	switch s {
	case "fail":
		return 2
	case "warn":
		return 1
	}
	return 0
}

// writeChecks writes checks as a table aligned by display width (a CJK
// character takes two columns), indented under the file's line.
func writeChecks(w io.Writer, columns []string, checks []schema.Check) {
	rows := [][]string{columns}
	for _, k := range checks {
		rows = append(rows, []string{k.Rule, k.Status, lineList(k.Spans),
			withUnit(k.Expected, k.Unit, false), withUnit(k.Actual, k.Unit, false), withUnit(k.Tolerance, k.Unit, true), k.Message})
	}
	widths := make([]int, len(columns))
	for _, r := range rows {
		for i, cell := range r[:len(r)-1] {
			widths[i] = max(widths[i], displayWidth(cell))
		}
	}
	for _, r := range rows {
		var b strings.Builder
		b.WriteString("  ")
		for i, cell := range r {
			b.WriteString(cell)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-displayWidth(cell)+2))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

// lineList writes the distinct lines of spans in order ("52" or
// "226,238,242"); more than six become "209,229,274,287,297,307,+8".
func lineList(spans []schema.Span) string {
	seen := map[int]bool{}
	var lines []int
	for _, s := range spans {
		if s.Line > 0 && !seen[s.Line] {
			seen[s.Line] = true
			lines = append(lines, s.Line)
		}
	}
	// The first span is the figure the check is about (the written total,
	// the rate, the score); the others follow in line order.
	if len(lines) > 1 {
		sort.Ints(lines[1:])
	}
	parts := make([]string, 0, 7)
	for i, l := range lines {
		if i == 6 {
			parts = append(parts, "+"+strconv.Itoa(len(lines)-6))
			break
		}
		parts = append(parts, strconv.Itoa(l))
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, ",")
}

// withUnit writes a figure of a check with its unit; a rate's expected and
// actual are in %, its tolerance in percentage points.
func withUnit(d schema.Decimal, unit string, tolerance bool) string {
	if d == "" {
		return "-"
	}
	if unit == "百分点" && !tolerance {
		return string(d) + "%"
	}
	return string(d) + unit
}

// displayWidth is the number of terminal columns s takes: two for wide
// (CJK) characters, one for the rest.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) || (r >= 0xFF01 && r <= 0xFF60) || (r >= 0x3000 && r <= 0x303F) {
			n += 2
		} else {
			n++
		}
	}
	return n
}
