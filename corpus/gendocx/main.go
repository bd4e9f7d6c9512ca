// Command gendocx writes the DOCX fixtures of corpus/ from code, so that no
// binary in the corpus is hand-edited: run it from the repository root as
//
//	go run ./corpus/gendocx
//
// It reads corpus/000_0a15cb66ce3c31e1.txt (the seed's text dump) and writes
// corpus/010_seed_word.docx (the seed as Word writes it, typed markers, real
// merges), corpus/011_seed_numbering.docx (the same with the 一、, （一） and
// 1. markers drawn by numbering.xml) and the small markup fixtures
// corpus/012_… onwards. Zip timestamps are fixed and everything is generated
// in a fixed order, so two runs give identical bytes.
package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// stamp is the modification time of every zip entry.
var stamp = time.Date(2024, 10, 29, 0, 0, 0, 0, time.UTC)

func main() {
	if err := run("corpus"); err != nil {
		fmt.Fprintln(os.Stderr, "gendocx:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	seed, err := os.ReadFile(filepath.Join(dir, "000_0a15cb66ce3c31e1.txt"))
	if err != nil {
		return err
	}
	files := map[string]map[string]string{
		"010_seed_word.docx":      seedPackage(string(seed), false),
		"011_seed_numbering.docx": seedPackage(string(seed), true),
	}
	for name, parts := range smallFixtures() {
		files[name] = parts
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		data, err := zipParts(files[n])
		if err != nil {
			return fmt.Errorf("%s: %w", n, err)
		}
		if err := os.WriteFile(filepath.Join(dir, n), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// zipParts zips parts in a fixed order with fixed timestamps.
func zipParts(parts map[string]string) ([]byte, error) {
	order := []string{"[Content_Types].xml", "_rels/.rels"}
	var rest []string
	for n := range parts {
		if n != order[0] && n != order[1] {
			rest = append(rest, n)
		}
	}
	sort.Strings(rest)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range append(order, rest...) {
		content, ok := parts[n]
		if !ok {
			continue
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate, Modified: stamp})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(content)); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// basicParts returns the parts every fixture has around its document.xml.
func basicParts(document string) map[string]string {
	return map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" +
			`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
			`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
			`<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
			`</Types>`,
		"_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" +
			`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
			`</Relationships>`,
		"word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" +
			`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` +
			`</Relationships>`,
		"word/styles.xml":   stylesXML,
		"word/document.xml": document,
	}
}

// stylesXML has Word's Normal and Heading 1–2 styles, a Chinese heading style
// based on Heading 1 that carries the level-1 numbering (numId 1, so a
// paragraph gets "一、" through its style's w:basedOn chain and w:numPr), and
// the table style.
const stylesXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" +
	`<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
	`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia"/><w:kern w:val="2"/><w:sz w:val="21"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="CN1"><w:name w:val="一级标题"/><w:basedOn w:val="1"/><w:qFormat/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>` +
	`<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/></w:style>` +
	`<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/></w:tblPr></w:style>` +
	`</w:styles>`
