package xlsx

import (
	"bytes"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/ooxml"
)

// workbookTypes are the content types of a SpreadsheetML workbook part
// (ECMA-376 Part 1 §12.3.23) and its macro-enabled and template variants
// (.xlsm, .xltx, .xltm), lower-cased; Strict OOXML uses the same ones.
var workbookTypes = map[string]bool{
	"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml":    true,
	"application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": true,
	"application/vnd.ms-excel.sheet.macroenabled.main+xml":                          true,
	"application/vnd.ms-excel.template.macroenabled.main+xml":                       true,
}

// binaryWorkbookType is the main part of an .xlsb, which holds BIFF12
// records, not XML.
const binaryWorkbookType = "application/vnd.ms-excel.sheet.binary.macroenabled.main"

// Read reads a workbook into the common Document model. Errors are
// *document.Error values wrapping the sentinels of package document:
// ErrEmpty; ErrUnsupported (not a zip, a legacy .xls, an .xlsb, or a
// package that is not a workbook, each named); ErrCorrupt (a damaged zip, or
// a workbook whose parts refer to parts or strings it lacks); ErrXML (naming
// the part and the offset); ErrLimit (a limit of opts passed, named). Read
// never panics and is safe for concurrent use.
func Read(data []byte, opts Options) (*document.Document, error) {
	opts = opts.withDefaults()
	switch {
	case len(data) == 0:
		return nil, document.Errorf(document.ErrEmpty, -1, "no bytes to read")
	case IsXLS(data):
		return nil, RefuseXLS()
	case !bytes.HasPrefix(data, []byte("PK")):
		return nil, document.Errorf(document.ErrUnsupported, 0,
			"not a zip archive (an .xlsx workbook is a zip package); the file starts with %q", ooxml.Head(data))
	}
	p, err := openPackage(data, opts)
	if err != nil {
		return nil, err
	}
	defer p.Release()
	name, err := p.mainPart()
	if err != nil {
		return nil, err
	}
	wb, err := readWorkbook(p, name)
	if err != nil {
		return nil, err
	}
	return readSheets(p, wb)
}

// mainPart returns the workbook part: the target of the package's
// officeDocument relationship, accepted when [Content_Types].xml gives it a
// SpreadsheetML workbook content type.
func (p *pkg) mainPart() (string, error) {
	target, err := p.MainPart()
	if err != nil {
		return "", err
	}
	if target == "" {
		return "", document.Errorf(document.ErrUnsupported, -1,
			"a zip archive that is not an Office document: it has no %s naming a main part (officeDocument relationship)", ooxml.PartRels)
	}
	if !p.Has(target) {
		return "", document.Errorf(document.ErrCorrupt, -1, "the workbook part %s named by %s is missing", target, ooxml.PartRels)
	}
	types, err := p.ContentTypes()
	if err != nil {
		return "", err
	}
	ct := types.Of(target)
	switch {
	case workbookTypes[ct]:
		return target, nil
	case ct == binaryWorkbookType:
		return "", document.Errorf(document.ErrUnsupported, -1,
			"an Excel binary workbook (.xlsb), not read; save it as .xlsx in Excel and try again")
	case strings.Contains(ct, "wordprocessingml") || strings.Contains(ct, "ms-word"):
		return "", document.Errorf(document.ErrUnsupported, -1, "a Word document (content type %s), not a workbook", ct)
	case strings.Contains(ct, "presentationml") || strings.Contains(ct, "ms-powerpoint"):
		return "", document.Errorf(document.ErrUnsupported, -1, "a PowerPoint presentation (content type %s), not a workbook", ct)
	}
	if ct == "" {
		ct = "none"
	}
	return "", document.Errorf(document.ErrUnsupported, -1,
		"its main part %s is not a SpreadsheetML workbook (content type %s)", target, ct)
}
