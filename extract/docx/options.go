package docx

import (
	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/ooxml"
)

// Default limits. They bound what a hostile or broken file can make the
// reader do; a real budget report is far below each of them (the seed's
// document.xml is about 430 KB as Word writes it).
const (
	// DefaultMaxInflated caps the bytes inflated from all parts read.
	DefaultMaxInflated = 256 << 20
	// DefaultMaxPart caps the inflated size of one part.
	DefaultMaxPart = 64 << 20
	// DefaultMaxEntries caps the number of entries in the zip directory.
	DefaultMaxEntries = 10000
	// DefaultMaxDepth caps the nesting of XML elements.
	DefaultMaxDepth = 256
	// DefaultMaxRun caps the length of the text of one w:t element.
	DefaultMaxRun = 1 << 20
)

// Options are the reader's safety limits. The zero value means the defaults
// above: a field that is zero or negative takes its default, so callers can
// copy flags straight in. A part past MaxPart or MaxInflated, a package with
// more than MaxEntries entries, XML nested deeper than MaxDepth and a w:t
// longer than MaxRun are refused with document.ErrLimit.
type Options struct {
	// MaxInflated caps the total inflated bytes of the parts read
	// (document.xml, numbering.xml, styles.xml). Default 256 MiB.
	MaxInflated int64
	// MaxPart caps the inflated bytes of one part. Default 64 MiB.
	MaxPart int64
	// MaxEntries caps the number of entries in the package. Default 10,000.
	MaxEntries int
	// MaxDepth caps XML element nesting. Default 256.
	MaxDepth int
	// MaxRun caps the length in bytes of the text of one w:t. Default 1 MiB.
	MaxRun int

	// forget turns off the scanner's memo of subtrees seen before
	// (ooxml.Scanner.Forget): the tests that hold the memo to the full
	// path read with it.
	forget bool
}

// withDefaults returns o with every unset field at its default.
func (o Options) withDefaults() Options {
	document.SetDefault(&o.MaxInflated, DefaultMaxInflated)
	document.SetDefault(&o.MaxPart, DefaultMaxPart)
	document.SetDefault(&o.MaxEntries, DefaultMaxEntries)
	document.SetDefault(&o.MaxDepth, DefaultMaxDepth)
	document.SetDefault(&o.MaxRun, DefaultMaxRun)
	return o
}

// limits returns the limits of the package, of o with its defaults.
func (o Options) limits() ooxml.Limits {
	return ooxml.Limits{MaxInflated: o.MaxInflated, MaxPart: o.MaxPart, MaxEntries: o.MaxEntries, MaxDepth: o.MaxDepth}
}
