// Command genxlsx writes the workbook fixtures of corpus/ from code, so that
// no binary in the corpus is hand-edited: run it from the repository root as
//
//	go run ./corpus/genxlsx
//
// It writes small workbooks made the way Excel and WPS make them (sheets
// named sheet2.xml onwards and found only through the workbook's
// relationships, merged ranges, multi-line cells, number formats, template
// strings no cell uses), hostile workbooks the XLSX reader must refuse with
// a reason, a presentation, an OpenDocument text, a plain zip and a legacy
// .xls (an OLE file with a Workbook stream) that must be refused by name.
// Zip timestamps are fixed and everything is written in a fixed order, so
// two runs give identical bytes.
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
	if err := run("corpus", "extract/xlsx/testdata"); err != nil {
		fmt.Fprintln(os.Stderr, "genxlsx:", err)
		os.Exit(1)
	}
}

func run(corpus, testdata string) error {
	files := map[string][]byte{}
	for name, w := range workbooks() {
		data, err := w.zip()
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		files[filepath.Join(corpus, name)] = data
	}
	for name, parts := range otherPackages() {
		data, err := zipParts(parts, nil)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		files[filepath.Join(corpus, name)] = data
	}
	files[filepath.Join(corpus, "063_legacy_excel.xls")] = oleFile([]oleEntry{{name: "Workbook", data: bytes.Repeat([]byte{0x09, 0x08}, 300)}})
	files[filepath.Join(testdata, "embedded_workbook.doc")] = oleFile([]oleEntry{
		{name: "WordDocument", data: bytes.Repeat([]byte{0xEC, 0xA5}, 300)},
		{name: "ObjectPool", storage: []oleEntry{{name: "_1234", storage: []oleEntry{{name: "Workbook", data: []byte("BIFF")}}}}},
	})
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := os.WriteFile(n, files[n], 0o644); err != nil {
			return err
		}
	}
	return nil
}

// zipParts zips parts: first those named in order, then the rest sorted,
// with fixed timestamps. Entries named in stored are not compressed.
func zipParts(parts map[string]string, stored map[string]bool) ([]byte, error) {
	order := []string{"mimetype", "[Content_Types].xml", "_rels/.rels"}
	var rest []string
	for n := range parts {
		if n != order[0] && n != order[1] && n != order[2] {
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
		method := zip.Deflate
		if stored[n] || n == "mimetype" {
			method = zip.Store
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: method, Modified: stamp})
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

// otherPackages are zips that are not workbooks nor Word documents.
func otherPackages() map[string]map[string]string {
	return map[string]map[string]string{
		"060_presentation.pptx": {
			"[Content_Types].xml": typesXML(`<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>`),
			"_rels/.rels":         relsXML(rel("rId1", "officeDocument", "ppt/presentation.xml")),
			"ppt/presentation.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
				`<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>`,
		},
		"061_opendocument.odt": {
			"mimetype":              "application/vnd.oasis.opendocument.text",
			"content.xml":           `<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>`,
			"META-INF/manifest.xml": `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>`,
		},
		"062_plain_archive.zip": {
			"readme.txt":        "二级项目支出绩效目标申报表",
			"xl/workbook.xml":   "<workbook/>",
			"word/document.xml": "<w:document/>",
		},
	}
}
