package xlsx

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/internal/ooxml/ooxmltest"
)

const (
	mainNS = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	relT   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
)

// book builds a workbook of one sheet, "S", whose worksheet part holds
// body, with the shared strings given; extra name, content pairs replace or
// add parts; an empty content removes the part.
func book(t testing.TB, body string, sst []string, extra ...string) []byte {
	t.Helper()
	var si strings.Builder
	for _, s := range sst {
		si.WriteString("<si><t>" + s + "</t></si>")
	}
	parts := map[string]string{
		"[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
		"_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="` + relT + `officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml": `<workbook ` + mainNS + `><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="` + relT + `worksheet" Target="worksheets/sheet2.xml"/>` +
			`<Relationship Id="rId2" Type="` + relT + `sharedStrings" Target="sharedStrings.xml"/>` +
			`<Relationship Id="rId3" Type="` + relT + `styles" Target="styles.xml"/></Relationships>`,
		"xl/sharedStrings.xml":     `<sst ` + mainNS + `>` + si.String() + `</sst>`,
		"xl/styles.xml":            `<styleSheet ` + mainNS + `><numFmts><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="40"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
		"xl/worksheets/sheet2.xml": `<worksheet ` + mainNS + `>` + body + `</worksheet>`,
	}
	for i := 0; i+1 < len(extra); i += 2 {
		parts[extra[i]] = extra[i+1]
		if extra[i+1] == "" {
			delete(parts, extra[i])
		}
	}
	var order []string
	for _, n := range []string{"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml", "xl/worksheets/sheet2.xml"} {
		if p, ok := parts[n]; ok {
			order = append(order, n, p)
			delete(parts, n)
		}
	}
	for i := 0; i+1 < len(extra); i += 2 {
		if p, ok := parts[extra[i]]; ok {
			order = append(order, extra[i], p)
		}
	}
	return ooxmltest.Zip(t, order...)
}

// sheetData wraps rows in sheetData.
func sheetData(rows ...string) string { return "<sheetData>" + strings.Join(rows, "") + "</sheetData>" }

// c is a cell of type typ ("" for a number) and style xf with value v.
func c(ref, typ string, xf int, v string) string {
	t := ""
	if typ != "" {
		t = ` t="` + typ + `"`
	}
	return fmt.Sprintf(`<c r="%s"%s s="%d"><v>%s</v></c>`, ref, t, xf, v)
}
