package doc

import (
	"errors"
	"os"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// FuzzRead feeds Read arbitrary bytes, seeded with the small corpus .doc
// files and synthetic documents: it never panics, fails only with a
// *document.Error, and a Document it returns keeps every invariant, with
// its text within a budget of the input's size (each byte of a stream is
// at most one character, and each character at most four bytes of text
// and table separators).
func FuzzRead(f *testing.F) {
	for _, name := range []string{"122_fields.doc", "123_nested_table.doc", "124_encrypted.doc"} {
		if data, err := os.ReadFile("../../corpus/" + name); err == nil {
			f.Add(data)
		}
	}
	f.Add(docFile(wordDoc{pieces: []tpiece{{text: "一、概况\r"}, {text: "A\r", compressed: true}}}))
	text := "甲\a乙\a\a"
	f.Add(docFile(wordDoc{pieces: []tpiece{{text: text}}, papx: marks(text, map[int][]byte{
		0: inTable, 1: inTable, 2: cat(inTable, ttp, tdef([]int{0, 1000, 2000}, []uint16{3 << 5, 2})),
	})}))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Read(data, Options{MaxStream: 1 << 20, MaxChars: 1 << 18})
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
		if len(doc.Text) > 4*len(data)+64 {
			t.Fatalf("%d bytes of text from %d bytes of input", len(doc.Text), len(data))
		}
	})
}
