package html

import (
	"encoding/base64"
	"errors"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract/document"
)

func TestReadMHT(t *testing.T) {
	word, err := os.ReadFile("../../corpus/112_word_mht_named_doc.doc")
	require.NoError(t, err)
	doc, err := ReadMHT(word, Options{})
	require.NoError(t, err)
	require.NoError(t, doc.Verify())
	assert.Equal(t, "html", doc.Format)
	assert.Equal(t, "gb18030", doc.Encoding)
	assert.Equal(t, "P 2023年度株洲市芦淞区征地工作协调服务中心整体支出绩效自评报告", viewOf(doc).Blocks[0])
	assert.Contains(t, viewOf(doc).Blocks, "T | 年度资金总额@0[2x1] 全年预算数@1 全年执行数@2 执行率@3 | 267.78@1 246.75@2 92.15%@3")

	page := base64.StdEncoding.EncodeToString([]byte("<p>一、概况</p>"))
	single := "From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + page[:8] + "\r\n" + page[8:] + "\r\n"
	doc, err = ReadMHT([]byte(single), Options{})
	require.NoError(t, err)
	assert.Equal(t, "一、概况", doc.Text)

	for _, tt := range []struct{ name, in, msg string }{
		{"no html part", "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nx\r\n--b--\r\n", "the web archive has no text/html part"},
		{"not multipart", "MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nx", `a web archive of type "text/plain"`},
		{"no headers", "<p>x</p>", "web archive headers"},
	} {
		_, err := ReadMHT([]byte(tt.in), Options{})
		require.Error(t, err, tt.name)
		assert.True(t, errors.Is(err, document.ErrCorrupt), "%s: %v", tt.name, err)
		assert.Contains(t, err.Error(), tt.msg, tt.name)
	}
}

// FuzzReadMHT feeds ReadMHT arbitrary archives: no panic, only
// *document.Error failures, and every invariant of what it returns.
func FuzzReadMHT(f *testing.F) {
	if data, err := os.ReadFile("../../corpus/112_word_mht_named_doc.doc"); err == nil {
		f.Add(data)
	}
	f.Add([]byte("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>=E4=B8=80</p>\r\n--b--\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ReadMHT(data, Options{MaxElements: 4096})
		if err != nil {
			var de *document.Error
			if !errors.As(err, &de) {
				t.Fatalf("error %T is not a *document.Error: %v", err, err)
			}
			return
		}
		if err := doc.Verify(); err != nil {
			t.Fatal(err)
		}
		if len(doc.Text) > 8*len(data)+64 {
			t.Fatalf("%d bytes of text from %d bytes of input", len(doc.Text), len(data))
		}
	})
}
