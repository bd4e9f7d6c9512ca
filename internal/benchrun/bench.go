package main

import (
	"bufio"
	"bytes"
	"cmp"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// header names the columns of a result line.
// CPU ms/doc (user+system time over documents) is the figure least
// disturbed by other load on a shared machine.
const header = "set          files      MB   -j   seconds    docs/s  docs/s range    MB/s   peak RSS   CPU/wall  CPU ms/doc  exit"

// bench times one set, "NAME=GLOB[,GLOB]", runs times with each worker
// count and each binary, and prints the median run and the range of docs/s
// of each. With several binaries the runs are paired: each round runs every
// binary once, in turn, so that a change of load on a shared machine falls
// on all of them alike.
//
// The output goes to outDir when it is not "" (make bench: a tmpfs, see
// outputDir), else beside the inputs.
func bench(spec string, bins []string, n, runs int, jobs []int, profileDir, outDir string) error {
	name, globs, ok := strings.Cut(spec, "=")
	if !ok {
		return fmt.Errorf("set %q: want NAME=GLOB[,GLOB]", spec)
	}
	name, n = setCount(name, n)
	var files []string
	for _, g := range strings.Split(globs, ",") {
		found, err := filepath.Glob(g)
		if err != nil {
			return fmt.Errorf("set %s: %w", name, err)
		}
		files = append(files, found...)
	}
	if len(files) == 0 {
		fmt.Printf("%-10s (no file matches %s: left out)\n", name, globs)
		return nil
	}
	dir, err := os.MkdirTemp("", "jixiao-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	out := filepath.Join(dir, "out.jsonl")
	if outDir != "" {
		out = filepath.Join(outDir, fmt.Sprintf("jixiao-bench-%d.jsonl", os.Getpid()))
		defer os.Remove(out)
	}
	size, err := copies(files, filepath.Join(dir, "in"), n)
	if err != nil {
		return fmt.Errorf("set %s: %w", name, err)
	}
	for _, j := range jobs {
		ms := make([][]measurement, len(bins))
		for range runs {
			for b, bin := range bins {
				var extra []string
				if profileDir != "" {
					extra = []string{"--cpuprofile", filepath.Join(profileDir, fmt.Sprintf("%s-%s-j%d.pprof", name, filepath.Base(bin), j))}
				}
				// The previous run's output is removed first, untimed:
				// truncating hundreds of MB of it is the file system's work,
				// not jixiao's, and it took up to a tenth of a second of the
				// timed run.
				if err := os.Remove(out); err != nil && !os.IsNotExist(err) {
					return err
				}
				env, cleanup := runEnv(name)
				m, err := measure(bin, j, filepath.Join(dir, "in"), out, extra, env)
				cleanup()
				if err != nil {
					return fmt.Errorf("set %s -j %d: %w", name, j, err)
				}
				ms[b] = append(ms[b], m)
			}
		}
		for b, bin := range bins {
			label := name
			if len(bins) > 1 {
				label = name + "/" + filepath.Base(bin)
			}
			report(label, n, size, j, ms[b])
		}
	}
	return nil
}

// report prints the line of one set, binary and worker count.
func report(label string, n int, size int64, j int, ms []measurement) {
	m, lo, hi := median(ms)
	secs := m.wall.Seconds()
	fmt.Printf("%-10s %7d %7.1f %4d %9.3f %9.0f %13s %7.1f %7.0f MB %9.2f %11.3f  %d\n",
		label, n, float64(size)/1e6, j, secs, float64(n)/secs,
		fmt.Sprintf("%.0f–%.0f", float64(n)/hi.wall.Seconds(), float64(n)/lo.wall.Seconds()),
		float64(size)/1e6/secs, float64(m.peakRSS)/(1<<20), m.cpu.Seconds()/secs, m.cpu.Seconds()*1e3/float64(n), m.exit)
	if m.exit != 0 {
		fmt.Printf("           jixiao said: %s\n", m.summary)
	}
}

// copies writes n copies of files, taken in turn, into dir and returns
// their total size.
func copies(files []string, dir string, n int) (int64, error) {
	contents := make([][]byte, len(files))
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return 0, err
		}
		contents[i] = data
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	var total int64
	for i := range n {
		k := i % len(files)
		name := fmt.Sprintf("%06d_%s", i, filepath.Base(files[k]))
		if err := os.WriteFile(filepath.Join(dir, name), contents[k], 0o644); err != nil {
			return 0, err
		}
		total += int64(len(contents[k]))
	}
	return total, nil
}

// median returns the run of median wall time (the slower middle one of an
// even number), and the fastest and slowest runs. A shared VM's wall clock
// moves by ±20 % between identical runs; the median of a few is the figure
// to quote, the range says how far to trust it.
func median(ms []measurement) (mid, fastest, slowest measurement) {
	sorted := slices.Clone(ms)
	slices.SortFunc(sorted, func(a, b measurement) int { return cmp.Compare(a.wall, b.wall) })
	return sorted[len(sorted)/2], sorted[0], sorted[len(sorted)-1]
}

// measurement is what one timed run gave.
type measurement struct {
	wall    time.Duration
	cpu     time.Duration // user + system
	peakRSS int64         // bytes; 0 when the platform does not say
	exit    int
	summary string // the last line jixiao printed on standard error
}

// measure runs bin over dir with j workers and times it.
func measure(bin string, j int, dir, out string, extra, env []string) (measurement, error) {
	args := append([]string{"extract", "-q", "-j", strconv.Itoa(j), "-o", out}, extra...)
	cmd := exec.Command(bin, append(args, dir)...)
	cmd.Env = env // nil: this process's environment
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if cmd.ProcessState == nil {
		return measurement{}, err
	}
	ps := cmd.ProcessState
	m := measurement{wall: wall, cpu: ps.UserTime() + ps.SystemTime(), peakRSS: peakRSS(ps), exit: ps.ExitCode()}
	sc := bufio.NewScanner(&stderr)
	for sc.Scan() {
		m.summary = sc.Text()
	}
	return m, nil
}
