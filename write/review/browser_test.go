package review_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// The browser tests open review pages in a real headless Chromium, driven
// through the DevTools protocol by chromedp. They look for the browser in
// $JIXIAO_BROWSER, then for chromium, chromium-browser, google-chrome and
// google-chrome-stable on PATH, and skip when there is none. Screenshots go
// to $JIXIAO_TEST_ARTIFACTS when it is set (the directory is created), to a
// temporary directory otherwise; each test logs where.

var (
	browserOnce   sync.Once
	browserCtx    context.Context
	browserCancel context.CancelFunc
	browserErr    string
	browserDir    string
)

// browserPaths are the browser commands looked for, in order.
var browserPaths = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

func TestMain(m *testing.M) {
	code := m.Run()
	if browserCancel != nil {
		browserCancel()
	}
	if browserDir != "" {
		os.RemoveAll(browserDir)
	}
	os.Exit(code)
}

// findBrowser returns the browser's path, or "" when none is installed.
func findBrowser() string {
	if p := os.Getenv("JIXIAO_BROWSER"); p != "" {
		return p
	}
	for _, name := range browserPaths {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// startBrowser starts the one browser the tests share, with a fresh
// profile, no sandbox (CI runs as root), and nothing that reaches the
// network on its own.
func startBrowser() {
	bin := findBrowser()
	if bin == "" {
		browserErr = "no browser: none of $JIXIAO_BROWSER, " + strings.Join(browserPaths, ", ") +
			" is installed; install Debian's (apt-get install chromium fonts-wqy-microhei; .ci/run does) to run the browser tests"
		return
	}
	dir, err := os.MkdirTemp("", "jixiao-review-browser-")
	if err != nil {
		browserErr = err.Error()
		return
	}
	browserDir = dir
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.UserDataDir(dir),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1400, 900),
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	// Start the browser now. The first run's context must be the browser's
	// own: chromedp ties the browser's life to it.
	if err := chromedp.Do(ctx); err != nil {
		cancelCtx()
		cancelAlloc()
		browserErr = "starting " + bin + ": " + err.Error()
		return
	}
	browserCtx = ctx
	browserCancel = func() { cancelCtx(); cancelAlloc() }
}

// tab opens a new tab of the shared browser for one test, or skips the
// test when there is no browser. Dialogs (alert, confirm) are counted and
// dismissed.
func tab(t *testing.T) (context.Context, *dialogs) {
	t.Helper()
	browserOnce.Do(startBrowser)
	if browserCtx == nil {
		if strings.HasPrefix(browserErr, "no browser") {
			t.Skip(browserErr)
		}
		t.Fatal(browserErr)
	}
	ctx, cancel := chromedp.NewContext(browserCtx)
	ctx, cancelTime := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() { cancelTime(); cancel() })
	require.NoError(t, chromedp.Do(ctx)) // open the tab, so that the subscription below has one
	d := &dialogs{}
	events := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for _, err := range events {
			if err != nil {
				return
			}
			d.mu.Lock()
			d.n++
			d.mu.Unlock()
			chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	return ctx, d
}

// dialogs counts the JavaScript dialogs (alert, confirm, prompt) a tab
// opened.
type dialogs struct {
	mu sync.Mutex
	n  int
}

func (d *dialogs) count() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.n
}

// artifacts is the directory screenshots are written to.
func artifacts(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("JIXIAO_TEST_ARTIFACTS")
	if dir == "" {
		dir = t.TempDir()
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	return dir
}

// screenshot saves the tab's viewport as NAME.png in the artefacts.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	path := filepath.Join(artifacts(t), name+".png")
	require.NoError(t, os.WriteFile(path, png, 0o644))
	t.Logf("screenshot: %s", path)
}

// open loads a file in the tab.
func open(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	abs, err := filepath.Abs(path)
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate("file://"+filepath.ToSlash(abs)),
		chromedp.WaitReady(chromedp.CSS("body")),
	))
}

// waitReady waits for the report page's script to finish its start: the
// parts in view are drawn (a short document is drawn whole).
func waitReady(t *testing.T, ctx context.Context) {
	t.Helper()
	waitFor(t, ctx, `window.jixiaoReview && window.jixiaoReview.ready === true`)
}

// waitFor waits until a JavaScript expression is true.
func waitFor(t *testing.T, ctx context.Context, expr string) {
	t.Helper()
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(time.Minute)))
	require.NoError(t, err, expr)
}

// eval evaluates a JavaScript expression.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	require.NoError(t, err, expr)
	return v
}

// click clicks the element a CSS selector finds first.
func click(t *testing.T, ctx context.Context, sel string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel))), sel)
}
