package docx

import (
	"fmt"
	"strings"
	"testing"
)

// TestReadAllocationsPerBlock checks that paragraphs, rows and cells are
// not allocated one by one: doubling the body adds less than one
// allocation per eight paragraphs and cells.
func TestReadAllocationsPerBlock(t *testing.T) {
	body := func(n int) []byte {
		var b strings.Builder
		b.WriteString(`<w:tbl>`)
		for i := range n {
			fmt.Fprintf(&b, `<w:tr>%s%s</w:tr>`, tc(`<w:vMerge w:val="restart"/>`, fmt.Sprint(i)), tc(``, "b"))
		}
		b.WriteString(`</w:tbl>`)
		for i := range n {
			fmt.Fprintf(&b, `<w:p><w:pPr><w:pStyle w:val="a"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>第%d段</w:t></w:r></w:p>`, i)
		}
		return docxOf(t, "word/document.xml", docXML(b.String()))
	}
	allocs := func(data []byte) float64 {
		return testing.AllocsPerRun(5, func() {
			if _, err := Read(data, Options{}); err != nil {
				t.Fatal(err)
			}
		})
	}
	const n = 256 // added: n paragraphs, n rows, 2n cells
	small, large := allocs(body(n)), allocs(body(2*n))
	per := (large - small) / (3 * n)
	t.Logf("%.0f -> %.0f allocations: %.3f per added paragraph or cell", small, large, per)
	if per > 1.0/8 {
		t.Errorf("%.0f allocations for %d blocks, %.0f for twice as many: %.2f per added paragraph or cell", small, 3*n, large, per)
	}
}
