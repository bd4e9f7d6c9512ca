package main

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// input is one file to read: a path, or "-" for standard input.
type input struct {
	path string
	// named is true for a file named on the command line, in --files-from
	// or as "-", false for one found by walking a directory. A named file
	// that jixiao does not read fails; a found one is skipped.
	named bool
}

// gather lists the inputs: the command line's paths in order, then those
// read from --files-from. A directory is walked recursively in lexical
// order; hidden entries (names starting with ".") are skipped unless
// c.hidden. Symbolic links to files are read; symbolic links to
// directories are not followed, so link loops cannot trap the walk. A path
// that does not exist is kept, so that reading it reports the error in order
// with the rest.
//
// The output files (-o, --errors) are never inputs: naming one is an error,
// and one found while walking a directory (the output of an earlier run) is
// left out.
func (e *env) gather(c *config) ([]input, error) {
	g := newOutputGuard(c.out, c.errorsFile)
	paths := c.paths
	if c.filesFrom != "" {
		more, err := e.readList(c.filesFrom)
		if err != nil {
			return nil, err
		}
		paths = append(paths[:len(paths):len(paths)], more...)
	}
	var out []input
	for _, p := range paths {
		if p == "-" {
			out = append(out, input{path: p, named: true})
			continue
		}
		info, err := os.Stat(p)
		if g.is(p, info) {
			return nil, fmt.Errorf("%s is both an input and an output; refusing to write over it", p)
		}
		if err != nil || !info.IsDir() {
			out = append(out, input{path: p, named: true})
			continue
		}
		out = append(out, walk(p, c.hidden, g)...)
	}
	return out, nil
}

// walk lists the files under the directory root, sorted by path.
func walk(root string, hidden bool, g *outputGuard) []input {
	var found []string
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			found = append(found, path) // reading it reports the error
			return nil
		}
		if path != root && !hidden && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !includeEntry(path, d) {
			return nil
		}
		if info, err := d.Info(); err == nil && g.is(path, info) {
			return nil
		}
		found = append(found, path)
		return nil
	})
	sort.Strings(found)
	out := make([]input, len(found))
	for i, f := range found {
		out[i] = input{path: f}
	}
	return out
}

// includeEntry reports whether a directory entry met in a walk is read:
// regular files, and symbolic links that lead to a regular file or nowhere
// (reading a broken link reports it). Devices, pipes, sockets and links to
// directories are not.
func includeEntry(path string, d fs.DirEntry) bool {
	if d.Type().IsRegular() {
		return true
	}
	if d.Type()&fs.ModeSymlink == 0 {
		return false
	}
	info, err := os.Stat(path)
	return err != nil || info.Mode().IsRegular()
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

// outputGuard recognises the output files among the inputs, by identity
// when they exist and by absolute path when they do not yet.
type outputGuard struct {
	abs   []string
	infos []os.FileInfo
}

func newOutputGuard(paths ...string) *outputGuard {
	g := &outputGuard{}
	for _, p := range paths {
		if p == "" || p == "-" {
			continue
		}
		if a, err := filepath.Abs(p); err == nil {
			g.abs = append(g.abs, a)
		}
		if info, err := os.Stat(p); err == nil {
			g.infos = append(g.infos, info)
		}
	}
	return g
}

// is reports whether path, whose FileInfo is info (nil when unknown), is an
// output file.
func (g *outputGuard) is(path string, info os.FileInfo) bool {
	if info != nil {
		for _, o := range g.infos {
			if os.SameFile(o, info) {
				return true
			}
		}
	}
	if a, err := filepath.Abs(path); err == nil {
		for _, o := range g.abs {
			if a == o {
				return true
			}
		}
	}
	return false
}
