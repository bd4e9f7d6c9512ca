package main

import (
	"fmt"
	"os"
	"runtime/pprof"
	"time"
)

// extract is the extract command: every input becomes a report, an error
// record or a skip record, written in input order by a pool of workers.
func (e *env) extract(args []string) int {
	c, err := e.parseConfig(args)
	if err != nil {
		return exitUsage
	}
	inputs, err := e.gather(c)
	if err != nil {
		fmt.Fprintf(e.stderr, "jixiao extract: %v\n", err)
		return exitUsage
	}
	if c.cpuProfile != "" {
		stop, err := startProfile(c.cpuProfile)
		if err != nil {
			fmt.Fprintf(e.stderr, "jixiao extract: %v\n", err)
			return exitUsage
		}
		defer stop()
	}
	var done map[string]bool
	if c.resume {
		if done, err = e.loadResume(c); err != nil {
			fmt.Fprintf(e.stderr, "jixiao extract: --resume: %v\n", err)
			return exitFail
		}
	}
	s, err := e.openSink(c)
	if err != nil {
		fmt.Fprintf(e.stderr, "jixiao extract: %v\n", err)
		return exitUsage
	}
	w := &worker{e: e, indent: c.format == "json", maxSize: c.maxSize, timeout: c.timeout, done: done}
	return e.bulk(c, inputs, w, s)
}

// bulk runs the workers over the inputs, writes the results and the
// summary, and returns the exit status.
func (e *env) bulk(c *config, inputs []input, w *worker, s *sink) int {
	start := time.Now()
	t := &tally{}
	m := newMeter(e.stderr, e.terminal && !c.quiet, len(inputs), t, start)
	sig, unnotify := e.signals()
	defer unnotify()
	it := watch(sig, m.println)
	emit := func(r *result) error {
		t.add(r)
		switch {
		case r.outcome == outFailed:
			m.println(r.diag)
		case r.outcome == outSkipped && !c.quiet:
			m.println(r.diag)
		}
		err := s.write(r)
		r.release()
		return err
	}
	idle := func() { _ = s.flush() } // a write error shows again at close
	n, werr := pipeline(inputs, c.jobs, w.process, emit, idle, it.stop, it.drop)
	interrupted := it.end()
	m.stop()
	if err := s.close(); werr == nil {
		werr = err
	}
	if werr != nil {
		fmt.Fprintf(e.stderr, "jixiao extract: writing: %v\n", werr)
	}
	resumable := c.out != "" && c.out != "-" && c.format == "jsonl"
	fmt.Fprintln(e.stderr, summary(t, time.Since(start), interrupted, len(inputs)-n, resumable))
	switch {
	case interrupted:
		return exitInterrupted
	case werr != nil || t.failed.Load() > 0:
		return exitFail
	}
	return exitOK
}

// loadResume reads the sha256s already in the output and the errors file.
func (e *env) loadResume(c *config) (map[string]bool, error) {
	done := make(map[string]bool)
	for _, path := range []string{c.out, c.errorsFile} {
		if path == "" {
			continue
		}
		unknown, cut, err := loadDone(path, done)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if cut > 0 {
			fmt.Fprintf(e.stderr, "jixiao extract: %s: cut an incomplete last line (%d bytes) left by an interrupted run\n", path, cut)
		}
		if unknown > 0 {
			fmt.Fprintf(e.stderr, "jixiao extract: %s: %d lines are not jixiao records; they are kept and ignored\n", path, unknown)
		}
	}
	return done, nil
}

// startProfile starts a CPU profile written to path; the returned function
// stops it.
func startProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}
