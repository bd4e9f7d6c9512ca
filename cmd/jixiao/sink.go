package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/jixiao-dev/jixiao/write"
	"github.com/jixiao-dev/jixiao/write/sqlite"
)

// Batches. The JSONL outputs are synced and the SQLite transaction
// committed together, every batchSize records or, when the run waits for a
// slow file, once batchEvery has passed; JSONL first, so that SQLite never
// holds an input the JSONL lacks, and after a kill --resume has only
// SQLite's missing batch to redo.
const (
	batchSize  = 256
	batchEvery = time.Second
)

// sink is where results go, in input order: a report to -o (or standard
// output), an error or skip record to --errors, to -o in JSONL, or only to
// standard error (indented JSON without --errors); and the flat tables of
// each to the CSV files and the SQLite database.
type sink struct {
	out, errs *write.Records // errs may be out; either may be nil
	names     map[*write.Records]string
	outRep    *write.Replacement // -o in JSON: renamed into place by close
	csv       *write.CSV
	db        *sqlite.DB
	dbName    string
	dbGiven   int // files given to db
	batched   int // records since the last batch end
	lastBatch time.Time
	redone    map[string]int // inputs written again, by the output that lacked them
	kept      []string       // outputs not replaced: the run did not end normally
	gz        *gzipFile      // -o FILE.jsonl.gz: the compressor over the file
}

// openSink opens the destinations the flags ask for in the claimed
// outputs. JSONL files are appended to with --resume and emptied first
// without it; a JSON file and the CSV files are written beside their
// names and put in place at the end.
func (e *env) openSink(c *config, outs *outputs) (*sink, error) {
	s := &sink{names: map[*write.Records]string{}, lastBatch: time.Now(), redone: map[string]int{}}
	var err error
	if outs.csv != nil {
		if s.csv, err = write.CreateCSV(outs.csv.out, c.excel); err != nil {
			return nil, err
		}
	}
	if outs.db != nil {
		if s.db, err = sqlite.Open(c.sqlite); err != nil {
			s.close(false)
			return nil, err
		}
		s.dbName = c.sqlite
	}
	switch {
	case c.format == "csv" || c.sqlite != "" && c.out == "":
		// -o is the CSV directory, or no JSON was asked for.
	case outs.out == nil:
		s.out = s.named(write.NewRecords(e.stdout, nil), "standard output")
	case c.format == "json" && outs.out.out.Special():
		s.out, err = s.appendTo(outs.out, false)
	case c.format == "json":
		if s.outRep, err = outs.out.out.Replace(); err == nil {
			s.out = s.named(write.NewRecords(s.outRep, nil), c.out)
		}
	case c.gzip && !outs.out.out.Special():
		s.out, err = s.gzipTo(outs.out)
	default:
		s.out, err = s.appendTo(outs.out, !c.resume)
	}
	if err == nil && outs.errs != nil {
		s.errs, err = s.appendTo(outs.errs, !c.resume)
	} else if err == nil && c.format == "jsonl" {
		s.errs = s.out
	}
	if err != nil {
		s.close(false)
		return nil, err
	}
	return s, nil
}

// appendTo opens a claimed JSONL output for appending, emptied first when
// fresh.
func (s *sink) appendTo(cl *claim, fresh bool) (*write.Records, error) {
	f, err := cl.out.Append(fresh)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", cl.flag, cl.out.Path, err)
	}
	sync := f.Sync
	if cl.out.Special() {
		sync = nil // a device or pipe has nothing to make durable
	}
	return s.named(write.NewRecords(f, sync), cl.out.Path), nil
}

// gzipTo opens a claimed output for compressed JSONL: emptied, then one
// gzip stream, flushed (a complete deflate block, readable so far) and
// synced at batch ends, ended by close.
func (s *sink) gzipTo(cl *claim) (*write.Records, error) {
	f, err := cl.out.Append(true)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", cl.flag, cl.out.Path, err)
	}
	s.gz = newGzipFile(f)
	return s.named(write.NewRecords(s.gz, s.gz.sync), cl.out.Path), nil
}

// named remembers the name of a destination for messages.
func (s *sink) named(r *write.Records, name string) *write.Records {
	s.names[r] = name
	return r
}

// wants returns the outputs that take a record of kind k.
func (s *sink) wants(k outcome) dests {
	var d dests
	if s.csv != nil || s.db != nil {
		d |= toTables
	}
	switch {
	case k == outRead && s.out != nil:
		d |= toOut
	case k != outRead && s.errs != nil && s.errs == s.out:
		d |= toOut
	case k != outRead && s.errs != nil:
		d |= toErrs
	}
	return d
}

