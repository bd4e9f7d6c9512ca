package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/jixiao-dev/jixiao/extract"
	"github.com/jixiao-dev/jixiao/write"
	"github.com/jixiao-dev/jixiao/write/review"
)

const reviewHelp = "review -o DIR [flags] PATH...\n\n" +
	"Writes one self-contained HTML review page per input into DIR (NAME.html,\n" +
	"NAME the input's file name) and DIR/index.html listing them all: open\n" +
	"index.html in a browser; the pages need no network. Files in DIR found\n" +
	"while walking an input directory are not read. Exit status: 0 every input\n" +
	"was read, 1 some input failed (it is listed in index.html with its error),\n" +
	"2 usage."

// reviewJob is one input of the review command and what became of it.
type reviewJob struct {
	in      input
	page    string // the page's file name in DIR
	row     review.Summary
	msg     string // what to print on standard error
	failed  bool
	skipped bool
}

// review is the review command: review pages for auditors.
func (e *env) review(args []string) int {
	fs := e.newFlags("review", reviewHelp)
	dir := fs.String("o", "", "write the pages and index.html into `DIR` (created if need be)")
	jobs := fs.Int("j", runtime.NumCPU(), "review with `N` workers; the pages are the same for any N")
	maxSize := fs.Int64("max-size", defaultMaxSize, "refuse input files larger than this many `bytes` (1 to 1 GiB)")
	hidden := fs.Bool("hidden", false, "also read hidden files and directories found in directories")
	lang := fs.String("lang", "", "language of the messages: zh or en (default from LC_ALL, LC_MESSAGES or LANG)")
	paths, err := parse(fs, args)
	if err != nil {
		return e.flagStatus(fs, err, nil)
	}
	if err := e.setLang(*lang); err != nil {
		fmt.Fprintf(e.stderr, "jixiao review: %v\n", err)
		return exitUsage
	}
	switch {
	case *dir == "" || len(paths) == 0:
		fmt.Fprintln(e.stderr, "jixiao review: name the output directory (-o DIR) and at least one input")
	case count(paths, "-") > 1:
		fmt.Fprintln(e.stderr, "jixiao review: standard input (-) can be read only once")
	case checkRanges(*jobs, *maxSize, 0) != nil:
		fmt.Fprintf(e.stderr, "jixiao review: %v\n", checkRanges(*jobs, *maxSize, 0))
	default:
		return e.reviewRun(*dir, paths, *jobs, *maxSize, *hidden)
	}
	fs.Usage()
	return exitUsage
}

// reviewRun writes the pages and the index. The directory is claimed and
// locked first, as extract's outputs are; a page or index that would
// replace an input, or a file there that jixiao review did not write, stops
// the run before anything is written.
func (e *env) reviewRun(dir string, paths []string, jobs int, maxSize int64, hidden bool) int {
	out, err := write.Claim(dir, true)
	if err == nil {
		err = out.Lock()
		defer out.Close(true)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "jixiao review: -o %s\n", escape(err.Error()))
		return exitUsage
	}
	inputs, err := e.gather(paths, "", walkRules{hidden: hidden}, nil)
	if err != nil {
		fmt.Fprintf(e.stderr, "jixiao review: %s\n", escape(err.Error()))
		return exitUsage
	}
	inputs = outsideDir(inputs, dir)
	for _, in := range inputs {
		if in.path != "-" && absJoin(dir, "index.html") == absJoin(in.path, "") {
			fmt.Fprintf(e.stderr, "jixiao review: %s is both an input and the index; refusing to write over it\n", escape(in.path))
			return exitUsage
		}
	}
	names := pageNames(inputs, dir)
	if err := reviewTargets(inputs, dir, append(names, "index.html")); err != nil {
		fmt.Fprintf(e.stderr, "jixiao review: %s\n", escape(err.Error()))
		return exitUsage
	}
	setMemoryLimit(inputs, jobs)
	all := make([]reviewJob, len(inputs))
	for i, name := range names {
		all[i] = reviewJob{in: inputs[i], page: name}
	}
	e.reviewAll(all, out, jobs, maxSize)

	status := exitOK
	var rows []review.Summary
	pages := 0
	for _, j := range all {
		if j.msg != "" {
			fmt.Fprintln(e.stderr, escape(j.msg))
		}
		if j.failed {
			status = exitFail
		}
		if !j.skipped {
			rows = append(rows, j.row)
		}
		if j.row.Href != "" {
			pages++
		}
	}
	if err := writePage(out, "index.html", func(w *bufio.Writer) error { return review.Index(w, rows) }); err != nil {
		fmt.Fprintf(e.stderr, "jixiao review: %v\n", err)
		return exitFail
	}
	fmt.Fprintln(e.stderr, fmt.Sprintf(e.msg.wrotePages, pages, escape(filepath.Join(dir, "index.html"))))
	return status
}

// reviewAll makes the pages of all with jobs workers.
func (e *env) reviewAll(all []reviewJob, out *write.Output, jobs int, maxSize int64) {
	var wg sync.WaitGroup
	next := make(chan *reviewJob)
	for range min(jobs, max(len(all), 1)) {
		wg.Go(func() {
			for j := range next {
				e.reviewOne(j, out, maxSize)
			}
		})
	}
	for i := range all {
		next <- &all[i]
	}
	close(next)
	wg.Wait()
}

