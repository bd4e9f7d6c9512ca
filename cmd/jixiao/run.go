package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/jixiao-dev/jixiao/write"
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
                                                           reports as JSON (FILE.jsonl.gz: gzip)
  jixiao check [--fail-on fail|warn|none] [--format text|json|jsonl|csv] PATH...
                                                           failed and warned consistency checks
  jixiao extract --format csv -o DIR [--excel] PATH...     flat tables as CSV files, one per table
  jixiao extract --sqlite FILE PATH...                     flat tables loaded into SQLite (appends)
  jixiao schema                                            the JSON Schema of every record
  jixiao text PATH                                         the canonical text spans point into
  jixiao review -o DIR PATH...                             HTML review pages for auditors, and DIR/index.html
  jixiao version                                           the version (also jixiao --version)
  jixiao help [COMMAND]                                    this text, or a command's flags

PATH is a file, a directory (read recursively, hidden files skipped) or - for
standard input; -- ends the flags (jixiao extract -- -a.txt). Run
"jixiao COMMAND -h" for every flag of a command. Messages are in English or
Chinese: --lang en|zh, by default from LC_ALL, LC_MESSAGES or LANG.

Exit status: 0 all inputs read (files found in a directory that are not
reports jixiao reads are skipped, not failed; a file named on the command
line must be read), 1 some input failed, 2 usage, 130 interrupted.
`

const usageZh = `jixiao 将预算绩效报告（绩效自评报告、自评表）转为 JSON。

用法：
  jixiao extract [-o 文件] [--format json|jsonl] [-j N] [--resume] 路径...
                                                           输出报告 JSON（文件名以 .jsonl.gz 结尾时 gzip 压缩）
  jixiao check [--fail-on fail|warn|none] [--format text|json|jsonl|csv] 路径...
                                                           列出不通过和警告的一致性校验
  jixiao extract --format csv -o 目录 [--excel] 路径...    扁平表写为 CSV 文件，每表一个
  jixiao extract --sqlite 文件 路径...                     扁平表载入 SQLite（追加）
  jixiao schema                                            各类记录的 JSON Schema
  jixiao text 路径                                         位置所指向的规范文本
  jixiao review -o 目录 路径...                            供审核用的 HTML 页面及 目录/index.html
  jixiao version                                           版本（亦可 jixiao --version）
  jixiao help [命令]                                       本说明，或某命令的全部选项

路径可以是文件、目录（递归读取，跳过隐藏文件）或 -（标准输入）；-- 之后不再解析选项
（jixiao extract -- -a.txt）。"jixiao 命令 -h" 列出该命令的全部选项（英文）。
提示信息为中文或英文：--lang zh|en，默认取自 LC_ALL、LC_MESSAGES 或 LANG。

