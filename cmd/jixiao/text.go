package main

import (
	"fmt"
	"io"
	"os"

	"github.com/jixiao-dev/jixiao/extract"
)

// text prints the canonical text of one input: the text every span in a
// report points into.
func (e *env) text(args []string) int {
	fs := e.newFlags("text", "text PATH")
	maxSize := fs.Int64("max-size", defaultMaxSize, "refuse input files larger than this many `bytes` (1 to 1 GiB)")
	special := fs.Bool("allow-special", false, "read PATH even when it is a named pipe (FIFO) or a device")
	paths, err := parse(fs, args)
	if err != nil {
		return e.flagStatus(fs, err, nil)
	}
	if len(paths) != 1 {
		fs.Usage()
		return exitUsage
	}
	if err := checkRanges(1, *maxSize, 0); err != nil {
		fmt.Fprintf(e.stderr, "jixiao text: %v\n", err)
		return exitUsage
	}
	in := input{path: paths[0], named: true}
	if info, err := os.Stat(in.path); err == nil && in.path != "-" {
		in.special = specialKind(info)
	}
	if in.special != "" && !*special {
		fmt.Fprintf(e.stderr, "%s: %s: name it with --allow-special to read it\n", escape(in.path), specialNames[in.special])
		return exitFail
	}
	data, err := e.readInput(in, *maxSize, 0)
	if err == nil {
		d, rerr := extract.Read(in.path, data, extract.Options{})
		if rerr == nil {
			_, err = io.WriteString(e.stdout, d.Text)
			if err == nil {
				return exitOK
			}
		} else {
			err = rerr
		}
	}
	fmt.Fprintln(e.stderr, escape(err.Error()))
	return exitFail
}
