package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"time"

	"github.com/jixiao-dev/jixiao/write"
)

// config is the extract command's command line, parsed and checked.
type config struct {
	out        string        // -o: the output file; "" or "-" is standard output
	errorsFile string        // --errors: error and skip records go here instead of the output
	format     string        // "json" or "jsonl", after resolving the default
	jobs       int           // -j: workers
	maxSize    int64         // --max-size: bytes
	timeout    time.Duration // --timeout: per file; 0 is no limit
	resume     bool          // --resume
	walk       walkRules     // --hidden, --include, --exclude
	quiet      bool          // --quiet: no progress meter, no skip lines
	filesFrom  string        // --files-from: a list of paths, one a line
	cpuProfile string        // --cpuprofile: write a CPU profile of the run here
	memProfile string        // --memprofile: write a heap profile at the end of the run here
	excel      bool          // --excel: CSV files start with a UTF-8 BOM
	sqlite     string        // --sqlite: load the flat tables into this database
	special    bool          // --allow-special: read FIFOs and devices named on the command line
	progress   string        // --progress: auto, bar, plain or none
	lang       string        // --lang: zh or en; "" from the environment
	exitZero   bool          // --exit-zero-on-file-errors: a failed file does not fail the run
	fields     []string      // --fields: the top-level keys a report keeps
	gzip       bool          // -o ends in .gz: the JSONL is compressed
	paths      []string      // positional arguments
}

// Ranges of the numeric flags. A value outside is a usage error rather
// than a surprise later: -j beyond maxJobs would only queue memory, a
// --max-size beyond maxMaxSize would need tens of gigabytes to extract, and
// a --timeout beyond a day is no limit anyone means.
const (
	maxJobs    = 1024
	maxMaxSize = 1 << 30 // 1 GiB
	maxTimeout = 24 * time.Hour
)

// Defaults of the limits.
const (
	defaultMaxSize = 64 << 20 // 64 MiB
	defaultTimeout = 60 * time.Second
)

const extractHelp = "extract [flags] PATH...\n\n" +
	"PATH is a file, a directory (walked recursively in lexical order, hidden\n" +
	"entries skipped unless --hidden) or - for standard input. The output is\n" +
	"indented JSON, or JSONL (one line per file) when -o ends in .jsonl or\n" +
	"--format jsonl is given."

