package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/ooxml/ooxmltest"
)

// TestErrors checks that each kind of bad or hostile workbook is refused
// with its sentinel, a message that says what is wrong, and the part.
func TestErrors(t *testing.T) {
	one := sheetData(`<row r="1">` + c("A1", "s", 0, "0") + `</row>`)
	tests := []struct {
		name string
		data []byte
		opts Options
		want *document.Kinded
		msg  string
		part string
	}{
		{"empty", nil, Options{}, document.ErrEmpty, "no bytes", ""},
		{"not a zip", []byte("项目编码,项目名称\n"), Options{}, document.ErrUnsupported, "not a zip archive", ""},
		{"damaged zip", []byte("PK\x03\x04garbage"), Options{}, document.ErrCorrupt, "truncated or damaged", ""},
		{"plain zip", ooxmltest.Zip(t, "a.txt", "x"), Options{}, document.ErrUnsupported, "not an Office document", ""},
		{"a Word document", ooxmltest.Zip(t, "[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
			"_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="`+relT+`officeDocument" Target="word/document.xml"/></Relationships>`,
			"word/document.xml", "<w:document/>"), Options{}, document.ErrUnsupported, "a Word document", ""},
		{"missing shared string table", book(t, one, nil, "xl/sharedStrings.xml", ""), Options{}, document.ErrCorrupt, "has no shared string table", "xl/worksheets/sheet2.xml"},
		{"shared string out of range", book(t, one+"", nil), Options{}, document.ErrCorrupt, `refers to shared string "0", but xl/sharedStrings.xml has 0 entries`, "xl/worksheets/sheet2.xml"},
		{"cell outside the sheet", book(t, sheetData(`<row r="1"><c r="XFE1"><v>1</v></c></row>`), nil), Options{}, document.ErrXML, `"XFE1" is not a cell of the sheet`, "xl/worksheets/sheet2.xml"},
		{"cell in the wrong row", book(t, sheetData(`<row r="2"><c r="A1"><v>1</v></c></row>`), nil), Options{}, document.ErrXML, "cell A1 in row 2", "xl/worksheets/sheet2.xml"},
		{"invalid XML", book(t, "<sheetData><row>", nil), Options{}, document.ErrXML, "element <row> closed by </worksheet>", "xl/worksheets/sheet2.xml"},
		{"invalid UTF-8", book(t, sheetData("<row><c t=\"inlineStr\"><is><t>\xff</t></is></c></row>"), nil), Options{}, document.ErrXML, "invalid UTF-8", "xl/worksheets/sheet2.xml"},
		{"declared dimension is not allocated", nil, Options{}, nil, "", ""}, // see TestHostileReads
		{"whole-sheet merge", book(t, one+`<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>`, []string{"x"}), Options{}, document.ErrLimit, "spans 17179869184 cells", "xl/worksheets/sheet2.xml"},
		{"far apart cells", book(t, sheetData(`<row r="1">`+c("A1", "s", 0, "0")+`</row><row r="1048576">`+c("XFD1048576", "s", 0, "0")+`</row>`), []string{"x"}), Options{}, document.ErrLimit, "Options.MaxCells", "xl/worksheets/sheet2.xml"},
		{"too many shared strings", book(t, one, strings.Split(strings.Repeat("x,", 100), ",")), Options{MaxStrings: 100}, document.ErrLimit, "more than 100 entries (Options.MaxStrings)", "xl/sharedStrings.xml"},
		{"a string repeated past MaxText", book(t, sheetData(`<row r="1">`+strings.Repeat(`<c t="s"><v>0</v></c>`, 100)+`</row>`), []string{strings.Repeat("长", 100)}), Options{MaxText: 10000}, document.ErrLimit, "Options.MaxText", "xl/worksheets/sheet2.xml"},
		{"sheet relationship missing", book(t, one, []string{"x"}, "xl/workbook.xml", `<workbook `+mainNS+`><sheets><sheet name="S" sheetId="1" r:id="rId9"/></sheets></workbook>`), Options{}, document.ErrCorrupt, `refers to relationship "rId9"`, "xl/workbook.xml"},
		{"sheet part missing", book(t, one, []string{"x"}, "xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="`+relT+`worksheet" Target="worksheets/nowhere.xml"/></Relationships>`), Options{}, document.ErrCorrupt, "the part xl/worksheets/nowhere.xml of sheet \"S\" is missing", "xl/workbook.xml"},
		{"cyclic: a sheet is the workbook", book(t, one, []string{"x"}, "xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="`+relT+`worksheet" Target="../xl/./workbook.xml"/></Relationships>`), Options{}, document.ErrCorrupt, "already the workbook", "xl/workbook.xml"},
		{"two sheets, one part", book(t, one, []string{"x"}, "xl/workbook.xml", `<workbook `+mainNS+`><sheets><sheet name="S" sheetId="1" r:id="rId1"/><sheet name="T" sheetId="2" r:id="rId1"/></sheets></workbook>`), Options{}, document.ErrCorrupt, `already sheet "S"`, "xl/workbook.xml"},
		{"too many sheets", book(t, one, []string{"x"}, "xl/workbook.xml", `<workbook `+mainNS+`><sheets>`+strings.Repeat(`<sheet name="S" r:id="rId1"/>`, 3)+`</sheets></workbook>`), Options{MaxSheets: 2}, document.ErrLimit, "more than 2 sheets", "xl/workbook.xml"},
		{"too deep", book(t, strings.Repeat("<x>", 30)+strings.Repeat("</x>", 30), nil), Options{MaxDepth: 10}, document.ErrLimit, "deeper than 10", "xl/worksheets/sheet2.xml"},
		{"part past MaxPart", book(t, sheetData(strings.Repeat("<row/>", 200)), nil), Options{MaxPart: 1000}, document.ErrLimit, "past the limit of 1000", "xl/worksheets/sheet2.xml"},
		{"too many entries", book(t, one, []string{"x"}), Options{MaxEntries: 3}, document.ErrLimit, "7 entries", ""},
		{"binary workbook", ooxmltest.Zip(t, "[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>`,
			"_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="`+relT+`officeDocument" Target="xl/workbook.bin"/></Relationships>`,
			"xl/workbook.bin", "\x83\x01"), Options{}, document.ErrUnsupported, "binary workbook (.xlsb)", ""},
	}
	for _, tt := range tests {
		if tt.want == nil {
			continue
		}
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(tt.data, tt.opts)
			ooxmltest.CheckError(t, doc, err, tt.want, tt.msg, tt.part)
		})
	}
}

// TestHostileReads reads hostile workbooks that are not refused, within
// bounds: a declared dimension of the whole sheet with three cells, 10^6
// shared strings of which one cell uses one (MaxStrings raised).
func TestHostileReads(t *testing.T) {
	tests := []struct {
		name     string
		data     []byte
		opts     Options
		text     string
		maxAlloc uint64
	}{
		{"declared dimension A1:XFD1048576", book(t, `<dimension ref="A1:XFD1048576"/>`+sheetData(`<row r="1">`+c("A1", "s", 0, "0")+`</row><row r="2">`+c("B2", "s", 0, "1")+`</row>`), []string{"甲", "乙"}),
			Options{}, "S\n\t甲\n\t\n\n\t\n\t乙", 1 << 20},
		{"10^6 shared strings, one used", book(t, sheetData(`<row r="1">`+c("A1", "s", 0, "999999")+`</row>`), append(make([]string, 999999), "末")),
			Options{MaxStrings: 1 << 20}, "S\n\t末", 64 << 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			doc, err := Read(tt.data, tt.opts)
			runtime.ReadMemStats(&after)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != tt.text {
				t.Errorf("text %q, want %q", doc.Text, tt.text)
			}
			if got := after.TotalAlloc - before.TotalAlloc; got > tt.maxAlloc {
				t.Errorf("allocated %d bytes, more than %d", got, tt.maxAlloc)
			}
		})
	}
}

