package docx

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// lvl writes a w:lvl.
func lvl(ilvl int, format, text string, extra string) string {
	return fmt.Sprintf(`<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>%s</w:lvl>`, ilvl, format, text, extra)
}

// np is a numbered paragraph.
func np(numID, ilvl int, text string) string {
	return fmt.Sprintf(`<w:p><w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>`, ilvl, numID, text)
}

// TestNumbering renders markers from numbering.xml: counters, restarts,
// overrides, suffixes and styles.
func TestNumbering(t *testing.T) {
	report := `<w:abstractNum w:abstractNumId="0">` +
		lvl(0, "chineseCounting", "%1、", "") + lvl(1, "chineseCounting", "（%2）", "") + lvl(2, "decimal", "%3.", "") +
		lvl(3, "decimalEnclosedCircle", "%4", `<w:suff w:val="space"/>`) + `</w:abstractNum>` +
		`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`
	tests := []struct {
		name, numbering, styles, body, want string
	}{
		{"levels and restarts", report, "",
			np(1, 0, "甲") + np(1, 1, "乙") + np(1, 2, "丙") + np(1, 2, "丁") + np(1, 1, "戊") + np(1, 2, "己") + np(1, 0, "庚") + np(1, 1, "辛"),
			"一、甲\n（一）乙\n1.丙\n2.丁\n（二）戊\n1.己\n二、庚\n（一）辛"},
		{"multi-level text and space suffix", report + `<w:abstractNum w:abstractNumId="1">` + lvl(0, "decimal", "%1", "") + lvl(1, "decimal", "%1.%2", `<w:suff w:val="space"/>`) + `</w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`, "",
			np(2, 0, "a") + np(2, 1, "b") + np(2, 1, "c") + np(1, 3, "d"),
			"1a\n1.1 b\n1.2 c\n① d"},
		{"start and startOverride", `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
			`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="9"/></w:lvlOverride></w:num>`, "",
			np(1, 0, "a") + np(1, 0, "b") + np(2, 0, "c") + np(2, 0, "d") + np(1, 0, "e"),
			"3.a\n4.b\n9.c\n10.d\n11.e"},
		{"lvlOverride with its own level", report + `<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">` + lvl(0, "upperRoman", "%1)", "") + `</w:lvlOverride></w:num>`, "",
			np(3, 0, "a") + np(3, 0, "b"), "I)a\nII)b"},
		{"lvlRestart 0 never restarts", `<w:abstractNum w:abstractNumId="0">` + lvl(0, "decimal", "%1.", "") + lvl(1, "lowerLetter", "%2)", `<w:lvlRestart w:val="0"/>`) + `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`, "",
			np(1, 0, "a") + np(1, 1, "b") + np(1, 0, "c") + np(1, 1, "d"), "1.a\na)b\n2.c\nb)d"},
		{"isLgl shows decimals", `<w:abstractNum w:abstractNumId="0">` + lvl(0, "chineseCounting", "%1、", "") + lvl(1, "decimal", "%1.%2", `<w:isLgl/>`) + `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`, "",
			np(1, 0, "a") + np(1, 1, "b"), "一、a\n1.1b"},
		{"bullets, none and numId 0 draw nothing", `<w:abstractNum w:abstractNumId="0">` + lvl(0, "bullet", "\uF0B7", "") + lvl(1, "none", "", "") + `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`, "",
			np(1, 0, "a") + np(1, 1, "b") + np(0, 0, "c") + np(7, 0, "d"), "a\nb\nc\nd"},
		{"full-width digits become ASCII", `<w:abstractNum w:abstractNumId="0">` + lvl(0, "decimalFullWidth", "%1．", "") + `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`, "",
			np(1, 0, "a"), "1．a"},
		{"numbering through the style and its basedOn chain", report,
			`<w:styles ` + wDecl + `><w:style w:type="paragraph" w:styleId="H"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
				`<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="mine"/><w:basedOn w:val="H"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`,
			`<w:p><w:pPr><w:pStyle w:val="H"/></w:pPr><w:r><w:t>部门</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="H2"/></w:pPr><w:r><w:t>职能</w:t></w:r></w:p>` +
				`<w:p><w:pPr><w:pStyle w:val="H"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>无</w:t></w:r></w:p>`,
			"一、部门\n（一）职能\n无"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := []string{"word/document.xml", docXML(tt.body), "word/numbering.xml", numberingOf(tt.numbering)}
			if tt.styles != "" {
				parts = append(parts, "word/styles.xml", tt.styles)
			}
			doc, err := Read(docxOf(t, parts...), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if err := doc.Verify(); err != nil {
				t.Fatal(err)
			}
			if doc.Text != tt.want {
				t.Errorf("text = %q, want %q", doc.Text, tt.want)
			}
		})
	}
}

// TestSeedNumbering checks that the numbered rebuild of the seed marks the
// paragraphs whose markers numbering.xml draws, and only those.
func TestSeedNumbering(t *testing.T) {
	doc := readFixture(t, "011_seed_numbering.docx")
	var numbered []string
	for _, b := range doc.Blocks {
		if b.Kind == document.KindParagraph && b.Para.Numbered {
			numbered = append(numbered, strings.SplitN(b.Para.Text, "部", 2)[0])
		}
	}
	got := strings.Join(numbered, "|")
	for _, want := range []string{"一、", "（一）主要职能。", "7.完成区委、区政", "九、", "（二）项目支出绩效情况"} {
		if !strings.Contains(got, want) {
			t.Errorf("numbered paragraphs lack %q: %s", want, got)
		}
	}
	for _, typo := range []string{"8、", "（2）", "3.22023"} {
		if strings.Contains(got, typo) {
			t.Errorf("typed typo %q is marked as numbered: %s", typo, got)
		}
	}
}
