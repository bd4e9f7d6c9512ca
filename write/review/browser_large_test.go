package review_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/schema"
	"github.com/jixiao-dev/jixiao/write/review"
)

// largeBytes is the size of the large report's text.
const largeBytes = 10 << 20

// replicate makes a report of n copies of e one after another: the text
// repeated, and the sections, annexes, tables, values, checks and warnings
// of each copy with their spans moved to it (the facts are the first
// copy's). It is how a 10 MB report with the seed's density of figures is
// had without extracting one, which would take longer than the page.
func replicate(t testing.TB, e extracted, n int) extracted {
	t.Helper()
	blob, err := json.Marshal(e.rep)
	require.NoError(t, err)
	out := &schema.Report{}
	require.NoError(t, json.Unmarshal(blob, out))
	lines := strings.Count(e.text, "\n")
	for i := 1; i < n; i++ {
		c := &schema.Report{}
		require.NoError(t, json.Unmarshal(blob, c))
		shiftSpans(reflect.ValueOf(c).Elem(), i*len(e.text), i*lines)
		for j := range c.Tables {
			c.Tables[j].Index += i * len(e.rep.Tables)
		}
		out.Sections = append(out.Sections, c.Sections...)
		out.Annexes = append(out.Annexes, c.Annexes...)
		out.Tables = append(out.Tables, c.Tables...)
		out.Values = append(out.Values, c.Values...)
		out.Checks = append(out.Checks, c.Checks...)
		out.Warnings = append(out.Warnings, c.Warnings...)
	}
	return extracted{rep: out, text: strings.Repeat(e.text, n)}
}

// shiftSpans moves every schema.Span within v by delta bytes and lines.
func shiftSpans(v reflect.Value, delta, lines int) {
	switch v.Kind() {
	case reflect.Struct:
		if s, ok := v.Addr().Interface().(*schema.Span); ok {
			s.Start += delta
			s.End += delta
			s.Line += lines
			return
		}
		for i := range v.NumField() {
			shiftSpans(v.Field(i), delta, lines)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			shiftSpans(v.Elem(), delta, lines)
		}
	case reflect.Slice:
		for i := range v.Len() {
			shiftSpans(v.Index(i), delta, lines)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			shiftSpans(v.MapIndex(k), delta, lines) // the values are pointers
		}
	}
}

// loadAverage is the machine's load, for the log: timings mean little on a
// shared machine without it.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	return strings.Join(strings.Fields(string(b))[:3], " ")
}

// TestBrowserLarge builds the page of a 10 MB report (the planted failure
// of corpus/030 over and over) and measures how long the page takes to
// write, to load, to become ready, and to answer a click on the last
// failed check (highlight, scroll and the next frames). The issue asks for
// under 2 s to write the page; the bounds asserted here are generous so
// that a loaded shared machine does not fail the test, and the log gives
// the figures with the load at the time.
func TestBrowserLarge(t *testing.T) {
	one := extractFile(t, filepath.Join(corpus, "030_seed_total_score_95.txt"))
	e := replicate(t, one, largeBytes/len(one.text)+1)
	t.Logf("report: %d bytes of text, %d values, %d tables, %d checks; load average %s",
		len(e.text), len(e.rep.Values), len(e.rep.Tables), len(e.rep.Checks), loadAverage())

	path := filepath.Join(t.TempDir(), "large.html")
	f, err := os.Create(path)
	require.NoError(t, err)
	start, cpu := time.Now(), cpuTime()
	require.NoError(t, review.Page(f, e.rep, e.text))
	write, writeCPU := time.Since(start), cpuTime()-cpu
	require.NoError(t, f.Close())
	info, err := os.Stat(path)
	require.NoError(t, err)
	t.Logf("page written in %v (CPU %v, GC included; %d MB of HTML); load average %s",
		write.Round(time.Millisecond), writeCPU.Round(time.Millisecond), info.Size()>>20, loadAverage())
	assert.Less(t, writeCPU, 20*time.Second, "writing the page of a 10 MB report")

	ctx, _ := tab(t)
	_, err = chromedp.Call(ctx, performance.Enable, performance.EnableParams{TimeDomain: performance.EnableTimeDomainThreadTicks})
	require.NoError(t, err)
	start = time.Now()
	open(t, ctx, path)
	waitReady(t, ctx)
	ready := time.Since(start)
	metrics, err := chromedp.Call(ctx, performance.GetMetrics, cdp.Empty{})
	require.NoError(t, err)
	m := map[string]float64{}
	for _, x := range metrics.Metrics {
		m[x.Name] = x.Value
	}
	t.Logf("browser main thread CPU to ready: tasks %.2f s (script %.2f s, layout %.2f s, style %.2f s)",
		m["TaskDuration"], m["ScriptDuration"], m["LayoutDuration"], m["RecalcStyleDuration"])
	type timing struct {
		Paint float64 `json:"paint"`
		DOM   float64 `json:"dom"`
		Load  float64 `json:"load"`
	}
	nav := eval[timing](t, ctx, `(() => { const n = performance.getEntriesByType('navigation')[0];
		const p = performance.getEntriesByName('first-contentful-paint')[0];
		return {paint: p ? p.startTime : -1, dom: n.domContentLoadedEventEnd, load: n.loadEventEnd}; })()`)
	t.Logf("browser: first paint %.0f ms, DOMContentLoaded %.0f ms, load %.0f ms, ready (failed figures underlined) %v; load average %s",
		nav.Paint, nav.DOM, nav.Load, ready.Round(time.Millisecond), loadAverage())

	// The last failed check: its figures are at the end of the document.
	const clickLast = `new Promise(done => {
  const t0 = performance.now();
  const all = document.querySelectorAll('#checks li.chk.fail > button.go');
  all[all.length - 1].click();
  requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0)));
})`
	for i := range 2 {
		frame, err := chromedp.Run(ctx, chromedp.Evaluate[float64](clickLast, chromedp.EvalAwaitPromise))
		require.NoError(t, err)
		type last struct {
			MS    float64 `json:"ms"`
			Marks int     `json:"marks"`
		}
		l := eval[last](t, ctx, `window.jixiaoReview.last`)
		t.Logf("click %d on the last failed check: highlight and scroll %.0f ms, next frame after %.0f ms, %d marks", i+1, l.MS, frame, l.Marks)
		assert.Less(t, frame, 5000.0, "the page answers a click")
		want := checkOf(t, one.rep, "indicators.total_score", "fail").Spans
		got := eval[highlight](t, ctx, highlighted).strings()
		require.Len(t, got, len(want))
		for k, s := range want {
			assert.Equal(t, rawAt(one, s), got[k])
		}
		assert.True(t, eval[bool](t, ctx, inView(0)), "the first figure is in view")
	}
	screenshot(t, ctx, "large")
}

// cpuTime is the CPU time (user and system) the test process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
