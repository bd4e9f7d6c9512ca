package main

import (
	"os"
	"strings"
)

// The PDF sets time the seed as LibreOffice writes it (corpus/150–153,
// 4 to 5 pages each) in fewer copies than the text sets, PDF being two
// orders of magnitude slower per document: once with PDFium's compiled
// code in a cache folder the first run fills (the median run is warm), and
// once with an empty cache folder for every run ("-cold": each process
// compiles PDFium, 7–9 s of CPU, before its first page).
func init() {
	defaultSets = append(defaultSets,
		"pdf@200=corpus/15[0-3]_*.pdf",
		"pdf-cold@20=corpus/15[0-3]_*.pdf",
	)
}

// setCount reads the copies a set asks for ("NAME@N"), or returns n.
func setCount(name string, n int) (string, int) {
	base, count, ok := strings.Cut(name, "@")
	if !ok {
		return name, n
	}
	c := 0
	for _, r := range count {
		if r < '0' || r > '9' {
			return name, n
		}
		c = c*10 + int(r-'0')
	}
	if c == 0 {
		return base, n
	}
	return base, min(c, n)
}

// runEnv returns the environment of one timed run of a set: a "-cold" set
// gets an empty cache folder (XDG_CACHE_HOME, where os.UserCacheDir looks
// on Unix) that cleanup removes; other sets inherit the environment.
func runEnv(set string) (env []string, cleanup func()) {
	if !strings.HasSuffix(set, "-cold") {
		return nil, func() {}
	}
	dir, err := os.MkdirTemp("", "jixiao-cold-cache-")
	if err != nil {
		return nil, func() {}
	}
	return append(os.Environ(), "XDG_CACHE_HOME="+dir), func() { os.RemoveAll(dir) }
}
