package pdf

import "time"

// Default limits. They bound what a hostile or broken file can make the
// reader do; the real reports seen are far below each of them (the largest
// of the fifteen in shared/realworld is 3.7 MB, 35 pages and 4,000 path
// objects on a page).
const (
	// DefaultMaxBytes caps the size of the file.
	DefaultMaxBytes = 256 << 20
	// DefaultMaxPages caps the number of pages.
	DefaultMaxPages = 2000
	// DefaultMaxObjects caps the page objects (text runs, paths, images)
	// of one page, counted through form XObjects.
	DefaultMaxObjects = 200000
	// DefaultMaxChars caps the characters of one page.
	DefaultMaxChars = 200000
	// DefaultMaxMemory caps the memory of one PDFium instance (the
	// WebAssembly linear memory), which bounds what decompressing streams
	// can take.
	DefaultMaxMemory = 1 << 30
	// DefaultTimeout caps the time one document may take.
	DefaultTimeout = 2 * time.Minute
)

// Options configure the reader: its safety limits and the PDFium engine.
// The zero value means the defaults: a field that is zero or negative takes
// its default, so callers can copy flags straight in.
type Options struct {
	// MaxBytes caps the size of the file. Default 256 MiB.
	MaxBytes int
	// MaxPages caps the number of pages. Default 2,000.
	MaxPages int
	// MaxObjects caps the page objects of one page. Default 200,000.
	MaxObjects int
	// MaxChars caps the characters of one page. Default 200,000.
	MaxChars int
	// MaxMemory caps the memory of a PDFium instance in bytes, rounded up
	// to 64 KiB pages. Default 1 GiB; PDFium itself needs 18 MiB to start.
	// A document that needs more is refused with document.ErrLimit.
	MaxMemory int64
	// Timeout caps the time one document may take, waiting for a free
	// PDFium instance included. Default 2 minutes. A document that takes
	// longer is refused with document.ErrTimeout.
	Timeout time.Duration
	// CacheDir is where the compiled PDFium module is kept between runs
	// (wazero's compilation cache). Empty means the user's cache
	// directory (os.UserCacheDir()/jixiao/pdfium); "-" turns the cache
	// off. A directory that cannot be made means no cache, silently.
	CacheDir string
	// Workers caps the PDFium instances kept alive, and so the documents
	// read at the same time; more Reads wait for a free instance. Default
	// runtime.GOMAXPROCS(0).
	Workers int
}

// withDefaults returns o with every unset field at its default.
func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxPages <= 0 {
		o.MaxPages = DefaultMaxPages
	}
	if o.MaxObjects <= 0 {
		o.MaxObjects = DefaultMaxObjects
	}
	if o.MaxChars <= 0 {
		o.MaxChars = DefaultMaxChars
	}
	if o.MaxMemory <= 0 {
		o.MaxMemory = DefaultMaxMemory
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	return o
}
