package docx

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// sameWithoutMemo reads data with and without the memo of subtrees seen
// before (Options.forget) and fails unless both give the same Document or
// the same error.
func sameWithoutMemo(t *testing.T, data []byte, opts Options) (*document.Document, error) {
	t.Helper()
	got, err := Read(data, opts)
	opts.forget = true
	want, wantErr := Read(data, opts)
	if fmt.Sprint(err) != fmt.Sprint(wantErr) {
		t.Fatalf("with the memo: %v\nwithout: %v", err, wantErr)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("with the memo:\n%q\nwithout:\n%q", got.Text, want.Text)
	}
	return got, err
}

func TestReadMemo(t *testing.T) {
	heading := `<w:pPr><w:pStyle w:val="h"/><w:rPr><w:b/></w:rPr></w:pPr>`
	para := `<w:p>` + heading + `<w:r><w:t>一、总体</w:t></w:r></w:p>`
	numbered := `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>项</w:t></w:r></w:p>`
	cell := tc(`<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>`, "a")
	cont := tc(`<w:gridSpan w:val="2"/><w:vMerge/>`)
	xNumbered := func(x string) string { // numbering properties written with a prefix x bound to the URL x
		return `<w:p xmlns:x="` + x + `"><w:pPr><x:numPr><x:ilvl x:val="0"/><x:numId x:val="1"/></x:numPr></w:pPr><w:r><w:t>项</w:t></w:r></w:p>`
	}
	tests := []struct {
		name     string
		body     string
		maxDepth int
		errs     string
		text     string
	}{
		{"repeated paragraph properties", para + para + para, 0, "", "一、总体\n一、总体\n一、总体"},
		{"repeated numbering properties", numbered + numbered + numbered, 0, "", "1.项\n2.项\n3.项"},
		{"repeated cell properties", `<w:tbl><w:tr>` + cell + `</w:tr><w:tr>` + cont + `</w:tr><w:tr>` + cell + `</w:tr><w:tr>` + cont + `</w:tr></w:tbl>`, 0, "", "\ta\n\n\t\n\n\ta\n\n\t"},
		{"the same properties where their prefix names another namespace",
			xNumbered(wURL) + xNumbered("urn:not-word") + xNumbered(wURL), 0, "", "1.项\n项\n2.项"},
		{"the same properties nested past the depth limit",
			para + `<w:sdt><w:sdtContent><w:p>` + heading + `</w:p></w:sdtContent></w:sdt>`, 7, "deeper than 7", ""},
		{"properties holding a subtree seen before, nested past the depth limit",
			`<w:p><w:r><w:rPr><w:b/></w:rPr></w:r></w:p>` + para + `<w:sdt><w:sdtContent><w:p>` + heading + `</w:p></w:sdtContent></w:sdt>`, 7, "deeper than 7", ""},
		{"the same properties nested within the depth limit",
			para + `<w:sdt><w:sdtContent><w:p>` + heading + `</w:p></w:sdtContent></w:sdt>`, 8, "", "一、总体\n"},
		{"a paragraph with two property sets", `<w:p>` + heading + heading + `<w:r><w:t>a</w:t></w:r></w:p>` + para, 0, "", "a\n一、总体"},
	}
	num := numberingOf(`<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := docxOf(t, "word/document.xml", docXML(tt.body), "word/numbering.xml", num)
			doc, err := sameWithoutMemo(t, data, Options{MaxDepth: tt.maxDepth})
			if tt.errs != "" {
				if err == nil || !strings.Contains(err.Error(), tt.errs) || !errors.Is(err, document.ErrLimit) {
					t.Fatalf("error %v, want %q", err, tt.errs)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != tt.text {
				t.Errorf("text %q, want %q", doc.Text, tt.text)
			}
		})
	}
}

// FuzzReadMemo holds the memo of subtrees seen before to the full path:
// whatever the body and the depth limit, reading with it gives what
// reading without it gives.
func FuzzReadMemo(f *testing.F) {
	heading := `<w:pPr><w:pStyle w:val="h"/><w:rPr><w:b/></w:rPr></w:pPr>`
	f.Add(`<w:p>`+heading+`<w:r><w:rPr><w:b/></w:rPr><w:t>a</w:t></w:r></w:p><w:sdt><w:sdtContent><w:p>`+heading+`<w:r><w:rPr><w:b/></w:rPr><w:t>b</w:t></w:r></w:p></w:sdtContent></w:sdt>`, 9)
	f.Add(`<w:tbl><w:tr>`+tc(`<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>`, "a")+`</w:tr><w:tr>`+tc(`<w:gridSpan w:val="2"/><w:vMerge/>`)+`</w:tr><w:tr>`+tc(`<w:gridSpan w:val="2"/><w:vMerge/>`)+`</w:tr></w:tbl>`, 0)
	f.Add(`<w:p>`+heading+`</w:p><w:sdt><w:sdtContent xmlns:w="urn:x"><w:p>`+heading+`</w:p></w:sdtContent></w:sdt><w:p>`+heading+`</w:p>`, 0)
	f.Fuzz(func(t *testing.T, body string, maxDepth int) {
		data := docxOf(t, "word/document.xml", docXML(body))
		sameWithoutMemo(t, data, Options{MaxDepth: int(uint(maxDepth) % 16)})
	})
}