// reviewOne reads, extracts and writes the page of one input, and fills in
// its index row.
func (e *env) reviewOne(j *reviewJob, out *write.Output, maxSize int64) {
	path := j.in.path
	j.row = review.Summary{Path: filepath.ToSlash(path)}
	fail := func(err error) {
		j.failed, j.msg, j.row.Error = true, err.Error(), err.Error()
	}
	if j.in.special != "" {
		j.skipped, j.msg = !j.in.named, fmt.Sprintf("%s: skipped (%s): %s", path, j.in.special, specialNames[j.in.special])
		j.failed = j.in.named
		return
	}
	data, err := e.readInput(j.in, maxSize, 0)
	if err != nil {
		fail(err)
		return
	}
	doc, err := extract.Read(path, data, extract.Options{})
	if err != nil {
		if format, skip := skipFormat(data, err); skip && !j.in.named {
			j.skipped, j.msg = true, fmt.Sprintf("%s: skipped (%s)", path, format)
			return
		}
		fail(err)
		return
	}
	rep, err := extract.Extract(path, data, extract.Options{})
	if err != nil {
		fail(err)
		return
	}
	j.row = review.Summarize(rep)
	err = writePage(out, j.page, func(w *bufio.Writer) error { return review.Page(w, rep, doc.Text) })
	if err != nil {
		fail(fmt.Errorf("%s: %w", path, err))
		return
	}
	j.row.Href = j.page
}

// writePage writes the page name in the directory out through fill, beside
// its name, and renames it into place once whole: on error no partial page
// is left that looks whole, and an earlier page stays as it was.
func writePage(out *write.Output, name string, fill func(*bufio.Writer) error) error {
	r, err := out.ReplaceFile(name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(r, 256<<10)
	err = fill(w)
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		r.Abort()
		return err
	}
	return r.Commit()
}

// reviewGenerator marks the pages and index that jixiao review writes.
const reviewGenerator = `<meta name="generator" content="jixiao review">`

// reviewTargets checks the files the run will write in dir: none may be an
// input (compared by identity: under any spelling or link), and one that
// exists must be a page of jixiao review, never another file.
func reviewTargets(inputs []input, dir string, names []string) error {
	var infos []os.FileInfo
	for _, in := range inputs {
		if info, err := os.Stat(in.path); err == nil && in.path != "-" {
			infos = append(infos, info)
		}
	}
	for _, name := range names {
		path := filepath.Join(dir, name)
		info, err := os.Stat(path)
		if err != nil {
			continue
		}
		for i, in := range infos {
			if os.SameFile(in, info) {
				return fmt.Errorf("%s is both an input and an output (%s); refusing to write over it", inputs[i].path, path)
			}
		}
		head := make([]byte, 8<<10)
		f, err := os.Open(path)
		if err == nil {
			n, _ := f.Read(head)
			head = head[:n]
			f.Close()
		}
		if err != nil || !info.Mode().IsRegular() || (len(head) > 0 && !strings.Contains(string(head), reviewGenerator)) {
			return fmt.Errorf("%s exists and is not a page of jixiao review; refusing to write over it (remove it or choose another -o)", path)
		}
	}
	return nil
}

// outsideDir drops the inputs found by walking that lie in dir: the pages
// of an earlier run are not reports.
func outsideDir(inputs []input, dir string) []input {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return inputs
	}
	out := inputs[:0:0]
	for _, in := range inputs {
		if !in.named {
			if a, err := filepath.Abs(in.path); err == nil && strings.HasPrefix(a, abs+string(filepath.Separator)) {
				continue
			}
		}
		out = append(out, in)
	}
	return out
}

// pageNames gives each input a page file name in dir: its base name with
// characters other than letters, digits and ._-() replaced by "_", then
// ".html"; a name already taken (case folded; index.html is the index's)
// or naming an input gets "-2", "-3" … before ".html".
func pageNames(inputs []input, dir string) []string {
	taken := map[string]bool{"index.html": true}
	isInput := map[string]bool{}
	for _, in := range inputs {
		if a, err := filepath.Abs(in.path); err == nil {
			isInput[a] = true
		}
	}
	names := make([]string, len(inputs))
	for i, in := range inputs {
		base := "stdin"
		if in.path != "-" {
			base = filepath.Base(in.path)
		}
		stem := strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("._-()（）", r) {
				return r
			}
			return '_'
		}, base)
		name := stem + ".html"
		for n := 2; taken[strings.ToLower(name)] || isInput[absJoin(dir, name)]; n++ {
			name = stem + "-" + strconv.Itoa(n) + ".html"
		}
		taken[strings.ToLower(name)] = true
		names[i] = name
	}
	return names
}

// count is the number of times s is in list.
func count(list []string, s string) int {
	n := 0
	for _, l := range list {
		if l == s {
			n++
		}
	}
	return n
}

// absJoin is the absolute path of dir/name, "" when there is none.
func absJoin(dir, name string) string {
	a, err := filepath.Abs(filepath.Join(dir, name))
	if err != nil {
		return ""
	}
	return a
}
