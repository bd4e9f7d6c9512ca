package pdf

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// FuzzRead feeds mutated PDFs to the reader. Whatever the bytes, Read
// returns either a Document that keeps the model's invariants (spans in
// bounds, text at every span equal to the block's text) within the
// limits it was given, or a *document.Error with one of the reader's
// codes; it never panics. Seeds: the small PDFs of corpus/ and PDFs the
// tests write (text, rules, a Type 3 font without Unicode, an inline
// image, compressed streams, a turned page).
func FuzzRead(f *testing.F) {
	for _, name := range []string{"153_pdf_landscape_rotated.pdf", "155_pdf_owner_password_no_print.pdf", "154_pdf_encrypted_open_password.pdf"} {
		if data, err := os.ReadFile(filepath.Join("../../corpus", name)); err == nil {
			f.Add(data)
		}
	}
	f.Add(testPDF{pages: []string{text(72, 700, 12, "Hello") + "0 0 m 100 0 l S 0 10 m 100 10 l S 0 0 m 0 10 l S 100 0 m 100 10 l S"}}.bytes())
	f.Add(testPDF{type3: true, flate: true, pages: []string{"BT /F2 12 Tf 72 700 Td (\x01\x02\x03) Tj ET", scan}}.bytes())
	f.Add(testPDF{rotate: 90, pages: []string{text(72, 700, 12, "Turned")}}.bytes())
	aligned := ""
	for i, row := range []string{"Item", "Rent", "Power", "Total"} {
		y := 700 - 16*float64(i)
		aligned += text(72, y, 10, row) + text(260, y, 10, "12.50") + text(400, y, 10, "3.00")
	}
	f.Add(testPDF{pages: []string{aligned}}.bytes())
	opts := Options{MaxPages: 50, MaxObjects: 20000, MaxChars: 20000, Timeout: 20 * time.Second}
	codes := map[string]bool{}
	for _, k := range []*document.Kinded{document.ErrEmpty, document.ErrCorrupt, document.ErrLimit, document.ErrTimeout, ErrEncrypted, ErrNoText, ErrGarbled} {
		codes[k.Code] = true
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Read(data, opts)
		if err != nil {
			var de *document.Error
			if !errors.As(err, &de) {
				t.Fatalf("error %v is not a *document.Error", err)
			}
			if !codes[document.Code(err)] {
				t.Fatalf("error %v has code %q", err, document.Code(err))
			}
			return
		}
		if err := doc.Verify(); err != nil {
			t.Fatal(err)
		}
		if len(doc.Pages) > opts.MaxPages {
			t.Fatalf("%d pages, limit %d", len(doc.Pages), opts.MaxPages)
		}
		// every character of the text comes from a glyph, or is one
		// separator the layout writes between them
		if budget := 2 * len(doc.Pages) * opts.MaxChars * 4; len(doc.Text) > budget {
			t.Fatalf("%d bytes of text from %d pages", len(doc.Text), len(doc.Pages))
		}
		for _, p := range doc.Pages {
			if p.Span.Start < 0 || p.Span.End > len(doc.Text) || p.Span.Start > p.Span.End {
				t.Fatalf("page %d: span %+v outside the text", p.Number, p.Span)
			}
			for _, s := range p.Furniture {
				if s.Start < p.Span.Start || s.End > p.Span.End {
					t.Fatalf("page %d: furniture %+v outside the page %+v", p.Number, s, p.Span)
				}
			}
		}
	})
}
