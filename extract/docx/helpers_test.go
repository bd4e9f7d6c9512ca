package docx

import (
	"archive/zip"
	"bytes"
	"testing"
)

const wDecl = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`

// docXML wraps body markup in a w:document.
func docXML(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wDecl + `><w:body>` + body + `</w:body></w:document>`
}

// zipOf builds a zip in memory from name, content pairs, in order.
func zipOf(t testing.TB, parts ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		w, err := zw.Create(parts[i])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[i+1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// numberingOf wraps abstract definitions and instances in w:numbering.
func numberingOf(inner string) string {
	return `<w:numbering ` + wDecl + `>` + inner + `</w:numbering>`
}

// p is a paragraph of one run of text.
func p(text string) string {
	return `<w:p><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}
