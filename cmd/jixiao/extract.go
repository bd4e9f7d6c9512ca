package main

import (
	"context"
	"errors"
	"fmt"
	"runtime/pprof"
	"time"

	"github.com/jixiao-dev/jixiao/write"
)

// extract is the extract command: every input becomes a report, an error
// record or a skip record, written in input order by a pool of workers.
//
// The outputs are claimed (created empty when missing) and locked before
// the inputs are gathered, so that an input is compared with them by file
// identity and a second run on one of them stops at once; each must be
// empty or jixiao's own output, else the run stops with exit status 2
// before anything is written.
func (e *env) extract(args []string) int {
	c, err := e.parseConfig(args)
	if err != nil {
		return exitUsage
	}
	if c == nil {
		return exitOK // -h
	}
	outs, inputs, err := e.prepare(c)
	if err != nil {
		fmt.Fprintf(e.stderr, "jixiao extract: %s\n", escape(err.Error()))
		return exitUsage
	}
	wrote := false
	defer func() { outs.release(wrote) }()
	setMemoryLimit(inputs, c.jobs)
	w := newWorker(e, c.jobs)
	w.indent, w.maxSize, w.timeout, w.special, w.fields, w.lang = c.format == "json", c.maxSize, c.timeout, c.special, c.fields, c.lang
	var held holdings
	if c.resume {
		if held, err = e.loadRecords(outs); err != nil {
			fmt.Fprintf(e.stderr, "jixiao extract: --resume: %s\n", escape(err.Error()))
			return exitFail
		}
	}
	s, err := e.openSink(c, outs)
	if err != nil {
		fmt.Fprintf(e.stderr, "jixiao extract: %s\n", escape(err.Error()))
		return exitFail
	}
	wrote = true
	w.tables, w.json, w.wants = s.csv != nil || s.db != nil, s.out != nil, s.wants
	if c.resume {
		if err := s.loadTables(held); err != nil {
			s.close(false)
			fmt.Fprintf(e.stderr, "jixiao extract: --resume: %s\n", escape(err.Error()))
			return exitFail
		}
		w.held = held
	}
	stop, err := startProfiles(outs)
	if err != nil {
		s.close(false)
		fmt.Fprintf(e.stderr, "jixiao extract: %s\n", escape(err.Error()))
		return exitFail
	}
	code := e.bulk(c, inputs, w, s)
	if err := stop(code != exitInterrupted); err != nil {
		fmt.Fprintf(e.stderr, "jixiao extract: writing the profile: %s\n", escape(err.Error()))
		code = max(code, exitFail)
	}
	return code
}

// prepare claims and locks the outputs, gathers the inputs and checks that
// the outputs may be written; on an error the outputs are released.
func (e *env) prepare(c *config) (*outputs, []input, error) {
	outs, err := claimOutputs(c)
	if err != nil {
		return nil, nil, err
	}
	var inputs []input
	lockErr := outs.lockAll() // before the walk, so that a second run stops at once
	if lockErr == nil {
		inputs, err = e.gather(c.paths, c.filesFrom, c.walk, outs)
	}
	if err == nil {
		err = lockErr
	}
	if err == nil {
		err = outs.checkOwners()
	}
	if err != nil {
		outs.release(false)
		return nil, nil, err
	}
	return outs, inputs, nil
}

