package docx

import (
	"path/filepath"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/internal/ooxml/ooxmltest"
)

// FuzzRead feeds the reader arbitrary packages: the corpus fixtures, a
// Word 97-2003 file and a vertical merge, and the stored copies of the
// packages, each with a patch written over it, or the patch alone
// (ooxmltest says why the input is not the package's bytes: such a target
// stalls in the engine's minimizer). It never panics, and every read
// passes ooxmltest.CheckRead.
func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob("../../corpus/*.docx")
	bases, err := ooxmltest.Bases(files)
	if err != nil {
		f.Fatal(err)
	}
	bases = append(bases, oleFile("WordDocument"),
		docxOf(f, "word/document.xml", docXML(`<w:tbl><w:tr>`+tc(`<w:vMerge w:val="restart"/>`, "a")+`</w:tr><w:tr>`+tc(`<w:vMerge/>`)+`</w:tr></w:tbl>`)))
	for i := range bases {
		f.Add(uint8(i), uint16(0), []byte(nil))
	}
	f.Add(uint8(255), uint16(0), []byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, base uint8, at uint16, patch []byte) {
		doc, err := Read(ooxmltest.Input(bases, base, at, patch), Options{MaxInflated: 16 << 20})
		ooxmltest.CheckRead(t, doc, err)
	})
}

// FuzzBody fuzzes document.xml itself (the zip layer is not the interesting
// part there), with the same invariants.
func FuzzBody(f *testing.F) {
	f.Add(`<w:p><w:r><w:t>a</w:t></w:r></w:p>`)
	f.Add(`<w:tbl><w:tr>` + tc(`<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>`, "a", "") + `</w:tr><w:tr>` + tc(`<w:gridSpan w:val="2"/><w:vMerge/>`) + `</w:tr></w:tbl>`)
	f.Add(`<w:p><w:r><w:fldChar w:fldCharType="begin"/><w:instrText>PAGE</w:instrText><w:fldChar w:fldCharType="separate"/><w:t>1</w:t><w:fldChar w:fldCharType="end"/></w:r></w:p>`)
	f.Add(`<w:p><w:r><w:pict><w:txbxContent><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:txbxContent></w:pict></w:r></w:p>`)
	f.Fuzz(func(t *testing.T, body string) {
		doc, err := Read(docxOf(t, "word/document.xml", docXML(body)), Options{})
		ooxmltest.CheckRead(t, doc, err)
	})
}
