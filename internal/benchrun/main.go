// Command benchrun is jixiao's whole-process benchmark (make bench): it
// makes N copies of the corpus's reports in a temporary folder, times
// `jixiao extract -o out.jsonl FOLDER` over them as a separate process, and
// prints documents per second, MB per second, peak RSS and CPU use, for one
// worker and for as many workers as there are CPUs.
//
// Usage:
//
//	go run ./internal/benchrun [-bin bin/jixiao[,OTHER...]] [-n 2000] [-runs 3] [-j 1,2] [-profile DIR] [SET=GLOB[,GLOB]...]
//
// N defaults to $BENCH_N, or 2000, and runs to $BENCH_RUNS, or 3: each
// figure is the median of that many runs. Each SET is timed on its own; the
// default sets are the corpus's text reports, the Word-made DOCX of the
// seed, all its DOCX reports, and the PDF sets of pdf.go (warm and cold
// PDFium cache; a set named NAME@N takes N copies at most). A set whose
// globs match nothing is left out. Several binaries (-bin a,b) are timed in
// paired runs, one line each: make bench-encoder compares the generated
// JSON encoder with encoding/json so.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
)

// defaultSets are timed when no SET is named.
var defaultSets = []string{
	"seed-text=corpus/000_*.txt",
	"text=corpus/*.txt",
	"seed-docx=corpus/*seed_word*.docx",
	"docx=corpus/*.docx",
}

func main() { os.Exit(run(os.Args[1:])) }

// run is the whole program; it returns the exit status.
func run(args []string) int {
	fs := flag.NewFlagSet("benchrun", flag.ContinueOnError)
	bin := fs.String("bin", "bin/jixiao", "the jixiao `binaries` to time, comma-separated (make build makes bin/jixiao)")
	n := fs.Int("n", envInt("BENCH_N", 2000), "copies per set (default $BENCH_N or 2000)")
	jobs := fs.String("j", "1,"+strconv.Itoa(runtime.NumCPU()), "comma-separated worker counts to time")
	runs := fs.Int("runs", envInt("BENCH_RUNS", 3), "timed runs per set and worker count; the median is printed (default $BENCH_RUNS or 3)")
	profile := fs.String("profile", "", "write a CPU profile of each run into `DIR`")
	outDir := fs.String("out", outputDir(), "write the output into `DIR` (default: /dev/shm when it is a writable tmpfs, else beside the inputs)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	js, err := parseJobs(*jobs)
	if err != nil || *n < 1 || *runs < 1 {
		fmt.Fprintf(os.Stderr, "benchrun: bad -j %q, -n %d or -runs %d\n", *jobs, *n, *runs)
		return 2
	}
	sets := fs.Args()
	if len(sets) == 0 {
		sets = defaultSets
	}
	bins := strings.Split(*bin, ",")
	fmt.Printf("jixiao whole-process benchmark: %s extract -q -j J -o out.jsonl DIR (N=%d copies per set, median of %d runs)\n", *bin, *n, *runs)
	fmt.Println("machine:", machine())
	if *outDir != "" {
		fmt.Println("output in:", *outDir)
	}
	fmt.Println(header)
	status := 0
	for _, spec := range sets {
		if err := bench(spec, bins, *n, *runs, js, *profile, *outDir); err != nil {
			fmt.Fprintln(os.Stderr, "benchrun:", err)
			status = 1
		}
	}
	fmt.Println("targets (issue 7, 2 cores): text ≥ 3000 docs/s, Word-made DOCX of the seed ≥ 500 docs/s, peak RSS < 200 MB")
	return status
}

// outputDir is where the output goes by default: /dev/shm when it is a
// directory one can write to. jixiao syncs its JSONL to the disk every 256
// records (fsync), which on a disk-backed /tmp costs a few tenths of a
// second per 200 MB written — the disk's time, not jixiao's, and a
// different amount on every machine; on a tmpfs a sync costs nothing, so
// the figures stay those of jixiao's own work, as before it synced.
func outputDir() string {
	const shm = "/dev/shm"
	f, err := os.CreateTemp(shm, "jixiao-bench-probe-")
	if err != nil {
		return ""
	}
	f.Close()
	os.Remove(f.Name())
	return shm
}

// parseJobs reads "1,2" into worker counts.
func parseJobs(s string) ([]int, error) {
	var js []int
	for _, f := range strings.Split(s, ",") {
		j, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || j < 1 {
			return nil, fmt.Errorf("bad worker count %q", f)
		}
		js = append(js, j)
	}
	return js, nil
}

// envInt reads a positive integer from the environment, or returns def.
func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// machine describes the machine: CPUs, CPU model, OS and Go version.
func machine() string {
	model := "unknown CPU"
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				model = strings.TrimSpace(v)
				break
			}
		}
	}
	return fmt.Sprintf("%d CPUs (nproc), %s, %s/%s, %s", runtime.NumCPU(), model, runtime.GOOS, runtime.GOARCH, runtime.Version())
}
