package main

import (
	"fmt"
	"strings"
)

// workbook describes a workbook to write.
type workbook struct {
	sheets   []sheet
	strings  []string // the shared string table, template strings included
	numFmts  string   // <numFmt/> elements
	xfs      []int    // numFmtId of each cell format; 0 is General
	date1904 bool
	noShared bool              // leave out xl/sharedStrings.xml (its relationship stays)
	override map[string]string // parts replaced or added as they are
	stored   map[string]bool   // parts stored, not deflated
}

// sheet is one sheet: its name, state and the markup inside <worksheet>.
type sheet struct {
	name, state string
	body        string // <dimension>, <cols>, <sheetData>, <mergeCells> …
}

const (
	nsMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRel  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	decl   = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n"
)

func typesXML(overrides string) string {
	return decl + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` + overrides + `</Types>`
}

func relsXML(rels ...string) string {
	return decl + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + strings.Join(rels, "") + `</Relationships>`
}

func rel(id, typ, target string) string {
	return fmt.Sprintf(`<Relationship Id="%s" Type="%s/%s" Target="%s"/>`, id, nsRel, typ, target)
}

// parts returns the workbook's parts. Sheets are written as sheet2.xml
// onwards, their relationships listed in reverse, as real files do: only
// the relationships say which part is which sheet.
func (w workbook) parts() map[string]string {
	ct := `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
		`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
		`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`
	var sheets, wbRels []string
	parts := map[string]string{}
	for i, s := range w.sheets {
		file := fmt.Sprintf("sheet%d.xml", i+2)
		id := fmt.Sprintf("rId%d", i+3)
		ct += `<Override PartName="/xl/worksheets/` + file + `" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
		state := ""
		if s.state != "" {
			state = ` state="` + s.state + `"`
		}
		sheets = append(sheets, fmt.Sprintf(`<sheet name="%s" sheetId="%d"%s r:id="%s"/>`, s.name, i+2, state, id))
		wbRels = append([]string{rel(id, "worksheet", "worksheets/"+file)}, wbRels...)
		parts["xl/worksheets/"+file] = decl + `<worksheet xmlns="` + nsMain + `" xmlns:r="` + nsRel + `">` + s.body + `</worksheet>`
	}
	wbRels = append(wbRels, rel("rId1", "styles", "styles.xml"), rel("rId2", "sharedStrings", "sharedStrings.xml"))
	pr := `<workbookPr/>`
	if w.date1904 {
		pr = `<workbookPr date1904="1"/>`
	}
	parts["[Content_Types].xml"] = typesXML(ct)
	parts["_rels/.rels"] = relsXML(rel("rId1", "officeDocument", "xl/workbook.xml"))
	parts["xl/workbook.xml"] = decl + `<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRel + `">` + pr + `<sheets>` + strings.Join(sheets, "") + `</sheets></workbook>`
	parts["xl/_rels/workbook.xml.rels"] = relsXML(wbRels...)
	parts["xl/styles.xml"] = w.stylesXML()
	if !w.noShared {
		parts["xl/sharedStrings.xml"] = w.sstXML()
	}
	for n, p := range w.override {
		parts[n] = p
	}
	return parts
}

func (w workbook) zip() ([]byte, error) { return zipParts(w.parts(), w.stored) }

func (w workbook) stylesXML() string {
	var xfs strings.Builder
	xfs.WriteString(`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`)
	for _, id := range w.xfs {
		fmt.Fprintf(&xfs, `<xf numFmtId="%d" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`, id)
	}
	nf := ""
	if w.numFmts != "" {
		nf = `<numFmts>` + w.numFmts + `</numFmts>`
	}
	return decl + `<styleSheet xmlns="` + nsMain + `">` + nf +
		`<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>` +
		`<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
		`<cellXfs count="` + fmt.Sprint(len(w.xfs)+1) + `">` + xfs.String() + `</cellXfs></styleSheet>`
}

func (w workbook) sstXML() string {
	var b strings.Builder
	b.WriteString(decl + `<sst xmlns="` + nsMain + `" count="` + fmt.Sprint(len(w.strings)) + `" uniqueCount="` + fmt.Sprint(len(w.strings)) + `">`)
	for _, s := range w.strings {
		if strings.HasPrefix(s, "<") { // rich text runs, as written
			b.WriteString(`<si>` + s + `</si>`)
			continue
		}
		b.WriteString(`<si><t xml:space="preserve">` + esc(s) + `</t></si>`)
	}
	b.WriteString(`</sst>`)
	return b.String()
}

func esc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// rows builds <sheetData> from rows of cells.
func rows(rs ...string) string { return `<sheetData>` + strings.Join(rs, "") + `</sheetData>` }

// row is a row element with its cells; attrs such as ` hidden="1"`.
func row(n int, attrs string, cells ...string) string {
	return fmt.Sprintf(`<row r="%d"%s>`, n, attrs) + strings.Join(cells, "") + `</row>`
}

// s is a cell holding shared string i.
func s(ref string, i int) string { return fmt.Sprintf(`<c r="%s" t="s"><v>%d</v></c>`, ref, i) }

// n is a number cell of cell format xf.
func n(ref string, xf int, v string) string {
	return fmt.Sprintf(`<c r="%s" s="%d"><v>%s</v></c>`, ref, xf, v)
}

// empty is a styled cell without a value.
func empty(ref string) string { return fmt.Sprintf(`<c r="%s" s="1"/>`, ref) }

func merges(refs ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<mergeCells count="%d">`, len(refs))
	for _, r := range refs {
		b.WriteString(`<mergeCell ref="` + r + `"/>`)
	}
	b.WriteString(`</mergeCells>`)
	return b.String()
}
