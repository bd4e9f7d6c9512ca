package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// input is one file to read: a path, or "-" for standard input.
type input struct {
	path string
	// named is true for a file named on the command line or as "-", false
	// for one found by walking a directory or listed in --files-from (a
	// walk another program made: find, ls). A named file was meant to be
	// read: one that jixiao does not read fails. A found one is a
	// candidate: debris, formats jixiao does not read and files that are
	// not reports are skipped.
	named bool
	// broken is true for a symbolic link whose target does not exist,
	// found in a walk or a list: debris, skipped.
	broken bool
	// size is the file's size when it is a regular file, else 0.
	size int64
	// special names what the file is when it is not a regular file (or a
	// link to one): "fifo", "device" or "socket"; "" otherwise. Such a file
	// found in a directory is skipped; named, it is read only with
	// --allow-special.
	special string
}

// walkRules are what a walk takes of what it finds: hidden entries or
// not, and the --include and --exclude globs.
type walkRules struct {
	hidden           bool
	include, exclude []string
}

// gather lists the inputs: the command line's paths in order, then those
// read from --files-from. A directory is walked recursively in lexical
// order; hidden entries (names starting with ".") are skipped unless
// rules.hidden. Symbolic links to files are read; symbolic links to
// directories are not followed, so link loops cannot trap the walk. A path
// named on the command line that does not exist is kept, so that reading
// it reports the error in order with the rest. Files found in a walk or
// listed in --files-from are kept only when the globs let them (see
// wanted).
//
// The outputs are never inputs, compared by file identity: naming one (or
// a --files-from list that is one) is an error, and one found while
// walking a directory (the output of an earlier run, which the outputs'
// lock then checks is jixiao's) is left out.
func (e *env) gather(paths []string, filesFrom string, rules walkRules, outs *outputs) ([]input, error) {
	var listed []string
	if filesFrom != "" {
		if info, err := os.Stat(filesFrom); err == nil && filesFrom != "-" {
			if cl, ok := outs.is(info); ok {
				return nil, fmt.Errorf("--files-from %s is also the output %s %s; refusing to write over it", escape(filesFrom), cl.flag, escape(cl.out.Path))
			}
		}
		more, err := e.readList(filesFrom)
		if err != nil {
			return nil, err
		}
		listed = more
	}
	var out []input
	for i, p := range append(paths[:len(paths):len(paths)], listed...) {
		named := i < len(paths)
		if p == "-" && named {
			out = append(out, input{path: p, named: true})
			continue
		}
		info, err := os.Stat(p)
		if cl, ok := outs.is(info); ok {
			return nil, fmt.Errorf("%s is both an input and an output (%s %s); refusing to write over it", escape(p), cl.flag, escape(cl.out.Path))
		}
		switch {
		case err == nil && info.IsDir():
			out = append(out, walk(p, rules, outs)...)
		case !named && !rules.wanted(p, p):
			// Left out by --include or --exclude.
		case err != nil:
			out = append(out, input{path: p, named: named, broken: !named && isBrokenLink(p)})
		default:
			out = append(out, input{path: p, named: named, size: regularSize(info), special: specialKind(info)})
		}
	}
	return out, nil
}

// walk lists the files under the directory root, sorted by path.
func walk(root string, rules walkRules, outs *outputs) []input {
	var found []input
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			found = append(found, input{path: path}) // reading it reports the error
			return nil
		}
		if path == root {
			return nil
		}
		if !rules.hidden && strings.HasPrefix(d.Name(), ".") || d.IsDir() && rules.excluded(d.Name(), rel(root, path)) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !rules.wanted(d.Name(), rel(root, path)) {
			return nil
		}
		info, err := os.Stat(path) // through a link
		switch {
		case err != nil:
			found = append(found, input{path: path, broken: isBrokenLink(path)}) // else reading it reports the error
		case info.IsDir():
			// A link to a directory is not followed.
		default:
			if _, ok := outs.is(info); !ok {
				found = append(found, input{path: path, size: regularSize(info), special: specialKind(info)})
			}
		}
		return nil
	})
	sort.Slice(found, func(i, j int) bool { return found[i].path < found[j].path })
	return found
}

