package text_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/text"
)

// FuzzRead checks, on any input, that Read does not panic; that a failure is
// a *document.Error; and that a Document keeps every span invariant, holds a
// canonical text (valid UTF-8, no CR, no full-width digit) and reads back to
// itself: reading its canonical text again gives the same blocks and
// warnings.
func FuzzRead(f *testing.F) {
	paths, err := filepath.Glob("../../corpus/*.txt")
	if err != nil || len(paths) == 0 {
		f.Fatalf("no corpus files: %v", err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, tc := range readCases {
		f.Add([]byte(tc.in))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := text.Read(data, text.Options{})
		if err != nil {
			var e *document.Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is a %T, want *document.Error", err, err)
			}
			return
		}
		if err := d.Verify(); err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(d.Text) || strings.ContainsRune(d.Text, '\r') || strings.ContainsAny(d.Text, "０１２３４５６７８９") {
			t.Fatalf("text is not canonical: %q", d.Text)
		}
		if d.Format != "text" || d.Encoding == "" {
			t.Fatalf("Format, Encoding = %q, %q", d.Format, d.Encoding)
		}
		// Removing one marker can complete another ("[bookm[bookmark: x]ark: y]"),
		// and a leading U+FEFF reads as a byte order mark: both change on a
		// second reading by design.
		if strings.Contains(d.Text, "[bookmark: ") || strings.HasPrefix(d.Text, "\ufeff") {
			return
		}
		again, err := text.Read([]byte(d.Text), text.Options{})
		if err != nil {
			t.Fatalf("reading the canonical text again: %v", err)
		}
		if again.Text != d.Text || !reflect.DeepEqual(again.Blocks, d.Blocks) || !reflect.DeepEqual(again.Warnings, d.Warnings) {
			t.Fatalf("canonical text reads differently:\n%s\nthen:\n%s", shape(d), shape(again))
		}
	})
}
