package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/ooxml/ooxmltest"
)

// oleFile builds the start of an OLE compound file: the magic, a minimal
// header and, when stream is set, a directory entry with that name.
func oleFile(stream string) []byte {
	b := make([]byte, 1536)
	copy(b, oleMagic)
	b[0x1A], b[0x1C], b[0x1E] = 0x3E, 0xFE, 0x09 // minor version, byte order, sector shift
	if stream != "" {
		copy(b[1024:], utf16le(stream))
	}
	return b
}

// bomb zips a document.xml of size bytes of spaces inside a valid document,
// streaming it through the compressor.
func bomb(t *testing.T, size int64) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestSpeed) })
	// The package's [Content_Types].xml and _rels/.rels first: the lying
	// directory test below rewrites the last entry, document.xml.
	pkg, err := zip.NewReader(bytes.NewReader(docxOf(t)), int64(len(docxOf(t))))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range pkg.File {
		if err := zw.Copy(f); err != nil {
			t.Fatal(err)
		}
	}
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(w, `<w:document `+wDecl+`><w:body>`)
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for n := int64(0); n < size; n += int64(len(chunk)) {
		w.Write(chunk)
	}
	io.WriteString(w, `</w:body></w:document>`)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestErrors checks that each kind of bad input is refused with its own
// sentinel and a message that says what the file is.
func TestErrors(t *testing.T) {
	seed, err := os.ReadFile("../../corpus/010_seed_word.docx")
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile("testdata/text_named.docx")
	if err != nil {
		t.Fatal(err)
	}
	// Bodies whose first byte that is not UTF-8 comes after subtrees read
	// or skipped before, or after something else that is wrong.
	run := `<w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="仿宋"/></w:rPr><w:t>a</w:t></w:r></w:p>`
	afterRepeats := docXML(run + run + p("\xff") + run + run)
	afterXMLError := docXML(`<w:p><w:r></w:p>` + p("\xff"))
	nearRepeat := docXML(run + run + strings.Replace(run, "仿", "\xe4\xbb", 1))
	tests := []struct {
		name  string
		data  []byte
		opts  Options
		want  *document.Kinded
		msg   string
		part  string
		where int
	}{
		{"empty", nil, Options{}, document.ErrEmpty, "no bytes", "", -1},
		{"text file named .docx", text, Options{}, document.ErrNotDOCX, "not a zip archive", "", 0},
		{"plain zip", ooxmltest.Zip(t, "readme.txt", "hi"), Options{}, document.ErrNotDOCX, "a zip archive that is not an Office document: it has no _rels/.rels", "", -1},
		{"bare word/document.xml", ooxmltest.Zip(t, "word/document.xml", docXML(p("a"))), Options{}, document.ErrNotDOCX, "not an Office document", "", -1},
		{"an Excel workbook", officePackage(t, "xl/workbook.xml", sheetMain, "<workbook/>"), Options{}, document.ErrNotDOCX,
			"an Excel workbook (.xlsx), not a Word document: its main part xl/workbook.xml has the content type " + sheetMain, "", -1},
		{"a workbook that also holds word/document.xml", officePackage(t, "xl/workbook.xml", sheetMain, "<workbook/>", "word/document.xml", docXML(p("a"))), Options{},
			document.ErrNotDOCX, "an Excel workbook (.xlsx)", "", -1},
		{"a PowerPoint presentation", officePackage(t, "ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", "<p/>"), Options{},
			document.ErrNotDOCX, "a PowerPoint presentation (.pptx), not a Word document", "", -1},
		{"an OpenDocument text", ooxmltest.Zip(t, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office:document-content/>"), Options{},
			document.ErrNotDOCX, "an OpenDocument text (application/vnd.oasis.opendocument.text), not a Word document", "", -1},
		{"main part missing", ooxmltest.Zip(t, "_rels/.rels", relsTo("word/document.xml")), Options{}, document.ErrNotDOCX, "main part word/document.xml (its officeDocument relationship) is missing", "", -1},
		{"main part of no known type", officePackage(t, "word/document.xml", "application/xml", docXML(p("a"))), Options{}, document.ErrNotDOCX,
			"its main part word/document.xml is not WordprocessingML (content type application/xml)", "", -1},
		{"Word 97-2003 document", oleFile("WordDocument"), Options{}, document.ErrOLE, "Word 97–2003 .doc", "", 0},
		{"encrypted package", oleFile("EncryptedPackage"), Options{}, document.ErrOLE, "encrypted OOXML package", "", 0},
		{"truncated to 5,000 bytes", seed[:5000], Options{}, document.ErrCorrupt, "truncated or damaged", "", -1},
		{"invalid XML names part and offset", docxOf(t, "word/document.xml", docXML(`<w:p><w:r></w:p>`)), Options{}, document.ErrXML, "closed by </w:p>", "word/document.xml", 227},
		{"unclosed document", docxOf(t, "word/document.xml", `<w:document `+wDecl+`><w:body>`), Options{}, document.ErrXML, "unexpected end of input", "word/document.xml", 162},
		{"bad entity", docxOf(t, "word/document.xml", docXML(`<w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p>`)), Options{}, document.ErrXML, "invalid entity", "word/document.xml", 232},
		{"invalid UTF-8", docxOf(t, "word/document.xml", docXML("<w:p><w:r><w:t>\xff</w:t></w:r></w:p>")), Options{}, document.ErrXML, "invalid UTF-8", "word/document.xml", 232},
		{"invalid UTF-8 after repeated properties", docxOf(t, "word/document.xml", afterRepeats), Options{}, document.ErrXML, "invalid UTF-8", "word/document.xml", strings.Index(afterRepeats, "\xff")},
		{"invalid UTF-8 after an XML error", docxOf(t, "word/document.xml", afterXMLError), Options{}, document.ErrXML, "invalid UTF-8", "word/document.xml", strings.Index(afterXMLError, "\xff")},
		{"invalid UTF-8 in properties nearly the same as some before", docxOf(t, "word/document.xml", nearRepeat), Options{}, document.ErrXML, "invalid UTF-8", "word/document.xml", strings.LastIndex(nearRepeat, "\xe4")},
		{"invalid UTF-8 in the body and a broken styles.xml", docxOf(t, "word/document.xml", afterRepeats, "word/styles.xml", "<w:styles"), Options{}, document.ErrXML, "invalid UTF-8", "word/document.xml", strings.Index(afterRepeats, "\xff")},
		{"invalid numbering.xml", docxOf(t, "word/document.xml", docXML(p("a")), "word/numbering.xml", "<w:numbering"), Options{}, document.ErrXML, "", "word/numbering.xml", 0},
		{"part past MaxPart", docxOf(t, "word/document.xml", docXML(p(strings.Repeat("长", 200)))), Options{MaxPart: 400}, document.ErrLimit, "past the limit of 400", "word/document.xml", -1},
		{"too many entries", docxOf(t, "word/document.xml", docXML(""), "a", "", "b", ""), Options{MaxEntries: 2}, document.ErrLimit, "5 entries", "", -1},
		{"too deep", docxOf(t, "word/document.xml", docXML(strings.Repeat("<w:sdt>", 20)+strings.Repeat("</w:sdt>", 20))), Options{MaxDepth: 10}, document.ErrLimit, "deeper than 10", "word/document.xml", 273},
		{"run too long", docxOf(t, "word/document.xml", docXML(p(strings.Repeat("x", 100)))), Options{MaxRun: 50}, document.ErrLimit, "Options.MaxRun", "word/document.xml", 253},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(tt.data, tt.opts)
			checkError(t, doc, err, tt.want, tt.msg, tt.part, tt.where)
		})
	}
}

