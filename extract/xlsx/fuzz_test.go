package xlsx

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/ooxml/ooxmltest"
)

// maxDeflate is deflate's largest inflation ratio (258 bytes from about
// two bits, a little over 1032:1).
const maxDeflate = 1040

// fuzzOptions keeps the fuzzer's inputs cheap.
var fuzzOptions = Options{MaxInflated: 4 << 20, MaxCells: 1 << 14, MaxText: 1 << 20}

// checkDoc asserts the reader's invariants on what it read from data: the
// spans and texts (Verify), a canonical text, every cell located, and the
// budget: the text is at most MaxText, and within K × input + C where K
// allows every byte to inflate to the most deflate gives and each inflated
// byte to be written at most as often as MaxText allows.
func checkDoc(t *testing.T, data []byte, doc *document.Document, err error, opts Options) {
	t.Helper()
	if !ooxmltest.CheckRead(t, doc, err) {
		return
	}
	if len(doc.Text) > opts.MaxText+1<<16 {
		t.Fatalf("text of %d bytes past MaxText %d", len(doc.Text), opts.MaxText)
	}
	cells := 0
	for _, b := range doc.Blocks {
		if b.Kind != document.KindTable {
			continue
		}
		for _, r := range b.Table.Rows {
			for _, c := range r.Cells {
				cells++
				if c.Loc == nil || c.Loc.Ref == "" {
					t.Fatalf("cell %q without a locator", c.Text)
				}
			}
		}
	}
	if cells > opts.MaxCells || cells > len(doc.Text) {
		t.Fatalf("%d cells from %d bytes of text (MaxCells %d)", cells, len(doc.Text), opts.MaxCells)
	}
	if k, c := maxDeflate*64, 1<<16; len(doc.Text)+len(doc.Blocks) > k*len(data)+c {
		t.Fatalf("output of %d bytes from %d bytes of input", len(doc.Text), len(data))
	}
}

// FuzzRead feeds the reader arbitrary packages: the corpus workbooks and
// the hostile ones, and their stored copies, each with a patch written
// over it, or the patch alone (ooxmltest says why the input is not the
// package's bytes: such a target stalls in the engine's minimizer).
func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob("../../corpus/0[4-6]*")
	var small []string
	for _, name := range files {
		if fi, err := os.Stat(name); err == nil && fi.Size() < 16<<10 {
			small = append(small, name)
		}
	}
	bases, err := ooxmltest.Bases(small)
	if err != nil {
		f.Fatal(err)
	}
	for i := range bases {
		f.Add(uint8(i), uint16(0), []byte(nil))
	}
	f.Add(uint8(255), uint16(0), []byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, base uint8, at uint16, patch []byte) {
		data := ooxmltest.Input(bases, base, at, patch)
		doc, err := Read(data, fuzzOptions)
		checkDoc(t, data, doc, err, fuzzOptions.withDefaults())
	})
}

// FuzzSheet fuzzes a worksheet part and its shared strings (the zip layer
// is not the interesting part there), with the same invariants.
func FuzzSheet(f *testing.F) {
	f.Add(sheetData(`<row r="1">`+c("A1", "s", 0, "0")+c("B1", "", 1, "13000000")+`</row>`)+`<mergeCells><mergeCell ref="A1:A3"/></mergeCells>`, "项目")
	f.Add(`<cols><col min="1" max="2" hidden="1"/></cols>`+sheetData(`<row hidden="1"><c t="inlineStr"><is><r><t>a_x000D_b</t></r></is></c><c s="3"><v>45000.5</v></c></row>`), "x")
	f.Add(sheetData(`<row r="2"><c r="C2" t="e"><v>#DIV/0!</v></c><c t="b"><v>1</v></c><c t="d" s="3"><v>2023-03-15</v></c></row>`), "")
	f.Fuzz(func(t *testing.T, body, str string) {
		data := book(t, body, []string{str, str + str})
		doc, err := Read(data, fuzzOptions)
		checkDoc(t, data, doc, err, fuzzOptions.withDefaults())
	})
}

// FuzzFormat compiles arbitrary format codes and shows arbitrary numbers
// through them: never a panic, the same text twice.
func FuzzFormat(f *testing.F) {
	for id := range 60 {
		f.Add(builtinFormat(id), "1234.5678")
	}
	f.Add(`[>=100]"大";[<0]"负";"小"`, "-3")
	f.Add(`##0.0E+0`, "0.000001")
	f.Add(`yyyy"年"m"月"d"日" h:mm:ss.00 上午/下午`, "45000.123456")
	f.Fuzz(func(t *testing.T, code, value string) {
		if len(value) > 64 {
			return // the values Excel writes are short; big.Rat of a huge exponent is slow, not wrong
		}
		a, _ := displayNumber(value, compileFormat(code), false)
		b, _ := displayNumber(value, compileFormat(code), false)
		if a != b {
			t.Fatalf("%q with %q: %q then %q", value, code, a, b)
		}
	})
}
