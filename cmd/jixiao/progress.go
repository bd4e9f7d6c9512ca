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
	bytes                          atomic.Int64 // of the inputs read, failed and skipped
}

// add counts one result.
func (t *tally) add(r *result) {
	switch r.outcome {
	case outRead:
		t.read.Add(1)
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

// meter prints lines on standard error and, when live, redraws a progress
// line under them: files done of the total, MB read, documents per second
// and the time left. Its own library would be one dependency more for
// twenty lines (schollz/progressbar pulls in four modules).
type meter struct {
	mu    sync.Mutex
	w     io.Writer
	live  bool
	drawn bool
	total int
	start time.Time
	t     *tally
	quit  chan struct{}
	ended chan struct{}
}

// newMeter starts the meter; live draws the progress line every 200 ms.
func newMeter(w io.Writer, live bool, total int, t *tally, start time.Time) *meter {
	m := &meter{w: w, live: live, total: total, t: t, start: start, quit: make(chan struct{}), ended: make(chan struct{})}
	if !live {
		close(m.ended)
		return m
	}
	go func() {
		defer close(m.ended)
		tick := time.NewTicker(200 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-m.quit:
				return
			case now := <-tick.C:
				m.mu.Lock()
				m.clear()
				fmt.Fprint(m.w, m.line(now))
				m.drawn = true
				m.mu.Unlock()
			}
		}
	}()
	return m
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
	if m.live {
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
	return fmt.Sprintf("%d/%d files %3.0f%%  %.1f MB  %.0f docs/s  ETA %s",
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