// rel is path relative to the walk's root, with slashes.
func rel(root, path string) string {
	r, err := filepath.Rel(root, path)
	if err != nil {
		return filepath.ToSlash(path)
	}
	return filepath.ToSlash(r)
}

// wanted reports whether a file found (its base name and its path relative
// to the walk's root, or as listed) passes the globs: it matches an
// --include pattern, if there is any, and no --exclude pattern.
func (r walkRules) wanted(name, relPath string) bool {
	if r.excluded(name, relPath) {
		return false
	}
	if len(r.include) == 0 {
		return true
	}
	return matchAny(r.include, name, relPath)
}

// excluded reports whether a file or directory matches an --exclude
// pattern; an excluded directory is not walked.
func (r walkRules) excluded(name, relPath string) bool {
	return matchAny(r.exclude, name, relPath)
}

// matchAny matches the glob patterns (path.Match: * ? [a-z], a * never
// crosses a /) against a base name, or, for a pattern that holds a /,
// against the path relative to the walk's root:
//
//	*.docx       any .docx file, at any depth
//	2023/*.txt   the .txt files of the folder 2023 under the root
func matchAny(patterns []string, name, relPath string) bool {
	for _, p := range patterns {
		subject := name
		if strings.Contains(p, "/") {
			subject = strings.TrimPrefix(relPath, "./")
		}
		if ok, _ := path.Match(p, subject); ok {
			return true
		}
	}
	return false
}

// isBrokenLink reports whether path is a symbolic link whose target does
// not exist.
func isBrokenLink(p string) bool {
	info, err := os.Lstat(p)
	if err != nil || info.Mode()&fs.ModeSymlink == 0 {
		return false
	}
	_, err = os.Stat(p)
	return errors.Is(err, fs.ErrNotExist)
}

// regularSize is the size of a regular file, else 0.
func regularSize(info os.FileInfo) int64 {
	if info.Mode().IsRegular() {
		return info.Size()
	}
	return 0
}

// specialKind names a file that is neither regular nor a directory.
func specialKind(info os.FileInfo) string {
	m := info.Mode()
	switch {
	case m.IsRegular() || m.IsDir():
		return ""
	case m&fs.ModeNamedPipe != 0:
		return "fifo"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0:
		return "device"
	}
	return "special"
}

// readList reads the paths of a --files-from list: one path a line, blank
// lines ignored, a trailing CR dropped; "-" reads standard input.
func (e *env) readList(name string) ([]string, error) {
	var r io.Reader = e.stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("--files-from: %w", err)
		}
		defer f.Close()
		r = f
	}
	var paths []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(line) != "" {
			paths = append(paths, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("--files-from %s: %w", name, err)
	}
	return paths, nil
}

// globList is a repeatable flag of glob patterns, each value one pattern
// or several separated by commas.
type globList []string

func (g *globList) String() string { return strings.Join(*g, ",") }

func (g *globList) Set(v string) error {
	for _, p := range strings.Split(v, ",") {
		if p == "" {
			continue
		}
		if _, err := path.Match(p, ""); err != nil {
			return fmt.Errorf("bad pattern %q: %w", p, err)
		}
		*g = append(*g, p)
	}
	return nil
}

// addWalkFlags defines --hidden, --include and --exclude on fs.
func addWalkFlags(fs *flag.FlagSet, r *walkRules) {
	fs.BoolVar(&r.hidden, "hidden", false, "also read hidden files and directories (names starting with .) found in directories")
	fs.Var((*globList)(&r.include), "include", "in directories and --files-from lists, read only files matching `GLOB` (repeatable or comma-separated; *.docx matches names, a pattern with / the path below the folder named)")
	fs.Var((*globList)(&r.exclude), "exclude", "in directories and --files-from lists, leave out files and folders matching `GLOB` (repeatable or comma-separated)")
}
