package extract

import (
	"errors"
	"os"
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
		{"pdf", "a.pdf", []byte("%PDF-1.7\n"), document.ErrUnsupported, "a.pdf: unsupported format: pdf files are not read"},
		{"truncated ole", "a.doc", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00"), document.ErrCorrupt, "a.doc: corrupt or truncated container: an OLE compound file (Word 97–2003 .doc) of 10 bytes, shorter than its 512-byte header"},
		{"text named docx", "report.DOCX", seed, document.ErrNotDOCX, "report.DOCX: not a DOCX package: named .docx but the content is plain text, not a DOCX (zip) package; if it is a text report, rename it to .txt"},
		{"png named docx", "x.docx", []byte("\x89PNG\r\n\x1a\n"), document.ErrNotDOCX, "x.docx: not a DOCX package: named .docx but the content is a PNG file, not a DOCX (zip) package"},
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
		{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", FormatOLE},
		{"%PDF-1.7", FormatPDF},
		{"\xef\xbb\xbf  <!DOCTYPE HTML><html>", FormatHTML},
		{"\n<Html lang=zh>", FormatHTML},
		{"<htm", FormatText},
		{"一、部门基本情况", FormatText},
		{"", FormatText},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Sniff([]byte(tt.in)), "%q", tt.in)
	}
}
