package xlsx

import (
	"github.com/jixiao-dev/jixiao/extract/internal/ooxml"
)

// The relationship types the reader follows (ECMA-376 Part 1 §12.3), as
// ooxml.Relationship gives them: with the officeDocument base cut.
const (
	relWorksheet     = "/worksheet"
	relSharedStrings = "/sharedStrings"
	relStyles        = "/styles"
	relChartsheet    = "/chartsheet"
	relDialogsheet   = "/dialogsheet"
	relMacrosheet    = "/xlMacrosheet"
)

// pkg is an opened workbook package and the reader's options.
type pkg struct {
	*ooxml.Package
	opts Options
}

// openPackage opens data as a zip under the limits of opts.
func openPackage(data []byte, opts Options) (*pkg, error) {
	p, err := ooxml.Open(data, opts.limits(), "open the workbook in Excel or WPS and save it again")
	if err != nil {
		return nil, err
	}
	return &pkg{Package: p, opts: opts}, nil
}

// newScanner returns a scanner of the reader's vocabulary over a part of
// the package.
func (p *pkg) newScanner(data []byte) *ooxml.Scanner {
	return ooxml.NewScanner(data, p.opts.MaxDepth, &vocab)
}
