package extract

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract/document"
)

func TestReadRefuses(t *testing.T) {
	seed, err := os.ReadFile("../corpus/000_0a15cb66ce3c31e1.txt")
	require.NoError(t, err)
	tests := []struct {
		name, path string
		data       []byte
		sentinel   error
		msg        string
	}{
		{"empty", "a.txt", nil, document.ErrEmpty, "a.txt: file is empty"},
		{"png", "a.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), document.ErrUnsupported, "a.png: unsupported format: png files are not read"},
		{"pdf without body", "a.pdf", []byte("%PDF-1.7\n"), document.ErrCorrupt, "a.pdf: corrupt or truncated container: PDFium cannot open the file"},
		{"truncated ole", "a.doc", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00"), document.ErrCorrupt, "a.doc: corrupt or truncated container: an OLE compound file (Word 97–2003 .doc) of 10 bytes, shorter than its 512-byte header"},
		{"text named docx", "report.DOCX", seed, document.ErrNotDOCX, "report.DOCX: not a DOCX package: named .docx but the content is plain text, not a DOCX (zip) package; if it is a text report, rename it to .txt"},
		{"png named docx", "x.docx", []byte("\x89PNG\r\n\x1a\n"), document.ErrNotDOCX, "x.docx: not a DOCX package: named .docx but the content is a PNG file, not a DOCX (zip) package"},
		{"pptx", "a.pptx", corpus(t, "060_presentation.pptx"), document.ErrUnsupported, "a.pptx: unsupported format: a PowerPoint presentation (.pptx) is not read"},
		{"odt", "a.odt", corpus(t, "061_opendocument.odt"), document.ErrUnsupported, "a.odt: unsupported format: an OpenDocument file (.odt, .ods, .odp) is not read"},
		{"plain zip", "a.zip", corpus(t, "062_plain_archive.zip"), document.ErrNotDOCX, "a.zip: not a DOCX package: a zip archive that is not an Office document"},
		{"xls", "a.xls", corpus(t, "063_legacy_excel.xls"), document.ErrUnsupported, "a.xls: unsupported format: a legacy Excel 97–2003 workbook (.xls"},
		{"xlsx refused by its reader", "a.xlsx", corpus(t, "052_xlsx_missing_shared_strings.xlsx"), document.ErrCorrupt, "a.xlsx: xl/worksheets/sheet2.xml offset 258: corrupt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(tt.path, tt.data, Options{})
			require.Error(t, err)
			assert.True(t, errors.Is(err, tt.sentinel), "%v is not %v", err, tt.sentinel)
			assert.Contains(t, err.Error(), tt.msg)
			var de *document.Error
			assert.True(t, errors.As(err, &de))
		})
	}
}

// corpus returns the bytes of a corpus file.
func corpus(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("../corpus/" + name)
	require.NoError(t, err)
	return data
}

// TestReadDispatchesPackages sends each kind of package to its reader: a
// workbook to the XLSX reader (the DOCX reader used to take its
// xl/workbook.xml for a Word body and give an empty report), whatever its
// name says.
func TestReadDispatchesPackages(t *testing.T) {
	tests := []struct{ path, corpus, format, text string }{
		{"a.xlsx", "040_xlsx_project_targets.xlsx", "xlsx", "1.社区工作站管理经费（示例社区）\n\t二级项目支出绩效目标申报表"},
		{"named.docx", "050_xlsx_huge_dimension.xlsx", "xlsx", "Sheet1\n\t甲"},
		{"a.docx", "010_seed_word.docx", "docx", "附件1\n\n2023年度部门（单位）整体支出"},
	}
	for _, tt := range tests {
		t.Run(tt.corpus, func(t *testing.T) {
			doc, err := Read(tt.path, corpus(t, tt.corpus), Options{})
			require.NoError(t, err)
			assert.Equal(t, tt.format, doc.Format)
			assert.True(t, strings.HasPrefix(doc.Text, tt.text), "text starts %q", doc.Text[:min(len(doc.Text), 80)])
		})
	}
}

func TestReadSniffsContentNotName(t *testing.T) {
	seed, err := os.ReadFile("../corpus/010_seed_word.docx")
	require.NoError(t, err)
	doc, err := Read("report.txt", seed, Options{})
	require.NoError(t, err)
	assert.Equal(t, "docx", doc.Format)
}

func TestSniff(t *testing.T) {
	tests := []struct {
		in   string
		want Format
	}{
		{"PK\x03\x04rest", FormatZip},
		{string(corpus(t, "040_xlsx_project_targets.xlsx")), FormatXLSX},
		{string(corpus(t, "010_seed_word.docx")), FormatDOCX},
		{string(corpus(t, "060_presentation.pptx")), FormatPPTX},
		{string(corpus(t, "061_opendocument.odt")), FormatODF},
		{string(corpus(t, "062_plain_archive.zip")), FormatZip},
		{string(corpus(t, "063_legacy_excel.xls")), FormatXLS},
		{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", FormatOLE},
		{"%PDF-1.7", FormatPDF},
		{"\xef\xbb\xbf  <!DOCTYPE HTML><html>", FormatHTML},
		{"\n<Html lang=zh>", FormatHTML},
		{"<htm", FormatText},
		{"一、部门基本情况", FormatText},
		{"", FormatText},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Sniff([]byte(tt.in)), "%q", tt.in[:min(len(tt.in), 16)])
	}
}
