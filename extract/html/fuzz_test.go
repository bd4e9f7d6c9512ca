package html

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// FuzzRead feeds Read arbitrary pages, seeded with the corpus's small pages
// and the shapes the table and list code handles: it never panics, fails
// only with a *document.Error, and a Document it returns keeps every
// invariant (spans in bounds, text at each span equal to the block's text,
// canonical text), within a budget: no more than eight bytes of text and
// one block per byte of input (decoding at most triples a byte, and the
// markup that writes separators is longer than they are).
func FuzzRead(f *testing.F) {
	names, _ := filepath.Glob("../../corpus/1[01][0-9]_*.html")
	for _, name := range names {
		if data, err := os.ReadFile(name); err == nil && len(data) < 4096 {
			f.Add(data)
		}
	}
	for _, s := range []string{
		"<table><tr><td rowspan=2>a<td colspan=3>b<tr><td>c</table>",
		"<ol start=9><li>x<li value=3>y</ol><pre>a\tb\r\nc</pre>",
		"<table><tr><td><table><tr><td>n<td>m</table><td>z</table>",
		"<meta charset=gbk><p>\xd4\xa4\xcb\xe3<br><br>&nbsp;",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Read(data, Options{MaxElements: 4096})
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
		if document.Canon(doc.Text) != doc.Text {
			t.Fatal("text is not canonical")
		}
		if len(doc.Text) > 8*len(data)+64 || len(doc.Blocks) > len(data) {
			t.Fatalf("%d bytes of text and %d blocks from %d bytes of input", len(doc.Text), len(doc.Blocks), len(data))
		}
	})
}
