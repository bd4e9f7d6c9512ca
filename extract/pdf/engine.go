package pdf

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// engine is one wazero runtime with PDFium compiled in it and a pool of
// PDFium instances (each a WebAssembly module instance with its own linear
// memory). An instance reads one document at a time; after the document it
// goes back to the pool and is reused, unless the read failed inside PDFium
// or was abandoned, in which case it is thrown away and the pool makes a
// fresh one when it needs one.
//
// Compiling PDFium (6 MB of WebAssembly) takes 7–9 s of CPU; with the
// compilation cache, later processes load the compiled code in well under a
// second. The engine is made on the first Read with given engine settings
// and kept for the life of the process: it is the reader's one piece of
// shared state, guarded by engines.mu.
type engine struct {
	pool pdfium.Pool
}

// engineKey is what makes two engines different.
type engineKey struct {
	cacheDir  string
	memPages  uint32
	instances int
}

// engines holds the engines made so far, by their settings.
var engines struct {
	mu sync.Mutex
	m  map[engineKey]*engine
}

// getEngine returns the engine for o's settings, making it on first use.
func getEngine(o Options) (*engine, error) {
	key := engineKey{cacheDir: cacheDir(o.CacheDir), memPages: memPages(o.MaxMemory), instances: o.Workers}
	if key.instances <= 0 {
		key.instances = runtime.GOMAXPROCS(0)
	}
	engines.mu.Lock()
	defer engines.mu.Unlock()
	if e := engines.m[key]; e != nil {
		return e, nil
	}
	e, err := newEngine(key)
	if err != nil {
		return nil, err
	}
	if engines.m == nil {
		engines.m = map[engineKey]*engine{}
	}
	engines.m[key] = e
	return e, nil
}

// newEngine compiles PDFium (or loads it from the cache) and sets up the
// instance pool. The runtime gets no file system (documents are passed as
// bytes), no stdout or stderr, and a memory limit per instance.
//
// The runtime is made without wazero's CloseOnContextDone: that option
// makes the compiled code check for cancellation in every loop and starts a
// goroutine for every call into PDFium, which made reading the fifteen real
// PDFs 4–5 times slower here. Time is bounded instead by checks between
// calls and by abandoning a stuck call (see session).
func newEngine(key engineKey) (*engine, error) {
	rc := wazero.NewRuntimeConfig().
		WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling).
		WithMemoryLimitPages(key.memPages)
	if key.cacheDir != "" {
		if cache, err := wazero.NewCompilationCacheWithDir(key.cacheDir); err == nil {
			rc = rc.WithCompilationCache(cache)
		}
	}
	pool, err := webassembly.Init(webassembly.Config{
		Context:       context.Background(),
		MinIdle:       0,
		MaxIdle:       key.instances,
		MaxTotal:      key.instances,
		RuntimeConfig: rc,
		FSConfig:      wazero.NewFSConfig(),
		Stdout:        io.Discard,
		Stderr:        io.Discard,
		ReuseWorkers:  true,
	})
	if err != nil {
		return nil, err
	}
	return &engine{pool: pool}, nil
}

// instance borrows a PDFium instance, waiting at most until deadline.
func (e *engine) instance(deadline time.Time) (pdfium.Pdfium, error) {
	return e.pool.GetInstance(time.Until(deadline))
}

// cacheDir resolves Options.CacheDir: "-" is no cache, "" the user's cache
// directory. A directory that cannot be made gives "" (no cache).
func cacheDir(dir string) string {
	switch dir {
	case "-":
		return ""
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		dir = filepath.Join(base, "jixiao", "pdfium")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return ""
	}
	return dir
}

// wasmPage is the size of a WebAssembly memory page.
const wasmPage = 64 << 10

// memPages converts a memory cap in bytes into WebAssembly pages, rounding
// up, within what wazero allows (65,536 pages, 4 GiB).
func memPages(n int64) uint32 {
	p := (n + wasmPage - 1) / wasmPage
	return uint32(min(max(p, 1), 65536))
}
