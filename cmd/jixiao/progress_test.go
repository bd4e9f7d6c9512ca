package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestMeterLine checks the progress line's figures.
func TestMeterLine(t *testing.T) {
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	tl := &tally{}
	for range 30 {
		tl.add(&result{outcome: outRead, bytes: 100_000})
	}
	tl.add(&result{outcome: outFailed, bytes: 0})
	tl.add(&result{outcome: outResumed, bytes: 100_000})
	m := &meter{total: 200, t: tl, start: start}
	assert.Equal(t, "32/200 files  16%  3.0 MB  3 docs/s  ETA 0:54", m.line(start.Add(10*time.Second)))
	assert.Equal(t, "32/200 files  16%  3.0 MB  0 docs/s  ETA --:--", m.line(start))
}

// TestMeterDraws runs a live meter: it draws progress lines and erases them
// before printing a line of its own and at the end.
func TestMeterDraws(t *testing.T) {
	var buf bytes.Buffer
	tl := &tally{}
	m := newMeter(&buf, true, 10, tl, time.Now())
	drawn := func() bool {
		m.mu.Lock()
		defer m.mu.Unlock()
		return m.drawn
	}
	for deadline := time.Now().Add(5 * time.Second); !drawn() && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	m.println("a.txt: failed")
	m.stop()
	out := buf.String()
	assert.Contains(t, out, "0/10 files")
	assert.Contains(t, out, "\r\x1b[Ka.txt: failed\n")
	assert.True(t, strings.HasSuffix(out, "\n") || strings.HasSuffix(out, "\r\x1b[K"), "%q", out)
}

// TestMeterQuiet checks that a meter that is not live prints only lines.
func TestMeterQuiet(t *testing.T) {
	var buf bytes.Buffer
	m := newMeter(&buf, false, 10, &tally{}, time.Now())
	m.println("x")
	m.stop()
	assert.Equal(t, "x\n", buf.String())
}

// TestClock prints durations.
func TestClock(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0:                                     "0:00",
		59*time.Second + 600*time.Millisecond: "1:00",
		61 * time.Minute:                      "1:01:00",
	} {
		assert.Equal(t, want, clock(d))
	}
}

// TestSummary checks the summary line, plain and interrupted.
func TestSummary(t *testing.T) {
	tl := &tally{}
	for range 3 {
		tl.add(&result{outcome: outRead, bytes: 1_000_000})
	}
	tl.add(&result{outcome: outSkipped, bytes: 1_000_000})
	tl.add(&result{outcome: outResumed, bytes: 5})
	assert.Equal(t, "read 3, failed 0, skipped 1, resumed 1 in 2s (2 docs/s, 2.0 MB/s)", summary(tl, 2*time.Second, false, 0, true))
	assert.Equal(t, "interrupted: read 3, failed 0, skipped 1, resumed 1 in 2s (2 docs/s, 2.0 MB/s); 7 inputs left (run again with --resume to do them)", summary(tl, 2*time.Second, true, 7, true))
	assert.Equal(t, "interrupted: read 3, failed 0, skipped 1, resumed 1 in 2s (2 docs/s, 2.0 MB/s); 7 inputs left", summary(tl, 2*time.Second, true, 7, false))
}
