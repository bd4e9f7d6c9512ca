package main

import (
	"bytes"
	"strings"
	"sync"
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
	m := &meter{msg: english, total: 200, t: tl, start: start}
	assert.Equal(t, "32/200 files  16%  3.0 MB  3 docs/s  ETA 0:54", m.line(start.Add(10*time.Second)))
	assert.Equal(t, "32/200 files  16%  3.0 MB  0 docs/s  ETA --:--", m.line(start))
	m.msg = chinese
	assert.Equal(t, "32/200 个文件  16%  3.0 MB  3 份/秒  预计剩余 0:54", m.line(start.Add(10*time.Second)))
}

// TestProgressMode resolves --progress with the terminal and -q.
func TestProgressMode(t *testing.T) {
	for _, tc := range []struct {
		flag            string
		terminal, quiet bool
		want            string
	}{
		{"auto", true, false, "bar"},
		{"auto", false, false, "none"},
		{"auto", true, true, "none"},
		{"plain", false, true, "plain"},
		{"bar", false, false, "bar"},
		{"none", true, false, "none"},
	} {
		assert.Equal(t, tc.want, progressMode(tc.flag, tc.terminal, tc.quiet), "%+v", tc)
	}
}

// TestMeterPlain runs a plain meter: a line of its own now and then, with
// the time of day, never erased.
func TestMeterPlain(t *testing.T) {
	var buf safeBuffer
	tl := &tally{}
	m := newMeter(&buf, english, progressPlain, 10*time.Millisecond, 10, tl, time.Now())
	for deadline := time.Now().Add(5 * time.Second); strings.Count(buf.String(), "\n") < 2 && time.Now().Before(deadline); {
		time.Sleep(5 * time.Millisecond)
	}
	m.println("a.txt: failed")
	m.stop()
	out := buf.String()
	assert.Regexp(t, `^\d\d:\d\d:\d\d 0/10 files   0%  0\.0 MB  0 docs/s  ETA --:--\n`, out)
	assert.Contains(t, out, "\na.txt: failed\n")
	assert.NotContains(t, out, "\r")
}

// safeBuffer is a bytes.Buffer that a meter's goroutine and the test may
// use at once.
type safeBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *safeBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *safeBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestMeterDraws runs a live meter: it draws progress lines and erases them
// before printing a line of its own and at the end.
func TestMeterDraws(t *testing.T) {
	var buf bytes.Buffer
	tl := &tally{}
	m := newMeter(&buf, english, progressBar, 0, 10, tl, time.Now())
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
	m := newMeter(&buf, english, progressNone, 0, 10, &tally{}, time.Now())
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
	tl.add(&result{outcome: outRead, unknown: true, bytes: 1_000_000})
	assert.Equal(t, "read 4 (recognised 3, unknown 1), failed 0, skipped 1, resumed 1 in 2s (2 docs/s, 2.5 MB/s)", summary(english, tl, 2*time.Second, false, 0, true))
	assert.Equal(t, "interrupted: read 4 (recognised 3, unknown 1), failed 0, skipped 1, resumed 1 in 2s (2 docs/s, 2.5 MB/s); 7 inputs left (run again with --resume to do them)", summary(english, tl, 2*time.Second, true, 7, true))
	assert.Equal(t, "interrupted: read 4 (recognised 3, unknown 1), failed 0, skipped 1, resumed 1 in 2s (2 docs/s, 2.5 MB/s); 7 inputs left", summary(english, tl, 2*time.Second, true, 7, false))
	assert.Equal(t, "已中断：读取 4 份（已识别 3，未识别 1），失败 0，跳过 1，此前已完成 1，用时 2s（2 份/秒，2.5 MB/秒）；尚余 7 个输入（加 --resume 再次运行即可完成）", summary(chinese, tl, 2*time.Second, true, 7, true))
}
