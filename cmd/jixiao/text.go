package main

import (
	"fmt"
	"io"

	"github.com/jixiao-dev/jixiao/extract"
)

// text prints the canonical text of one input: the text every span in a
// report points into.
func (e *env) text(args []string) int {
	fs := e.newFlags("text", "text PATH")
	maxSize := fs.Int64("max-size", 64<<20, "refuse input files larger than this many `bytes`")
	paths, err := parse(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(paths) != 1 {
		fs.Usage()
		return exitUsage
	}
	data, err := e.readInput(paths[0], *maxSize)
	if err == nil {
		d, rerr := extract.Read(paths[0], data, extract.Options{})
		if rerr == nil {
			_, err = io.WriteString(e.stdout, d.Text)
			if err == nil {
				return exitOK
			}
		} else {
			err = rerr
		}
	}
	fmt.Fprintln(e.stderr, err)
	return exitFail
}