// parseConfig parses the extract command's flags. A usage error has already
// been printed when it returns an error.
func (e *env) parseConfig(args []string) (*config, error) {
	c := &config{}
	fs := e.newFlags("extract", extractHelp)
	fs.StringVar(&c.out, "o", "", "write to `FILE` instead of standard output (never over an input)")
	fs.StringVar(&c.errorsFile, "errors", "", "write error and skip records to `FILE` (JSONL) instead of the output stream")
	fs.StringVar(&c.format, "format", "", "output `format`: json (indented objects, one after another) or jsonl (one line per file); default jsonl when -o ends in .jsonl, json otherwise")
	fs.IntVar(&c.jobs, "j", runtime.NumCPU(), "extract with `N` workers; the output is the same for any N")
	fs.Int64Var(&c.maxSize, "max-size", defaultMaxSize, "refuse input files larger than this many `bytes` (1 to 1 GiB)")
	fs.DurationVar(&c.timeout, "timeout", defaultTimeout, "give up on a file whose extraction takes longer than `DURATION` (0: no limit; at most 24h)")
	fs.BoolVar(&c.resume, "resume", false, "finish an earlier run: skip the inputs every output (-o, --errors, --sqlite) already holds, redo the rest, append")
	addWalkFlags(fs, &c.walk)
	fs.BoolVar(&c.quiet, "quiet", false, "print nothing but errors: no progress, no skip lines, no summary (unless the run is interrupted or cannot write)")
	fs.BoolVar(&c.quiet, "q", false, "short for --quiet")
	fs.StringVar(&c.progress, "progress", progressAuto, "progress on standard error: `MODE` auto (bar on a terminal, else none), bar, plain (a line every 5 s, for logs) or none")
	fs.StringVar(&c.lang, "lang", "", "language of the messages: zh or en (default from LC_ALL, LC_MESSAGES or LANG); records do not change")
	fs.BoolVar(&c.exitZero, "exit-zero-on-file-errors", false, "exit 0 when inputs failed but every record was written (each failure is an error record): for Spark's RDD.pipe and Hadoop Streaming")
	fields := fs.String("fields", "", "keep only these top-level `KEYS` of each report (comma-separated, e.g. facts,checks); producer, schema_version and source are always kept")
	fs.StringVar(&c.filesFrom, "files-from", "", "read more paths from `FILE`, one a line (- for standard input)")
	fs.StringVar(&c.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to `FILE` (for `go tool pprof`)")
	fs.StringVar(&c.memProfile, "memprofile", "", "write a heap profile at the end of the run to `FILE` (for `go tool pprof`)")
	fs.BoolVar(&c.special, "allow-special", false, "read named pipes (FIFOs) and devices named as inputs; found in a directory they are always skipped")
	fs.BoolVar(&c.excel, "excel", false, "with --format csv: start each file with a UTF-8 BOM, so Excel reads it as UTF-8")
	fs.StringVar(&c.sqlite, "sqlite", "", "load the flat tables into the SQLite database `FILE` (created if need be; a report already there is replaced); JSON is then written only with -o")
	paths, err := parse(fs, args)
	if err != nil {
		if e.flagStatus(fs, err, nil) == exitOK {
			return nil, nil
		}
		return nil, err
	}
	c.paths = paths
	if err := e.setLang(c.lang); err != nil {
		fmt.Fprintf(e.stderr, "jixiao extract: %v\n", err)
		return nil, err
	}
	if *fields != "" {
		c.fields = strings.Split(*fields, ",")
	}
	if err := c.check(); err != nil {
		fmt.Fprintf(e.stderr, "jixiao extract: %v\n", err)
		return nil, err
	}
	return c, nil
}

// check validates the flags together and resolves the default format.
func (c *config) check() error {
	lower := strings.ToLower(c.out)
	c.gzip = strings.HasSuffix(lower, ".gz")
	if c.format == "" {
		c.format = "json"
		if strings.HasSuffix(lower, ".jsonl") || strings.HasSuffix(lower, ".jsonl.gz") {
			c.format = "jsonl"
		}
	}
	stdinUses := 0
	for _, p := range c.paths {
		if p == "-" {
			stdinUses++
		}
	}
	if c.filesFrom == "-" {
		stdinUses++
	}
	switch {
	case c.format != "json" && c.format != "jsonl" && c.format != "csv":
		return fmt.Errorf("unknown --format %q (want json, jsonl or csv)", c.format)
	case c.format == "csv" && (c.out == "" || c.out == "-"):
		return errors.New("--format csv needs -o DIR: it writes one file per table there")
	case c.excel && c.format != "csv":
		return errors.New("--excel needs --format csv")
	case len(c.paths) == 0 && c.filesFrom == "":
		return errors.New("no input: name files, directories, - for standard input, or --files-from FILE")
	case stdinUses > 1:
		return errors.New("standard input (-) can be read only once")
	case c.resume && c.sqlite == "" && (c.out == "" || c.out == "-"):
		return errors.New("--resume needs -o FILE or --sqlite FILE: it reads what they already hold")
	case c.resume && c.format != "jsonl" && (c.out != "" || c.sqlite == ""):
		return errors.New("--resume needs JSONL output (-o FILE.jsonl or --format jsonl) or --sqlite alone: JSON and CSV files are replaced whole")
	case c.errorsFile == "-":
		return errors.New("--errors needs a FILE, not standard output")
	case c.gzip && c.format != "jsonl":
		return fmt.Errorf("-o %s: a .gz output is compressed JSONL: name it FILE.jsonl.gz or give --format jsonl", c.out)
	case c.gzip && c.resume:
		return fmt.Errorf("--resume cannot continue a compressed output (-o %s): a gzip stream cut by a kill cannot be appended to safely; resume into FILE.jsonl and compress it when the run is complete", c.out)
	case c.progress != progressAuto && c.progress != progressBar && c.progress != progressPlain && c.progress != progressNone:
		return fmt.Errorf("--progress %q: want auto, bar, plain or none", c.progress)
	}
	if err := write.CheckFields(c.fields); err != nil {
		return fmt.Errorf("--fields: %w", err)
	}
	return checkRanges(c.jobs, c.maxSize, c.timeout)
}

// checkRanges checks the numeric flags that extract and check share.
func checkRanges(jobs int, maxSize int64, timeout time.Duration) error {
	switch {
	case jobs < 1 || jobs > maxJobs:
		return fmt.Errorf("-j %d: want 1 to %d workers", jobs, maxJobs)
	case maxSize < 1 || maxSize > maxMaxSize:
		return fmt.Errorf("--max-size %d: want 1 to %d bytes (1 GiB)", maxSize, maxMaxSize)
	case timeout < 0 || timeout > maxTimeout:
		return fmt.Errorf("--timeout %v: want 0 (no limit) to %v", timeout, maxTimeout)
	}
	return nil
}