// bulk runs the workers over the inputs, writes the results and the
// summary, and returns the exit status.
func (e *env) bulk(c *config, inputs []input, w *worker, s *sink) int {
	start := time.Now()
	t := &tally{}
	m := newMeter(e.stderr, e.msg, progressMode(c.progress, e.terminal, c.quiet), e.plainEvery, len(inputs), t, start)
	sig, unnotify := e.signals()
	defer unnotify()
	it := watch(sig, e.msg, m.println)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w.ctx = ctx
	go func() {
		select {
		case <-it.drop:
			cancel() // stops the dropped extractions, once they take a context
		case <-ctx.Done():
		}
	}()
	emit := func(r *result) error {
		t.add(r)
		switch {
		case r.outcome == outFailed:
			m.println(escape(r.diag))
		case r.outcome == outSkipped && !c.quiet:
			m.println(escape(r.diag))
		}
		err := s.write(r)
		r.release()
		return err
	}
	idle := func() { _ = s.idle() } // a write error shows again at close
	n, werr := pipeline(inputs, c.jobs, w.process, emit, idle, it.stop, it.drop)
	interrupted := it.end()
	m.stop()
	if err := s.close(!interrupted && werr == nil); werr == nil {
		werr = err
	}
	if werr != nil {
		fmt.Fprintf(e.stderr, "jixiao extract: writing: %s\n", escape(werr.Error()))
	}
	resumable := c.format == "jsonl" && c.out != "" && c.out != "-" && !c.gzip || c.sqlite != ""
	line := summary(e.msg, t, time.Since(start), interrupted, len(inputs)-n, resumable)
	for _, note := range []string{s.redoneNote(e.msg), s.shortfall(e.msg), s.keptNote(e.msg)} {
		if note != "" {
			line += "; " + note
		}
	}
	if !c.quiet || interrupted || werr != nil {
		fmt.Fprintln(e.stderr, line)
	}
	switch {
	case interrupted:
		return exitInterrupted
	case werr != nil || t.failed.Load() > 0 && !c.exitZero:
		return exitFail
	}
	return exitOK
}

// loadRecords reads what the JSONL outputs of an earlier run hold (-o,
// --errors), cutting a last line left incomplete, before they are opened
// for appending.
func (e *env) loadRecords(outs *outputs) (holdings, error) {
	held := holdings{}
	for _, f := range []struct {
		cl  *claim
		bit dests
	}{{outs.out, toOut}, {outs.errs, toErrs}} {
		if f.cl == nil {
			continue
		}
		if f.cl.out.Special() {
			return nil, fmt.Errorf("%s %s is not a regular file: there is nothing to resume from", f.cl.flag, f.cl.out.Path)
		}
		path := f.cl.out.Path
		unknown, cut, err := loadDone(path, f.bit, held)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if cut > 0 {
			fmt.Fprintln(e.stderr, fmt.Sprintf(e.msg.cutLine, escape(path), cut))
		}
		if unknown > 0 {
			fmt.Fprintln(e.stderr, fmt.Sprintf(e.msg.foreign, escape(path), unknown))
		}
	}
	return held, nil
}

// loadTables adds what the SQLite database holds to held.
func (s *sink) loadTables(held holdings) error {
	if s.db == nil {
		return nil
	}
	return s.db.Holdings(func(sha, path, table, code string) {
		switch {
		case table == "reports":
			held.add(sha, path, outRead, toTables)
		case table == "skipped":
			held.add(sha, path, outSkipped, toTables) // sha "" for a file skipped unread
		case !retried[code]:
			held.add(sha, path, outFailed, toTables)
		}
	})
}

// startProfiles starts the CPU profile (--cpuprofile) and returns the
// function that stops it and writes both profiles, put in place only when
// complete.
func startProfiles(outs *outputs) (func(complete bool) error, error) {
	var cpu *write.Replacement
	var err error
	if outs.cpu != nil {
		if cpu, err = outs.cpu.out.Replace(); err != nil {
			return nil, err
		}
		if err := pprof.StartCPUProfile(cpu); err != nil {
			cpu.Abort()
			return nil, err
		}
	}
	return func(complete bool) error {
		var err error
		if cpu != nil {
			pprof.StopCPUProfile()
			err = finish(cpu, complete, nil)
		}
		if outs.mem != nil {
			mem, merr := outs.mem.out.Replace()
			if merr == nil {
				merr = finish(mem, complete, pprof.WriteHeapProfile(mem))
			}
			err = errors.Join(err, merr)
		}
		return err
	}, nil
}

// finish puts a profile in place, or drops it.
func finish(r *write.Replacement, complete bool, err error) error {
	if !complete || err != nil {
		r.Abort()
		return err
	}
	return r.Commit()
}
