package pdf

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// TestReadRefuses checks each refusal: its sentinel, its code and the
// words of its message; and that a refusal is a *document.Error.
func TestReadRefuses(t *testing.T) {
	twoPages := testPDF{pages: []string{text(72, 700, 12, "Page one"), text(72, 700, 12, "Page two")}}.bytes()
	ruled := testPDF{pages: []string{"0 0 m 100 0 l S 0 10 m 100 10 l S 0 20 m 100 20 l S 0 30 m 100 30 l S\n" + text(72, 700, 12, "ruled")}}.bytes()
	garbled := testPDF{type3: true, pages: []string{"BT /F2 12 Tf 72 700 Td (\x01\x02\x03\x01\x02\x03\x01\x02) Tj ET"}}.bytes()
	tests := []struct {
		name string
		data []byte
		opts Options
		kind *document.Kinded
		msg  string
	}{
		{"empty", nil, Options{}, document.ErrEmpty, "the file is empty"},
		{"not a PDF", []byte("hello, world"), Options{}, document.ErrCorrupt, "not a PDF: no %PDF- header"},
		{"header only", []byte("%PDF-1.7\n"), Options{}, document.ErrCorrupt, "PDFium cannot open the file"},
		{"over the size limit", twoPages, Options{MaxBytes: 100}, document.ErrLimit, "more than the limit of 100"},
		{"over the page limit", twoPages, Options{MaxPages: 1}, document.ErrLimit, "the PDF has 2 pages, more than the limit of 1"},
		{"over the object limit", ruled, Options{MaxObjects: 2}, document.ErrLimit, "page 1 has more than 2 objects"},
		{"over the character limit", twoPages, Options{MaxChars: 3}, document.ErrLimit, "page 1 has 8 characters, more than the limit of 3"},
		{"PDFium cannot start in 1 MiB", twoPages, Options{MaxMemory: 1 << 20}, document.ErrLimit, "PDFium cannot start within its memory limit of 1048576 bytes"},
		{"no text at all", testPDF{pages: []string{"0 0 m 100 100 l S"}}.bytes(), Options{}, ErrNoText, "every page is blank"},
		{"garbled", garbled, Options{}, ErrGarbled, "the text layer of pages 1 decodes to no readable text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(tt.data, tt.opts)
			require.Error(t, err)
			assert.Nil(t, doc)
			assert.True(t, errors.Is(err, tt.kind), "%v is not %v", err, tt.kind)
			assert.Equal(t, tt.kind.Code, document.Code(err))
			assert.Contains(t, err.Error(), tt.msg)
			var de *document.Error
			assert.True(t, errors.As(err, &de))
		})
	}
}

// TestReadTimeout: a document that takes longer than Options.Timeout is
// refused with document.ErrTimeout, and the instance it used is not
// reused (the next read works).
func TestReadTimeout(t *testing.T) {
	data := testPDF{pages: []string{text(72, 700, 12, "slow")}}.bytes()
	_, err := Read(data, Options{Timeout: time.Nanosecond})
	require.Error(t, err)
	assert.True(t, errors.Is(err, document.ErrTimeout), "%v", err)
	doc, err := Read(data, Options{})
	require.NoError(t, err)
	assert.Equal(t, "slow", strings.TrimSpace(doc.Text))
}

// scan is a content stream that paints an inline image and nothing else:
// a page of a scan.
const scan = "q 400 0 0 600 90 120 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q"

// TestReadWarns checks what is read with a warning rather than refused: a
// scanned page among pages with text, and a page whose text has no
// Unicode, whose text is dropped, never given as mojibake.
func TestReadWarns(t *testing.T) {
	tests := []struct {
		name  string
		pdf   testPDF
		text  string
		codes []string
		pages []int
	}{
		{"a scanned page among text pages", testPDF{pages: []string{text(72, 700, 12, "First page"), scan, text(72, 700, 12, "Third page")}},
			"First page\nThird page", []string{"pdf.no_text_page"}, []int{2}},
		{"a garbled page among text pages", testPDF{type3: true, pages: []string{text(72, 700, 12, "Readable"), "BT /F2 12 Tf 72 700 Td (\x01\x02\x03\x01\x02\x03) Tj ET"}},
			"Readable", []string{"pdf.garbled_page"}, []int{2}},
		{"a blank page is not warned about", testPDF{pages: []string{text(72, 700, 12, "Only"), ""}}, "Only", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(tt.pdf.bytes(), Options{})
			require.NoError(t, err)
			require.NoError(t, doc.Verify())
			assert.Equal(t, tt.text, doc.Text)
			var codes []string
			var pages []int
			for _, w := range doc.Warnings {
				codes = append(codes, w.Code)
				for _, p := range doc.Pages {
					if p.Span.Start == w.Span.Start && strings.Contains(w.Message, "page "+itoa(p.Number)+" ") {
						pages = append(pages, p.Number)
					}
				}
			}
			assert.Equal(t, tt.codes, codes)
			assert.Equal(t, tt.pages, pages)
		})
	}
}

// TestReadRefusesScans: a PDF most of whose pages are scans is refused,
// naming the pages, even when a page has typed text.
func TestReadRefusesScans(t *testing.T) {
	data := testPDF{pages: []string{text(72, 700, 12, "Cover"), scan, scan, scan}}.bytes()
	_, err := Read(data, Options{})
	require.Error(t, err)
	assert.True(t, errors.Is(err, ErrNoText))
	assert.Contains(t, err.Error(), "no text layer on pages 2–4; OCR is not supported")
}

// TestReadAlignedTable reads a table without rules: four rows of three
// cells set in columns, under a unit line that stays a paragraph.
func TestReadAlignedTable(t *testing.T) {
	page := text(72, 730, 10, "Unit: yuan")
	for i, row := range [][3]string{{"Item", "Budget", "Spent"}, {"Rent", "12.50", "3.00"}, {"Power", "7.25", "7.00"}, {"Total", "19.75", "10.00"}} {
		y := 700 - 16*float64(i)
		page += text(72, y, 10, row[0]) + text(260, y, 10, row[1]) + text(400, y, 10, row[2])
	}
	doc, err := Read(testPDF{pages: []string{page}}.bytes(), Options{})
	require.NoError(t, err)
	require.NoError(t, doc.Verify())
	require.Len(t, doc.Blocks, 2)
	assert.Equal(t, "Unit: yuan", doc.Blocks[0].Para.Text)
	tb := doc.Blocks[1].Table
	require.NotNil(t, tb)
	var got [][]string
	for _, r := range tb.Rows {
		got = append(got, texts(r.Cells))
	}
	assert.Equal(t, [][]string{{"Item", "Budget", "Spent"}, {"Rent", "12.50", "3.00"}, {"Power", "7.25", "7.00"}, {"Total", "19.75", "10.00"}}, got)
	assert.Equal(t, "Unit: yuan\n\tItem\n\tBudget\n\tSpent\n\n\tRent\n\t12.50\n\t3.00\n\n\tPower\n\t7.25\n\t7.00\n\n\tTotal\n\t19.75\n\t10.00", doc.Text)
}
