package xlsx

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/ooxml"
)

// sheetRef is one sheet of the workbook, in tab order.
type sheetRef struct {
	name   string
	hidden string // "", "hidden" or "veryHidden"
	kind   string // relationship type suffix: relWorksheet, relChartsheet …
	part   string // the sheet's part, resolved
}

// workbook is what the workbook part and its relationships say.
type workbook struct {
	part     string
	date1904 bool
	sheets   []sheetRef
	strings  *sharedStrings
	styles   *styles
}

// readWorkbook reads the workbook part (ECMA-376 Part 1 §18.2): its sheets
// in tab order with their visibility, the date system, and, through the
// part's relationships, each sheet's part, the shared string table and the
// styles. Sheets are found only through the relationships: real files name
// their first sheet sheet2.xml, or anything else.
func readWorkbook(p *pkg, part string) (*workbook, error) {
	data, err := p.Read(part)
	if err != nil {
		return nil, err
	}
	if err := ooxml.CheckUTF8(part, data); err != nil {
		return nil, err
	}
	wb := &workbook{part: part}
	ids := map[string]int{} // r:id → index in wb.sheets, for messages
	var rids []string
	s := p.newScanner(data)
	for s.Next() != ooxml.TokEOF {
		switch {
		case s.Kind() != ooxml.TokStart:
		case s.Is(nsMain, "workbookPr"):
			wb.date1904 = isTrue(s.Attr(ooxml.NSNone, "date1904"))
		case s.Is(nsMain, "sheet"):
			if len(wb.sheets) >= p.opts.MaxSheets {
				return nil, ooxml.PartError(document.ErrLimit, part, s.Off(), "more than %d sheets (Options.MaxSheets)", p.opts.MaxSheets)
			}
			id := string(s.Attr(nsRel, "id"))
			ids[id] = len(wb.sheets)
			rids = append(rids, id)
			wb.sheets = append(wb.sheets, sheetRef{
				name:   string(s.Attr(ooxml.NSNone, "name")),
				hidden: string(s.Attr(ooxml.NSNone, "state")),
			})
		}
	}
	if s.Err() != nil {
		return nil, s.Err().InPart(part)
	}
	if err := wb.link(p, rids); err != nil {
		return nil, err
	}
	if wb.strings == nil {
		wb.strings = &sharedStrings{}
	}
	if wb.styles == nil {
		wb.styles = &styles{}
	}
	return wb, nil
}

// link follows the workbook's relationships to its sheets' parts, its
// shared strings and its styles. A sheet whose relationship is missing,
// points at the workbook itself or at a part another sheet already has, or
// at a part that is not there, makes the workbook corrupt: such a cycle or
// repetition would read one part many times.
func (wb *workbook) link(p *pkg, rids []string) error {
	rels, err := p.Relationships(wb.part)
	if err != nil {
		return err
	}
	byID := make(map[string]ooxml.Relationship, len(rels))
	for _, r := range rels {
		byID[r.ID] = r
		var err error
		switch r.Type {
		case relSharedStrings:
			if wb.strings == nil {
				wb.strings, err = readStrings(p, r.Target)
			}
		case relStyles:
			if wb.styles == nil {
				wb.styles, err = readStyles(p, r.Target)
			}
		}
		if err != nil {
			return err
		}
	}
	seen := map[string]string{strings.ToLower(wb.part): "the workbook"}
	for i, id := range rids {
		sh := &wb.sheets[i]
		r, ok := byID[id]
		if !ok {
			return ooxml.PartError(document.ErrCorrupt, wb.part, -1, "sheet %q refers to relationship %q, which %s does not have", sh.name, id, ooxml.RelsName(wb.part))
		}
		if by, dup := seen[strings.ToLower(r.Target)]; dup {
			return ooxml.PartError(document.ErrCorrupt, wb.part, -1, "sheet %q points at %s, which is already %s (a cycle or a repeated part)", sh.name, r.Target, by)
		}
		seen[strings.ToLower(r.Target)] = "sheet " + quote(sh.name)
		if !p.Has(r.Target) {
			return ooxml.PartError(document.ErrCorrupt, wb.part, -1, "the part %s of sheet %q is missing", r.Target, sh.name)
		}
		sh.kind, sh.part = r.Type, r.Target
	}
	return nil
}

func quote(s string) string { return "\"" + s + "\"" }

// isTrue reads an xsd:boolean attribute: "1" or "true" (WPS writes "true").
func isTrue(v []byte) bool {
	return string(v) == "1" || string(v) == "true"
}
