package main

import (
	"fmt"
	"time"
)

// summary is the line printed on standard error at the end of every run:
// "read N (recognised N, unknown N), failed N, skipped N, resumed N in
// 1.2s (X docs/s, Y MB/s)" — recognised reports are of a known kind,
// unknown ones were read but are of none (see notReport for what is not
// a report at all). Throughput counts the inputs extracted (read, failed
// or skipped), not those found done by --resume. An interrupted run says
// so and how many inputs it left.
func summary(m *messages, t *tally, elapsed time.Duration, interrupted bool, left int, resumable bool) string {
	worked := t.read.Load() + t.failed.Load() + t.skipped.Load()
	secs := elapsed.Seconds()
	docsPerSec, mbPerSec := 0.0, 0.0
	if secs > 0 {
		docsPerSec = float64(worked) / secs
		mbPerSec = float64(t.bytes.Load()) / 1e6 / secs
	}
	s := m.runSummary(t, elapsed, docsPerSec, mbPerSec)
	if interrupted {
		s = m.interrupted + s + fmt.Sprintf(m.left, left)
		if resumable {
			s += m.resumeHint
		}
	}
	return s
}
