package main

import (
	"fmt"
	"time"
)

// summary is the line printed on standard error at the end of every run:
// "read N, failed N, skipped N, resumed N in 1.2s (X docs/s, Y MB/s)".
// Throughput counts the inputs extracted (read, failed or skipped), not
// those found done by --resume. An interrupted run says so and how many
// inputs it left.
func summary(t *tally, elapsed time.Duration, interrupted bool, left int, resumable bool) string {
	worked := t.read.Load() + t.failed.Load() + t.skipped.Load()
	secs := elapsed.Seconds()
	docsPerSec, mbPerSec := 0.0, 0.0
	if secs > 0 {
		docsPerSec = float64(worked) / secs
		mbPerSec = float64(t.bytes.Load()) / 1e6 / secs
	}
	s := fmt.Sprintf("read %d, failed %d, skipped %d, resumed %d in %s (%.0f docs/s, %.1f MB/s)",
		t.read.Load(), t.failed.Load(), t.skipped.Load(), t.resumed.Load(),
		elapsed.Round(time.Millisecond), docsPerSec, mbPerSec)
	if interrupted {
		s = "interrupted: " + s + fmt.Sprintf("; %d inputs left", left)
		if resumable {
			s += " (run again with --resume to do them)"
		}
	}
	return s
}