func checkError(t *testing.T, doc *document.Document, err error, want *document.Kinded, msg, part string, offset int) {
	t.Helper()
	if de := ooxmltest.CheckError(t, doc, err, want, msg, part); de.Offset != offset {
		t.Errorf("error at offset %d, want %d (%v)", de.Offset, offset, err)
	}
}

// TestZipBomb refuses a document.xml that inflates to 300 MiB, quickly and
// without inflating it, both when the zip directory tells the size and when
// the limit is met while inflating.
func TestZipBomb(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 300 MiB stream")
	}
	data := bomb(t, 300<<20)
	start := time.Now()
	doc, err := Read(data, Options{})
	checkError(t, doc, err, document.ErrLimit, "past the limit", "word/document.xml", -1)
	if d := time.Since(start); d > time.Second {
		t.Errorf("refusing the bomb took %v", d)
	}
	// A directory that understates the size: the inflater stops at the
	// declared size (archive/zip checks it), which is under the limit.
	lying := bytes.Clone(data)
	dir := bytes.LastIndex(lying, []byte("PK\x01\x02"))
	copy(lying[dir+24:], []byte{0x10, 0, 0, 0}) // uncompressed size 16
	doc, err = Read(lying, Options{})
	checkError(t, doc, err, document.ErrCorrupt, "cannot inflate", "word/document.xml", -1)
}