退出状态：0 全部输入已读取（目录中不是 jixiao 可读报告的文件予以跳过，不算失败；
命令行上直接指定的文件必须能读取），1 有输入失败，2 用法错误，130 被中断。
`

// env is what a command may touch of the process. Tests make their own,
// with signals they send themselves.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	terminal       bool                              // stderr is a terminal: draw the progress meter
	signals        func() (<-chan os.Signal, func()) // interrupts, and how to stop receiving them
	getenv         func(string) string               // the environment (LC_ALL, LANG …); nil: empty
	msg            *messages                         // the language of the messages
	plainEvery     time.Duration                     // --progress plain: time between lines
}

// run is the whole command line; main only exits with its status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	tuneGC()
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, terminal: isTerminal(stderr), signals: notifySignals, getenv: os.Getenv}
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
	if e.msg == nil {
		getenv := e.getenv
		if getenv == nil {
			getenv = func(string) string { return "" }
		}
		e.msg = langFromEnv(getenv)
	}
	if e.plainEvery == 0 {
		e.plainEvery = plainEvery
	}
	if len(args) == 0 {
		fmt.Fprint(e.stderr, e.usage())
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
	case "version", "-version", "--version":
		return e.version(args[1:])
	case "help", "-h", "-help", "--help":
		return e.help(args[1:])
	}
	fmt.Fprintf(e.stderr, "jixiao: unknown command %q\n\n%s", args[0], e.usage())
	return exitUsage
}

// usage is the top-level usage in the messages' language.
func (e *env) usage() string {
	if e.msg == chinese {
		return usageZh
	}
	return usage
}

// help prints the usage, or a command's (jixiao help extract), on
// standard output.
func (e *env) help(args []string) int {
	if len(args) == 1 && args[0] != "help" {
		switch args[0] {
		case "extract", "text", "schema", "check", "review", "version":
			return e.run([]string{args[0], "-h"})
		}
	}
	if len(args) > 1 || len(args) == 1 && args[0] != "help" {
		fmt.Fprintf(e.stderr, "jixiao help: unknown command %q\n\n%s", strings.Join(args, " "), e.usage())
		return exitUsage
	}
	fmt.Fprint(e.stdout, e.usage())
	return exitOK
}

// version prints the version jixiao was built as (see write.Producer),
// with the Go version and platform, and the commit when the build
// recorded one.
func (e *env) version(args []string) int {
	fs := e.newFlags("version", "version\n\nPrints the version jixiao was built as.")
	if pos, err := parse(fs, args); err != nil || len(pos) > 0 {
		return e.flagStatus(fs, err, pos)
	}
	fmt.Fprintln(e.stdout, versionLine())
	return exitOK
}

// versionLine is "jixiao v1.2.0 (go1.26.8 linux/amd64)", with the commit
// and whether the tree was modified when the build recorded them.
func versionLine() string {
	p := write.Producer()
	s := fmt.Sprintf("%s %s (%s %s/%s", p.Name, p.Version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	if bi, ok := debug.ReadBuildInfo(); ok {
		var rev, modified string
		for _, kv := range bi.Settings {
			switch kv.Key {
			case "vcs.revision":
				rev = kv.Value
			case "vcs.modified":
				modified = kv.Value
			}
		}
		if rev != "" {
			s += ", commit " + rev[:min(len(rev), 12)]
			if modified == "true" {
				s += " modified"
			}
		}
	}
	return s + ")"
}

// parse parses flags that may stand before, between or after the
// positional arguments, and returns the positional ones. "--" ends the
// flags: everything after it is positional (extract -- -a.txt -b.txt), as
// is "-" (standard input). -h, -help and --help anywhere before "--" make
// it return flag.ErrHelp. Errors are written to fs's output with the
// usage; a help request writes nothing (see flagStatus).
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var flags, pos []string
	help := false
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			pos = append(pos, args[i+1:]...)
			i = len(args)
		case a == "-" || !strings.HasPrefix(a, "-"):
			pos = append(pos, a)
		case a == "-h" || a == "-help" || a == "--help":
			help = true
		default:
			flags = append(flags, a)
			name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
			if f := fs.Lookup(name); f != nil && !hasValue && !isBool(f) && i+1 < len(args) {
				i++
				flags = append(flags, args[i]) // the flag's value, whatever it looks like
			}
		}
	}
	if help {
		return nil, flag.ErrHelp
	}
	if err := fs.Parse(flags); err != nil {
		return nil, err
	}
	return pos, nil
}

// isBool reports whether f is a boolean flag, which takes no value.
func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// flagStatus ends a command whose flags did not parse: a help request
// prints the command's usage on standard output and exits 0; an error
// (already printed with the usage on standard error) exits 2, and so do
// positional arguments a command takes none of.
func (e *env) flagStatus(fs *flag.FlagSet, err error, pos []string) int {
	if errors.Is(err, flag.ErrHelp) {
		fs.SetOutput(e.stdout)
		fs.Usage()
		return exitOK
	}
	if err == nil {
		fmt.Fprintf(e.stderr, "jixiao %s: takes no arguments, got %q\n", fs.Name(), pos)
	}
	return exitUsage
}

// newFlags makes a flag set that reports errors instead of exiting.
func (e *env) newFlags(name, help string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: jixiao %s\n\nFlags:\n", help)
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
