package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// Exit statuses.
const (
	exitOK    = 0 // every input was read
	exitFail  = 1 // some input failed
	exitUsage = 2 // the command line was wrong

	// exitInterrupted ends a run stopped by Ctrl-C (SIGINT) or SIGTERM, as
	// a shell reports a command killed by SIGINT: 128+2. The output holds
	// only whole records; run again with --resume to finish.
	exitInterrupted = 130
)

const usage = `jixiao turns budget-performance reports (绩效自评报告, 自评表) into JSON.

Usage:
  jixiao extract [-o FILE] [--format json|jsonl] [-j N] [--resume] PATH...
                                                           reports as JSON
  jixiao check [--fail-on fail|warn|none] PATH...          failed and warned consistency checks
  jixiao extract --format csv -o DIR [--excel] PATH...     flat tables as CSV files, one per table
  jixiao extract --sqlite FILE PATH...                     flat tables loaded into SQLite (appends)
  jixiao schema                                            the JSON Schema of a report
  jixiao text PATH                                         the canonical text spans point into
  jixiao review -o DIR PATH...                             HTML review pages for auditors, and DIR/index.html
  jixiao help                                              this text

PATH is a file, a directory (read recursively, hidden files skipped) or - for
standard input; run "jixiao extract -h" for every flag. Exit status: 0 all
inputs read (files found in a directory in formats jixiao does not read are
skipped, not failed; a file named on the command line must be read), 1 some
input failed, 2 usage, 130 interrupted.
`

// env is what a command may touch of the process. Tests make their own,
// with signals they send themselves.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	terminal       bool                              // stderr is a terminal: draw the progress meter
	signals        func() (<-chan os.Signal, func()) // interrupts, and how to stop receiving them
}

// run is the whole command line; main only exits with its status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	tuneGC()
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, terminal: isTerminal(stderr), signals: notifySignals}
	return e.run(args)
}

// tuneGC trades memory for CPU unless the user set GOGC: a run holds only
// a few small documents at a time, so the heap may grow to five times the
// live data between collections (GOGC=400; peak RSS about 26 MB instead of
// 14 on the seed, and less CPU per document). setMemoryLimit bounds that
// growth once the inputs are known.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
}

// The soft memory limit of a run (unless the user set GOMEMLIMIT): a floor,
// plus memPerInputByte bytes per byte of the largest input for each
// worker. The factor is what extraction holds per byte of input today
// (a 60 MB text peaks at about 2 GiB), so that the collector works harder
// only when the heap outgrows what the inputs need, instead of spending
// most of the CPU under a fixed limit that one large input exceeds (issue
// 20: 43% of the CPU was collection at 512 MiB).
const (
	memFloor        = 256 << 20
	memPerInputByte = 40
)

// setMemoryLimit sets the soft memory limit from the inputs' sizes. An
// input whose size is not known in advance (standard input, a pipe) counts
// as large as the largest regular file, or the floor.
func setMemoryLimit(inputs []input, jobs int) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(memoryLimit(inputs, jobs))
}

// memoryLimit is the limit setMemoryLimit sets.
func memoryLimit(inputs []input, jobs int) int64 {
	var largest int64
	for _, in := range inputs {
		largest = max(largest, in.size)
	}
	n := int64(min(jobs, max(len(inputs), 1)))
	return memFloor + n*memPerInputByte*largest
}

// run runs the command named by args[0].
func (e *env) run(args []string) int {
	stdout, stderr := e.stdout, e.stderr
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "extract":
		return e.extract(args[1:])
	case "text":
		return e.text(args[1:])
	case "schema":
		return e.schemaCmd(args[1:])
	case "check":
		return e.check(args[1:])
	case "review":
		return e.review(args[1:])
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "jixiao: unknown command %q\n\n%s", args[0], usage)
	return exitUsage
}

// parse parses flags that may stand before, between or after the
// positional arguments, and returns the positional ones.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		// Parse stops at the first positional argument (or after "--").
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// newFlags makes a flag set that reports errors instead of exiting.
func (e *env) newFlags(name, help string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: jixiao %s\n\nFlags:\n", help)
		fs.PrintDefaults()
	}
	return fs
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
