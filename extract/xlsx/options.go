package xlsx

import (
	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/ooxml"
)

// Default limits. They bound what a hostile or broken workbook can make the
// reader do; a real workbook of project forms is far below each of them
// (twenty sheets of about 6 KB of XML, 400 shared strings, 2,700 cells).
const (
	// DefaultMaxInflated caps the bytes inflated from all parts read.
	DefaultMaxInflated = 256 << 20
	// DefaultMaxPart caps the inflated size of one part.
	DefaultMaxPart = 64 << 20
	// DefaultMaxEntries caps the number of entries in the zip directory.
	DefaultMaxEntries = 10000
	// DefaultMaxDepth caps the nesting of XML elements.
	DefaultMaxDepth = 256
	// DefaultMaxSheets caps the number of sheets read.
	DefaultMaxSheets = 1000
	// DefaultMaxStrings caps the entries of the shared string table.
	DefaultMaxStrings = 1 << 18
	// DefaultMaxCells caps the grid positions of all tables written: the
	// rows times the columns of each sheet's used range.
	DefaultMaxCells = 1 << 18
	// DefaultMaxText caps the canonical text written.
	DefaultMaxText = 64 << 20
)

// Options are the reader's safety limits. The zero value means the defaults
// above: a field that is zero or negative takes its default. A workbook past
// any of them is refused with document.ErrLimit, naming the limit; nothing
// is truncated silently.
type Options struct {
	// MaxInflated caps the total inflated bytes of the parts read. Default
	// 256 MiB.
	MaxInflated int64
	// MaxPart caps the inflated bytes of one part. Default 64 MiB.
	MaxPart int64
	// MaxEntries caps the number of entries in the package. Default 10,000.
	MaxEntries int
	// MaxDepth caps XML element nesting. Default 256.
	MaxDepth int
	// MaxSheets caps the sheets of the workbook. Default 1,000.
	MaxSheets int
	// MaxStrings caps the entries of the shared string table. Default
	// 262,144.
	MaxStrings int
	// MaxCells caps the grid positions of the tables written, empty ones
	// included: a sheet's used range is rows × columns, whatever few cells
	// hold values in it. Default 262,144 (about 50 MB of cells).
	MaxCells int
	// MaxText caps the bytes of canonical text written; a shared string
	// repeated in many cells is written each time. Default 64 MiB.
	MaxText int
}

// withDefaults returns o with every unset field at its default.
func (o Options) withDefaults() Options {
	document.SetDefault(&o.MaxInflated, DefaultMaxInflated)
	document.SetDefault(&o.MaxPart, DefaultMaxPart)
	document.SetDefault(&o.MaxEntries, DefaultMaxEntries)
	document.SetDefault(&o.MaxDepth, DefaultMaxDepth)
	document.SetDefault(&o.MaxSheets, DefaultMaxSheets)
	document.SetDefault(&o.MaxStrings, DefaultMaxStrings)
	document.SetDefault(&o.MaxCells, DefaultMaxCells)
	document.SetDefault(&o.MaxText, DefaultMaxText)
	return o
}

// limits returns the limits of the package, of o with its defaults.
func (o Options) limits() ooxml.Limits {
	return ooxml.Limits{MaxInflated: o.MaxInflated, MaxPart: o.MaxPart, MaxEntries: o.MaxEntries, MaxDepth: o.MaxDepth}
}
