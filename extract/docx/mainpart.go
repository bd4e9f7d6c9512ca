package docx

import (
	"path"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// The relationship types of the package's main part (ECMA-376 Part 2 §9.3,
// Part 1 §11.3.10): transitional, and Strict OOXML.
const (
	relOfficeDocument       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
	relStrictOfficeDocument = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
)

// wordMainTypes are the content types of a WordprocessingML main part
// (ECMA-376 Part 1 §11.3.10, and the macro-enabled and template variants
// Word writes for .docm, .dotx and .dotm). Strict OOXML uses the same ones.
var wordMainTypes = map[string]bool{
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": true,
	"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": true,
	"application/vnd.ms-word.document.macroenabled.main+xml":                           true,
	"application/vnd.ms-word.template.macroenabledtemplate.main+xml":                   true,
}

// otherMainTypes name the packages of other Office applications by a part
// of their main part's content type, for the refusal.
var otherMainTypes = []struct{ fragment, what string }{
	{"spreadsheetml.", "an Excel workbook (.xlsx)"},
	{"ms-excel.", "an Excel workbook (.xlsm/.xlsb)"},
	{"presentationml.", "a PowerPoint presentation (.pptx)"},
	{"ms-powerpoint.", "a PowerPoint presentation (.pptm)"},
}

// mainPart returns the name of the main document part: the target of the
// package's officeDocument relationship in _rels/.rels (ECMA-376 Part 2
// §9.3), accepted only when [Content_Types].xml gives it a WordprocessingML
// main content type. A part named word/document.xml is not enough: an Excel
// workbook or a PowerPoint presentation is a package of the same kind, whose
// main part is SpreadsheetML or PresentationML, and is refused with a message
// that says what it is.
func (p *pkg) mainPart() (string, error) {
	if kind := p.odfKind(); kind != "" {
		return "", notDOCX("an OpenDocument %s (%s), not a Word document; save it as .docx", kind, p.odfType())
	}
	target, err := p.relsTarget()
	if err != nil {
		return "", err
	}
	if target == "" {
		return "", notDOCX("a zip archive that is not an Office document: it has no %s naming a main part (officeDocument relationship)", partRels)
	}
	if !p.has(target) {
		return "", notDOCX("the package's main part %s (its officeDocument relationship) is missing", target)
	}
	types, err := p.contentTypes()
	if err != nil {
		return "", err
	}
	ct := types.of(target)
	if wordMainTypes[ct] {
		return target, nil
	}
	for _, o := range otherMainTypes {
		if strings.Contains(ct, o.fragment) {
			return "", notDOCX("%s, not a Word document: its main part %s has the content type %s", o.what, target, ct)
		}
	}
	if ct == "" {
		ct = "none"
	}
	return "", notDOCX("its main part %s is not WordprocessingML (content type %s), so not a Word document", target, ct)
}

func notDOCX(format string, args ...any) error {
	return document.Errorf(document.ErrNotDOCX, -1, format, args...)
}

func (p *pkg) has(name string) bool { _, ok := p.files[name]; return ok }

// odfKind names an OpenDocument package by its mimetype entry (ODF 1.2
// Part 3 §3.3): "text", "spreadsheet", "presentation" …, or "" when data is
// not one.
func (p *pkg) odfKind() string {
	t := p.odfType()
	kind, ok := strings.CutPrefix(t, "application/vnd.oasis.opendocument.")
	if !ok {
		return ""
	}
	return kind
}

// odfType returns the content of the mimetype entry, trimmed, or "".
func (p *pkg) odfType() string {
	f, ok := p.files["mimetype"]
	if !ok || f.UncompressedSize64 > 256 {
		return ""
	}
	data, err := p.read("mimetype")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(data))
}

// relsTarget reads the package relationships for the officeDocument target,
// lower-cased and resolved against the package root; it returns "" when
// there is no _rels/.rels or no such relationship in it.
func (p *pkg) relsTarget() (string, error) {
	data, err := p.read(partRels)
	if err != nil || data == nil {
		return "", err
	}
	s := newScanner(data, p.opts.MaxDepth)
	for s.next() != tokEOF {
		if s.kind != tokStart || string(s.local) != "Relationship" {
			continue
		}
		switch string(s.attrValue(nsNone, "Type")) {
		case relOfficeDocument, relStrictOfficeDocument:
			if strings.EqualFold(string(s.attrValue(nsNone, "TargetMode")), "External") {
				continue // an external main part is no part of this package
			}
			return partName(string(s.attrValue(nsNone, "Target"))), nil
		}
	}
	if s.err != nil {
		return "", scanFailure(partRels, s.err)
	}
	return "", nil
}

// partName resolves a relationship target of the package root to the
// lower-cased name of a zip entry: "/word/document.xml", "word/document.xml"
// and "./word/document.xml" are the same part (ECMA-376 Part 2 §9.3.2).
func partName(target string) string {
	return strings.TrimPrefix(path.Clean("/"+strings.ToLower(target)), "/")
}

// contentTypes holds [Content_Types].xml (ECMA-376 Part 2 §10.1.2):
// defaults by extension and overrides by part name, all lower-cased.
type contentTypes struct {
	defaults  map[string]string
	overrides map[string]string
}

// of returns the content type of the part name: its override, else the
// default of its extension, else "".
func (c contentTypes) of(name string) string {
	if t, ok := c.overrides[name]; ok {
		return t
	}
	return c.defaults[strings.TrimPrefix(path.Ext(name), ".")]
}

// contentTypes reads [Content_Types].xml; a package without one has no
// content types (and so no Word main part).
func (p *pkg) contentTypes() (contentTypes, error) {
	c := contentTypes{defaults: map[string]string{}, overrides: map[string]string{}}
	data, err := p.read(partTypes)
	if err != nil || data == nil {
		return c, err
	}
	s := newScanner(data, p.opts.MaxDepth)
	for s.next() != tokEOF {
		if s.kind != tokStart {
			continue
		}
		ct := strings.ToLower(strings.TrimSpace(string(s.attrValue(nsNone, "ContentType"))))
		switch string(s.local) {
		case "Default":
			c.defaults[strings.ToLower(string(s.attrValue(nsNone, "Extension")))] = ct
		case "Override":
			c.overrides[partName(string(s.attrValue(nsNone, "PartName")))] = ct
		}
	}
	if s.err != nil {
		return c, scanFailure(partTypes, s.err)
	}
	return c, nil
}
