package docx

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/ooxml"
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

// mainPart returns the name of the main document part, lower-cased: the
// target of the package's officeDocument relationship in _rels/.rels
// (ECMA-376 Part 2 §9.3), accepted only when [Content_Types].xml gives it a
// WordprocessingML main content type. A part named word/document.xml is not
// enough: an Excel workbook or a PowerPoint presentation is a package of the
// same kind, whose main part is SpreadsheetML or PresentationML, and is
// refused with a message that says what it is.
func mainPart(p *ooxml.Package) (string, error) {
	if kind, typ := odfKind(p); kind != "" {
		return "", notDOCX("an OpenDocument %s (%s), not a Word document; save it as .docx", kind, typ)
	}
	target, err := p.MainPart()
	if err != nil {
		return "", err
	}
	target = strings.ToLower(target)
	if target == "" {
		return "", notDOCX("a zip archive that is not an Office document: it has no %s naming a main part (officeDocument relationship)", ooxml.PartRels)
	}
	if !p.Has(target) {
		return "", notDOCX("the package's main part %s (its officeDocument relationship) is missing", target)
	}
	types, err := p.ContentTypes()
	if err != nil {
		return "", err
	}
	ct := types.Of(target)
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

// odfKind names an OpenDocument package by its mimetype entry (ODF 1.2
// Part 3 §3.3): "text", "spreadsheet", "presentation" …, with the whole
// type, or "" when data is not one.
func odfKind(p *ooxml.Package) (kind, typ string) {
	if size, ok := p.Size("mimetype"); !ok || size > 256 {
		return "", ""
	}
	data, err := p.Read("mimetype")
	if err != nil {
		return "", ""
	}
	typ = strings.TrimSpace(string(data))
	kind, ok := strings.CutPrefix(typ, "application/vnd.oasis.opendocument.")
	if !ok {
		return "", ""
	}
	return kind, typ
}
