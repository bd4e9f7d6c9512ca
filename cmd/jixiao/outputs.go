package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/jixiao-dev/jixiao/write"
	"github.com/jixiao-dev/jixiao/write/sqlite"
)

// claim is one output file of a run, claimed before the inputs are
// gathered: its flag, its Output, and how to tell whether what it holds
// may be written over.
type claim struct {
	flag string // "-o", "--errors", …, for messages
	out  *write.Output
	ours func(head []byte) bool // the file holds jixiao's output of this kind
	kind string                 // what that output is, for messages
}

// outputs are the files a run writes. A nil field is an output not asked
// for (or standard output).
type outputs struct {
	out, errs, db, csv, cpu, mem *claim
	extra                        []*claim // the CSV table files: never inputs, written over only if ours
	all                          []*claim
}

// headSize is how much of an existing output is read to tell whose it is.
const ownerHead = 4 << 10

// claimOutputs opens every output the flags name, creating the missing
// ones empty, and refuses two flags naming one file (compared by identity,
// so ./a, a and a link to a are one file). The caller releases them.
func claimOutputs(c *config) (*outputs, error) {
	o := &outputs{}
	var err error
	add := func(flag, path string, dir bool, ours func([]byte) bool, kind string) *claim {
		if err != nil || path == "" || path == "-" {
			return nil
		}
		var out *write.Output
		if out, err = write.Claim(path, dir); err != nil {
			err = fmt.Errorf("%s %s: %w", flag, path, unwrapPath(err))
			return nil
		}
		cl := &claim{flag: flag, out: out, ours: ours, kind: kind}
		o.all = append(o.all, cl)
		return cl
	}
	switch {
	case c.format == "csv":
		o.csv = add("-o", c.out, true, nil, "")
	case c.out != "" && c.gzip:
		o.out = add("-o", c.out, false, isGzipRecords, "jixiao JSONL output compressed with gzip")
	case c.out != "":
		o.out = add("-o", c.out, false, write.IsRecords, "jixiao JSON output")
	}
	o.errs = add("--errors", c.errorsFile, false, write.IsRecords, "jixiao JSONL output")
	o.db = add("--sqlite", c.sqlite, false, sqlite.IsDatabase, "jixiao SQLite database")
	o.cpu = add("--cpuprofile", c.cpuProfile, false, isProfile, "profile")
	o.mem = add("--memprofile", c.memProfile, false, isProfile, "profile")
	if err == nil && o.csv != nil {
		err = o.claimCSVFiles()
	}
	if err == nil {
		err = o.distinct()
	}
	if err != nil {
		o.release(false)
		return nil, err
	}
	return o, nil
}

// claimCSVFiles records the table files that exist in the CSV directory, so
// that none is read as an input and none that is not a jixiao table file
// is written over.
func (o *outputs) claimCSVFiles() error {
	for _, p := range write.CSVPaths(o.csv.out.Path) {
		if _, err := os.Lstat(p); err != nil {
			continue
		}
		out, err := write.Claim(p, false)
		if err != nil {
			return fmt.Errorf("-o %s: %w", p, unwrapPath(err))
		}
		table := strings.TrimSuffix(filepath.Base(p), ".csv")
		cl := &claim{flag: "-o", out: out, ours: func(h []byte) bool { return write.IsCSV(table, h) }, kind: "jixiao CSV file"}
		o.extra = append(o.extra, cl)
		o.all = append(o.all, cl)
	}
	return nil
}

// distinct refuses two outputs that are one file.
func (o *outputs) distinct() error {
	for i, a := range o.all {
		for _, b := range o.all[:i] {
			if os.SameFile(a.out.Info(), b.out.Info()) && !a.out.Special() {
				return fmt.Errorf("%s and %s name the same file (%s)", b.flag, a.flag, a.out.Path)
			}
		}
	}
	return nil
}

// is reports whether info is one of the outputs: an input that is one is
// never read.
func (o *outputs) is(info os.FileInfo) (*claim, bool) {
	if o == nil || info == nil {
		return nil, false
	}
	for _, cl := range o.all {
		if os.SameFile(cl.out.Info(), info) {
			return cl, true
		}
	}
	return nil, false
}

// lockAll takes every output's lock.
func (o *outputs) lockAll() error {
	for _, cl := range o.all {
		if err := cl.out.Lock(); err != nil {
			return err
		}
	}
	return nil
}

// checkOwners checks that each output is empty or holds jixiao's output of
// its kind: anything else (an input, a document, another program's data)
// is never written over.
func (o *outputs) checkOwners() error {
	for _, cl := range o.all {
		if cl.ours == nil || cl.out.Special() {
			continue
		}
		head, err := cl.out.Head(ownerHead)
		if err != nil {
			return fmt.Errorf("%s %s: %w", cl.flag, cl.out.Path, err)
		}
		if len(head) > 0 && !cl.ours(head) {
			return fmt.Errorf("%s %s: the file exists and is not a %s; refusing to write over it (remove it or name another file)", cl.flag, cl.out.Path, cl.kind)
		}
	}
	return nil
}

// release unlocks and closes every output; with keep false, the files
// that claimOutputs created and nothing was written to are removed.
func (o *outputs) release(keep bool) error {
	var err error
	for i := len(o.all) - 1; i >= 0; i-- {
		err = errors.Join(err, o.all[i].out.Close(keep))
	}
	o.all = nil
	return err
}

// isProfile reports whether head is the start of a pprof profile (gzip).
func isProfile(head []byte) bool {
	return len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b
}

// unwrapPath drops the path and operation of an *os.PathError, which the
// caller's message already names.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