// write writes one result to the outputs that take it and do not hold it
// already.
func (s *sink) write(r *result) error {
	if r.outcome == outResumed {
		return nil
	}
	to := s.wants(r.outcome) &^ r.held
	if r.held != 0 {
		s.countRedone(to)
	}
	rec, bit := s.errs, toErrs
	if r.outcome == outRead || s.errs == s.out {
		bit = toOut
	}
	if r.outcome == outRead {
		rec = s.out
	}
	if rec != nil && to&bit != 0 {
		if err := rec.Add(r.record); err != nil {
			return err
		}
	}
	if to&toTables != 0 && r.tables != nil {
		if s.csv != nil {
			if err := s.csv.Add(r.tables); err != nil {
				return err
			}
		}
		if s.db != nil {
			s.dbGiven++
			if err := s.db.Add(r.tables); err != nil {
				return err
			}
		}
	}
	if s.batched++; s.batched >= batchSize {
		return s.batchEnd()
	}
	return nil
}

// countRedone counts an input written again to the outputs to.
func (s *sink) countRedone(to dests) {
	for bit, rec := range map[dests]*write.Records{toOut: s.out, toErrs: s.errs} {
		if to&bit != 0 && rec != nil {
			s.redone[s.names[rec]]++
		}
	}
	if to&toTables != 0 && s.db != nil {
		s.redone[s.dbName]++
	}
}

// batchEnd makes the JSONL outputs durable, then commits the SQLite
// transaction.
func (s *sink) batchEnd() error {
	s.batched, s.lastBatch = 0, time.Now()
	var err error
	for _, r := range s.records() {
		err = errors.Join(err, r.Sync())
	}
	if err != nil {
		return err
	}
	if s.db != nil {
		return s.db.Commit()
	}
	return nil
}

// idle is called while the run waits for a slow file: the batch ends if
// it is old enough, else what is buffered is written, so that the output
// grows while the run waits.
func (s *sink) idle() error {
	if s.batched > 0 && time.Since(s.lastBatch) >= batchEvery {
		return s.batchEnd()
	}
	var err error
	for _, r := range s.records() {
		err = errors.Join(err, r.Flush())
	}
	return err
}

// records lists the distinct record destinations.
func (s *sink) records() []*write.Records {
	var out []*write.Records
	if s.out != nil {
		out = append(out, s.out)
	}
	if s.errs != nil && s.errs != s.out {
		out = append(out, s.errs)
	}
	return out
}

// close ends the last batch and closes every destination. With complete
// false (the run was interrupted or could not write), a JSON file and the
// CSV files are not put in place: the files keep what they held. JSONL and
// SQLite keep what was written, for --resume.
func (s *sink) close(complete bool) error {
	var err error
	for _, r := range s.records() {
		err = errors.Join(err, r.Sync())
	}
	if s.gz != nil && s.out.Err() == nil {
		err = errors.Join(err, s.gz.close())
	}
	if s.db != nil {
		err = errors.Join(err, s.db.Close())
	}
	if s.outRep != nil {
		if complete && err == nil {
			err = s.outRep.Commit()
		} else {
			s.outRep.Abort()
			s.kept = append(s.kept, s.names[s.out])
		}
	}
	if s.csv != nil {
		if complete && err == nil {
			err = s.csv.Commit()
		} else {
			s.csv.Abort()
			s.kept = append(s.kept, "the CSV files")
		}
	}
	return err
}

// keptNote says which outputs were left as they were ("out.json not
// written: it keeps what it held"), or "".
func (s *sink) keptNote(m *messages) string {
	if len(s.kept) == 0 {
		return ""
	}
	return fmt.Sprintf(m.kept, escape(strings.Join(s.kept, ", ")))
}

// shortfall says which outputs hold fewer records than they were given
// ("out.jsonl: 23 of 25 records written"), after close.
func (s *sink) shortfall(m *messages) string {
	var parts []string
	for _, r := range s.records() {
		if r == s.out && s.outRep != nil && len(s.kept) > 0 {
			continue // not put in place: keptNote says so
		}
		if r.Written() < r.Given() {
			parts = append(parts, fmt.Sprintf(m.shortRecs, escape(s.names[r]), r.Written(), r.Given()))
		}
	}
	if s.db != nil && s.db.Files() < s.dbGiven {
		parts = append(parts, fmt.Sprintf(m.shortFiles, escape(s.dbName), s.db.Files(), s.dbGiven))
	}
	return strings.Join(parts, "; ")
}

// redoneNote says which inputs were written again for outputs that lacked
// them ("12 inputs redone for out.db"), or "".
func (s *sink) redoneNote(m *messages) string {
	var parts []string
	for name, n := range s.redone {
		parts = append(parts, fmt.Sprintf(m.redone, n, escape(name)))
	}
	sort.Strings(parts)
	return strings.Join(parts, "; ")
}
