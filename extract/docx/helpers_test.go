package docx

import (
	"testing"

	"github.com/jixiao-dev/jixiao/extract/internal/ooxml/ooxmltest"
)

const wDecl = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`

// docXML wraps body markup in a w:document.
func docXML(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wDecl + `><w:body>` + body + `</w:body></w:document>`
}

// sheetMain is the content type of a workbook's main part.
const sheetMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"

// relsTo is a _rels/.rels whose officeDocument relationship targets main.
func relsTo(main string) string {
	return `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="` + main + `"/></Relationships>`
}

// officePackage builds an Office package whose main part is main, of
// content type ct, with content body, then the name, content pairs given.
func officePackage(t testing.TB, main, ct, body string, parts ...string) []byte {
	t.Helper()
	return ooxmltest.Zip(t, append([]string{
		"[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/` + main + `" ContentType="` + ct + `"/></Types>`,
		"_rels/.rels", relsTo(main),
		main, body,
	}, parts...)...)
}

// docxOf builds a DOCX package in memory: [Content_Types].xml and
// _rels/.rels that make word/document.xml its WordprocessingML main part,
// then the name, content pairs given (the first usually word/document.xml),
// in order.
func docxOf(t testing.TB, parts ...string) []byte {
	t.Helper()
	return ooxmltest.Zip(t, append([]string{
		"[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels", relsTo("word/document.xml"),
	}, parts...)...)
}

// numberingOf wraps abstract definitions and instances in w:numbering.
func numberingOf(inner string) string {
	return `<w:numbering ` + wDecl + `>` + inner + `</w:numbering>`
}

// p is a paragraph of one run of text.
func p(text string) string {
	return `<w:p><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}
