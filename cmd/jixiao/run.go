package main

import (
	"flag"
	"fmt"
	"io"
)

// Exit statuses.
const (
	exitOK    = 0 // every input was read
	exitFail  = 1 // some input failed
	exitUsage = 2 // the command line was wrong
)

const usage = `jixiao turns budget-performance reports (绩效自评报告, 自评表) into JSON.

Usage:
  jixiao extract [-o FILE] [--format json|jsonl] PATH...   reports as JSON
  jixiao text PATH                                         the canonical text spans point into
  jixiao help                                              this text

PATH is a file, a directory (read recursively, hidden files skipped) or - for
standard input. Exit status: 0 all inputs read, 1 some input failed, 2 usage.
`

// env is what a command may touch of the process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// run is the whole command line; main only exits with its status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "extract":
		return e.extract(args[1:])
	case "text":
		return e.text(args[1:])
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