// bomb zips a worksheet part of size bytes of spaces inside a valid
// workbook, streaming it through the compressor.
func bomb(t *testing.T, size int64) []byte {
	t.Helper()
	small, err := zip.NewReader(bytes.NewReader(book(t, "", nil)), int64(len(book(t, "", nil))))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestSpeed) })
	for _, f := range small.File {
		if f.Name != "xl/worksheets/sheet2.xml" {
			if err := zw.Copy(f); err != nil {
				t.Fatal(err)
			}
		}
	}
	w, err := zw.Create("xl/worksheets/sheet2.xml")
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(w, `<worksheet `+mainNS+`><sheetData>`)
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for n := int64(0); n < size; n += int64(len(chunk)) {
		w.Write(chunk)
	}
	io.WriteString(w, `</sheetData></worksheet>`)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestZipBomb refuses a worksheet that inflates to 300 MiB, quickly and
// without inflating it, both when the zip directory tells the size and when
// the limit is met while inflating.
func TestZipBomb(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 300 MiB stream")
	}
	data := bomb(t, 300<<20)
	start := time.Now()
	doc, err := Read(data, Options{})
	ooxmltest.CheckError(t, doc, err, document.ErrLimit, "past the limit", "xl/worksheets/sheet2.xml")
	if d := time.Since(start); d > time.Second {
		t.Errorf("refusing the bomb took %v", d)
	}
	// A directory that understates the size: the inflater stops at the
	// declared size (archive/zip checks it).
	lying := bytes.Clone(data)
	dir := bytes.LastIndex(lying, []byte("PK\x01\x02"))
	copy(lying[dir+24:], []byte{0x10, 0, 0, 0}) // uncompressed size 16
	doc, err = Read(lying, Options{})
	ooxmltest.CheckError(t, doc, err, document.ErrCorrupt, "cannot inflate", "xl/worksheets/sheet2.xml")
	// A directory that says nothing past the budget, inflating past it.
	doc, err = Read(data, Options{MaxInflated: 32 << 20, MaxPart: 1 << 30})
	ooxmltest.CheckError(t, doc, err, document.ErrLimit, "past the limit of", "xl/worksheets/sheet2.xml")
}
