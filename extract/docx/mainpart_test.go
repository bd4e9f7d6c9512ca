package docx

import (
	"strings"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/internal/ooxml/ooxmltest"
)

// TestMainPartAccepted reads the packages whose main part is WordprocessingML
// however the relationship and the content type are spelled.
func TestMainPartAccepted(t *testing.T) {
	const wordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
	strictRels := strings.Replace(relsTo("word/document.xml"),
		"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
		"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument", 1)
	byDefault := `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="xml" ContentType="` + wordMain + `"/></Types>`
	tests := []struct {
		name string
		data []byte
	}{
		{"transitional", docxOf(t, "word/document.xml", docXML(p("a")))},
		{"strict relationship type", ooxmltest.Zip(t, "[Content_Types].xml", byDefault, "_rels/.rels", strictRels, "word/document.xml", docXML(p("a")))},
		{"other name, mixed case", officePackage(t, "Word/Main.XML", wordMain, docXML(p("a")))},
		{"content type by extension default", ooxmltest.Zip(t, "[Content_Types].xml", byDefault, "_rels/.rels", relsTo("/word/document.xml"), "word/document.xml", docXML(p("a")))},
		{"macro-enabled (.docm)", officePackage(t, "word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml", docXML(p("a")))},
		{"template (.dotx)", officePackage(t, "word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml", docXML(p("a")))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(tt.data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != "a" {
				t.Errorf("text %q, want %q", doc.Text, "a")
			}
		})
	}
}
