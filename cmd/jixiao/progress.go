package main

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// tally counts outcomes as the sequencer emits them. The progress meter
// reads it from its own goroutine, hence the atomics.
type tally struct {
	read, failed, skipped, resumed atomic.Int64
	unknown                        atomic.Int64 // of read: reports of no known kind
	bytes                          atomic.Int64 // of the inputs read, failed and skipped
}

// add counts one result.
func (t *tally) add(r *result) {
	switch r.outcome {
	case outRead:
		t.read.Add(1)
		if r.unknown {
			t.unknown.Add(1)
		}
	case outFailed:
		t.failed.Add(1)
	case outSkipped:
		t.skipped.Add(1)
	case outResumed:
		t.resumed.Add(1)
		return
	}
	t.bytes.Add(r.bytes)
}

// done is the number of inputs emitted.
func (t *tally) done() int64 {
	return t.read.Load() + t.failed.Load() + t.skipped.Load() + t.resumed.Load()
}

// Progress modes (--progress): auto is bar on a terminal, none
// elsewhere; bar redraws one line under the messages; plain prints a line
// every plainEvery, with the time of day, for logs (nohup, cron, CI);
// none prints no progress.
const (
	progressAuto  = "auto"
	progressBar   = "bar"
	progressPlain = "plain"
	progressNone  = "none"
)

// plainEvery is the time between two lines of --progress plain.
const plainEvery = 5 * time.Second

// progressMode resolves --progress: auto is bar on a terminal and none
// elsewhere, and -q without --progress is none.
func progressMode(flag string, terminal, quiet bool) string {
	switch {
	case flag != progressAuto:
		return flag
	case quiet || !terminal:
		return progressNone
	}
	return progressBar
}

// meter prints lines on standard error and shows the progress: files done
// of the total, MB read, documents per second and the time left — on a
// line redrawn under the messages (bar), or a line of its own now and
// then (plain). Its own library would be one dependency more for twenty
// lines (schollz/progressbar pulls in four modules).
type meter struct {
	mu    sync.Mutex
	w     io.Writer
	msg   *messages
	mode  string
	drawn bool
	total int
	start time.Time
	t     *tally
	quit  chan struct{}
	ended chan struct{}
}

// newMeter starts the meter in mode: bar draws the progress line every
// 200 ms, plain prints one every `every`.
func newMeter(w io.Writer, msg *messages, mode string, every time.Duration, total int, t *tally, start time.Time) *meter {
	m := &meter{w: w, msg: msg, mode: mode, total: total, t: t, start: start, quit: make(chan struct{}), ended: make(chan struct{})}
	if mode != progressBar && mode != progressPlain {
		close(m.ended)
		return m
	}
	if mode == progressBar {
		every = 200 * time.Millisecond
	}
	go func() {
		defer close(m.ended)
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			select {
			case <-m.quit:
				return
			case now := <-tick.C:
				m.tick(now)
			}
		}
	}()
	return m
}

// tick shows the progress at time now.
func (m *meter) tick(now time.Time) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.mode == progressPlain {
		fmt.Fprintln(m.w, now.Format("15:04:05")+" "+m.line(now))
		return
	}
	m.clear()
	fmt.Fprint(m.w, m.line(now))
	m.drawn = true
}

// println prints s on a line of its own, above the progress line.
func (m *meter) println(s string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.clear()
	fmt.Fprintln(m.w, s)
}

// stop ends the meter and erases its line.
func (m *meter) stop() {
	if m.mode == progressBar || m.mode == progressPlain {
		close(m.quit)
	}
	<-m.ended
	m.mu.Lock()
	m.clear()
	m.mu.Unlock()
}

// clear erases the progress line if one is drawn.
func (m *meter) clear() {
	if m.drawn {
		fmt.Fprint(m.w, "\r\x1b[K")
		m.drawn = false
	}
}

// line is the progress line at time now.
func (m *meter) line(now time.Time) string {
	done := m.t.done()
	elapsed := now.Sub(m.start).Seconds()
	rate := 0.0
	if elapsed > 0 {
		rate = float64(done-m.t.resumed.Load()) / elapsed
	}
	eta := "--:--"
	if rate > 0 {
		eta = clock(time.Duration(float64(int64(m.total)-done) / rate * float64(time.Second)))
	}
	pct := 100.0
	if m.total > 0 {
		pct = 100 * float64(done) / float64(m.total)
	}
	return fmt.Sprintf(m.msg.progress,
		done, m.total, pct, float64(m.t.bytes.Load())/1e6, rate, eta)
}

// clock prints d as m:ss or h:mm:ss.
func clock(d time.Duration) string {
	s := int64(d.Round(time.Second) / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
