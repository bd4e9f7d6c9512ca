package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// input is one file to read: a path, or "-" for standard input.
type input struct {
	path string
}

// expand turns the command line's paths into files: a directory is walked
// recursively in lexical order, skipping hidden entries (names starting
// with "."); symbolic links to directories are not followed, so link loops
// cannot trap the walk. A path that does not exist is kept, so that reading
// it reports the error in order with the rest.
func expand(paths []string) []input {
	var out []input
	for _, p := range paths {
		if p == "-" {
			out = append(out, input{path: p})
			continue
		}
		info, err := os.Stat(p)
		if err != nil || !info.IsDir() {
			out = append(out, input{path: p})
			continue
		}
		var found []string
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				found = append(found, path) // reading it reports the error
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				found = append(found, path)
			}
			return nil
		})
		sort.Strings(found)
		for _, f := range found {
			out = append(out, input{path: f})
		}
	}
	return out
}
