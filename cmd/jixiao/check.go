package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/jixiao-dev/jixiao/schema"
)

const checkHelp = "check [--fail-on fail|warn|none] [-j N] [--timeout DURATION] PATH...\n\n" +
	"Runs extract on each input and prints, per file, the checks that failed\n" +
	"or warned as a table with the lines of their figures, and a count of the\n" +
	"rest, in input order whatever -j. Exit status: 0 when no check reaches\n" +
	"--fail-on, 1 when one does or an input could not be read, 2 usage."

// check is the check command: the consistency checks of each input, for a
// reviewer or for a pipeline that stops on a bad report.
func (e *env) check(args []string) int {
	fs := e.newFlags("check", checkHelp)
	failOn := fs.String("fail-on", "fail", "exit 1 when a check has this `status` or worse: fail, warn, or none")
	maxSize := fs.Int64("max-size", defaultMaxSize, "refuse input files larger than this many `bytes` (1 to 1 GiB)")
	timeout := fs.Duration("timeout", defaultTimeout, "give up on a file whose extraction takes longer than `DURATION` (0: no limit; at most 24h)")
	jobs := fs.Int("j", runtime.NumCPU(), "check with `N` workers; the output is the same for any N")
	hidden := fs.Bool("hidden", false, "also read hidden files and directories found in directories")
	special := fs.Bool("allow-special", false, "read named pipes (FIFOs) and devices named as inputs")
	paths, err := parse(fs, args)
	if err != nil {
		return exitUsage
	}
	threshold, ok := failLevels[*failOn]
	if !ok || len(paths) == 0 {
		if !ok {
			fmt.Fprintf(e.stderr, "jixiao check: unknown --fail-on %q (want fail, warn or none)\n", *failOn)
		}
		fs.Usage()
		return exitUsage
	}
	if err := checkRanges(*jobs, *maxSize, *timeout); err != nil {
		fmt.Fprintf(e.stderr, "jixiao check: %v\n", err)
		return exitUsage
	}
	inputs, err := e.gather(paths, "", *hidden, nil)
	if err != nil {
		fmt.Fprintf(e.stderr, "jixiao check: %s\n", escape(err.Error()))
		return exitUsage
	}
	setMemoryLimit(inputs, *jobs)
	w := newWorker(e, *jobs)
	w.maxSize, w.timeout, w.special = *maxSize, *timeout, *special
	status := exitOK
	emit := func(r *checked) error {
		if r.diag != "" {
			fmt.Fprintln(e.stderr, escape(r.diag))
		}
		if r.fails(threshold) {
			status = exitFail
		}
		_, err := io.WriteString(e.stdout, r.text)
		return err
	}
	process := func(in input) *checked { return w.checkOne(in) }
	if _, err := pipeline(inputs, *jobs, process, emit, func() {}, nil, nil); err != nil {
		fmt.Fprintf(e.stderr, "jixiao check: writing: %v\n", err)
		return exitFail
	}
	return status
}

// checked is what check prints for one input.
type checked struct {
	text   string // for standard output: the count line and the table
	diag   string // for standard error: the error, or the skip
	failed bool   // the input could not be read
	worst  int    // the highest status level of its checks
}

// fails reports whether the input fails the run at threshold.
func (r *checked) fails(threshold int) bool {
	return r.failed || (r.text != "" && r.worst >= threshold)
}

// checkOne reads and extracts one input, within the timeout, and lays out
// its checks. A file in a format jixiao does not read, or a special file,
// found in a directory is skipped.
func (w *worker) checkOne(in input) *checked {
	if in.special != "" && !(in.named && w.special) {
		r := w.refuseSpecial(in)
		return &checked{diag: r.diag, failed: r.outcome == outFailed}
	}
	data, err := w.e.readInput(in, w.maxSize, w.timeout)
	if err != nil {
		return &checked{diag: err.Error(), failed: true}
	}
	rep, err := within(w, in.path, func(ctx context.Context) (*schema.Report, error) {
		return w.stages(ctx, in.path, data)
	})
	if err != nil {
		if format, skip := skipFormat(data, err); skip {
			return &checked{diag: fmt.Sprintf("%s: skipped (%s)", in.path, format)}
		}
		return &checked{diag: err.Error(), failed: true}
	}
	var shown []schema.Check
	counts := map[string]int{}
	out := &checked{}
	for _, k := range rep.Checks {
		counts[k.Status]++
		if k.Status != "pass" {
			shown = append(shown, k)
		}
		out.worst = max(out.worst, statusLevel(k.Status))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d failed, %d warned, %d passed\n", escape(in.path), counts["fail"], counts["warn"], counts["pass"])
	if len(shown) > 0 {
		writeChecks(&b, shown)
	}
	out.text = b.String()
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

// checkColumns are the headings of the table of checks.
var checkColumns = []string{"RULE", "STATUS", "LINE", "EXPECTED", "ACTUAL", "TOLERANCE", "MESSAGE"}

// writeChecks writes checks as a table aligned by display width (a CJK
// character takes two columns), indented under the file's line.
func writeChecks(w io.Writer, checks []schema.Check) {
	rows := [][]string{checkColumns}
	for _, k := range checks {
		rows = append(rows, []string{k.Rule, k.Status, lineList(k.Spans),
			withUnit(k.Expected, k.Unit, false), withUnit(k.Actual, k.Unit, false), withUnit(k.Tolerance, k.Unit, true), k.Message})
	}
	widths := make([]int, len(checkColumns))
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
