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
	// size is the file's size when it is a regular file, else 0.
	size int64
	// special names what the file is when it is not a regular file (or a
	// link to one): "fifo", "device" or "socket"; "" otherwise. Such a file
	// found in a directory is skipped; named, it is read only with
	// --allow-special.
	special string
}

// gather lists the inputs: the command line's paths in order, then those
// read from --files-from. A directory is walked recursively in lexical
// order; hidden entries (names starting with ".") are skipped unless
// hidden. Symbolic links to files are read; symbolic links to directories
// are not followed, so link loops cannot trap the walk. A path that does
// not exist is kept, so that reading it reports the error in order with
// the rest.
//
// The outputs are never inputs, compared by file identity: naming one (or
// a --files-from list that is one) is an error, and one found while
// walking a directory (the output of an earlier run, which the outputs'
// lock then checks is jixiao's) is left out.
func (e *env) gather(paths []string, filesFrom string, hidden bool, outs *outputs) ([]input, error) {
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
		paths = append(paths[:len(paths):len(paths)], more...)
	}
	var out []input
	for _, p := range paths {
		if p == "-" {
			out = append(out, input{path: p, named: true})
			continue
		}
		info, err := os.Stat(p)
		if cl, ok := outs.is(info); ok {
			return nil, fmt.Errorf("%s is both an input and an output (%s %s); refusing to write over it", escape(p), cl.flag, escape(cl.out.Path))
		}
		switch {
		case err != nil:
			out = append(out, input{path: p, named: true})
		case info.IsDir():
			out = append(out, walk(p, hidden, outs)...)
		default:
			out = append(out, input{path: p, named: true, size: regularSize(info), special: specialKind(info)})
		}
	}
	return out, nil
}

// walk lists the files under the directory root, sorted by path.
func walk(root string, hidden bool, outs *outputs) []input {
	var found []input
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			found = append(found, input{path: path}) // reading it reports the error
			return nil
		}
		if path != root && !hidden && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		info, err := os.Stat(path) // through a link
		switch {
		case err != nil:
			found = append(found, input{path: path}) // a broken link: reading it reports it
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
