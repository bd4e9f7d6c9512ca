package document

import "testing"

// FuzzTrimBytes checks TrimBytes against Trim, its definition.
func FuzzTrimBytes(f *testing.F) {
	for _, s := range []string{"", " a ", "\u3000预算\u00a0", "   ", "\xff x \xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range [][2]int{{0, len(s)}, {len(s) / 2, len(s)}} {
			ws, we := Trim(s, r[0], r[1])
			gs, ge := TrimBytes([]byte(s), r[0], r[1])
			if ws != gs || we != ge {
				t.Fatalf("TrimBytes(%q, %d, %d) = %d, %d; Trim gives %d, %d", s, r[0], r[1], gs, ge, ws, we)
			}
		}
	})
}

func TestFillText(t *testing.T) {
	doc := &Document{Text: "一、概况\n\t项目\n\t金额"}
	p := &Paragraph{Span: Span{Start: 0, End: 12}}
	tb := &Table{Span: Span{Start: 13, End: 28}, Rows: []Row{{Span: Span{Start: 13, End: 28}, Cells: []Cell{
		{Span: Span{Start: 14, End: 20}, RowSpan: 1, ColSpan: 1}, {Span: Span{Start: 22, End: 28}, Col: 1, RowSpan: 1, ColSpan: 1},
	}}}}
	doc.Blocks = []Block{{Kind: KindParagraph, Para: p}, {Kind: KindTable, Table: tb}}
	FillText(doc)
	if err := doc.Verify(); err != nil {
		t.Fatal(err)
	}
	if got := tb.Rows[0].Cells[1]; got.Text != "金额" || got.Span.Line != 3 {
		t.Fatalf("cell %+v", got)
	}
}
