package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Namespace declarations as Word 2016 writes them on w:document.
const wordNamespaces = `xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:o="urn:schemas-microsoft-com:office:office" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
	`xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ` +
	`xmlns:v="urn:schemas-microsoft-com:vml" ` +
	`xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" ` +
	`xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
	`xmlns:w10="urn:schemas-microsoft-com:office:word" ` +
	`xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ` +
	`xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" ` +
	`xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" ` +
	`xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
	`mc:Ignorable="w14 wp14"`

// xw builds WordprocessingML the way Word writes it: revision ids on
// paragraphs and runs, full run properties on every run, runs split where
// the script changes between CJK and Latin text.
type xw struct {
	b    strings.Builder
	rsid int
}

// id returns the next revision id, deterministic.
func (x *xw) id() string {
	x.rsid = (x.rsid*1103515245 + 12345) & 0x7fffffff
	return fmt.Sprintf("00%06X", x.rsid&0xFFFFFF)
}

func esc(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	return r.Replace(s)
}

const runProps = `<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:cs="仿宋_GB2312" w:hint="eastAsia"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>`

// runs writes text as Word would: one run per stretch of one script.
func (x *xw) runs(text string) {
	for _, part := range splitScript(text) {
		x.b.WriteString(`<w:r w:rsidRPr="` + x.id() + `">` + runProps)
		if strings.TrimSpace(part) != part {
			x.b.WriteString(`<w:t xml:space="preserve">` + esc(part) + `</w:t></w:r>`)
		} else {
			x.b.WriteString(`<w:t>` + esc(part) + `</w:t></w:r>`)
		}
	}
}

// splitScript splits s where it changes between ASCII and other characters.
func splitScript(s string) []string {
	var parts []string
	start := 0
	for i, r := range s {
		if i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			if (prev < 0x80) != (r < 0x80) {
				parts = append(parts, s[start:i])
				start = i
			}
		}
	}
	if start < len(s) {
		parts = append(parts, s[start:])
	}
	return parts
}

// para writes a paragraph; style and numPr may be empty.
func (x *xw) para(text, style, numPr, jc string) {
	x.b.WriteString(`<w:p w:rsidR="` + x.id() + `" w:rsidRDefault="` + x.id() + `" w:rsidP="` + x.id() + `"><w:pPr>`)
	if style != "" {
		x.b.WriteString(`<w:pStyle w:val="` + style + `"/>`)
	}
	x.b.WriteString(numPr)
	x.b.WriteString(`<w:spacing w:line="560" w:lineRule="exact"/>`)
	if jc != "" {
		x.b.WriteString(`<w:jc w:val="` + jc + `"/>`)
	} else {
		x.b.WriteString(`<w:ind w:firstLineChars="200" w:firstLine="640"/>`)
	}
	x.b.WriteString(runProps + `</w:pPr>`)
	if bm, ok := strings.CutPrefix(text, "[bookmark: _GoBack]"); ok {
		x.b.WriteString(`<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>`)
		text = bm
	}
	x.runs(text)
	x.b.WriteString(`</w:p>`)
}

// table writes t with its grid and merges.
func (x *xw) table(t *table) {
	x.b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>` +
		`<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
		`<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
		`<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>` +
		`<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, w := range t.grid {
		fmt.Fprintf(&x.b, `<w:gridCol w:w="%d"/>`, w)
	}
	x.b.WriteString(`</w:tblGrid>`)
	for _, row := range t.rows {
		x.b.WriteString(`<w:tr w:rsidR="` + x.id() + `" w:rsidTr="` + x.id() + `"><w:trPr><w:trHeight w:val="454"/><w:jc w:val="center"/></w:trPr>`)
		col := 0
		for _, c := range row {
			width := 0
			for _, w := range t.grid[col : col+c.span] {
				width += w
			}
			col += c.span
			fmt.Fprintf(&x.b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, width)
			if c.span > 1 {
				fmt.Fprintf(&x.b, `<w:gridSpan w:val="%d"/>`, c.span)
			}
			switch c.vMerge {
			case "restart":
				x.b.WriteString(`<w:vMerge w:val="restart"/>`)
			case "continue":
				x.b.WriteString(`<w:vMerge/>`)
			}
			x.b.WriteString(`<w:vAlign w:val="center"/></w:tcPr>`)
			paras := c.paras
			if c.vMerge == "continue" {
				paras = []string{""}
			}
			for _, p := range paras {
				x.para(p, "", "", "center")
			}
			x.b.WriteString(`</w:tc>`)
		}
		x.b.WriteString(`</w:tr>`)
	}
	x.b.WriteString(`</w:tbl>`)
}

// document wraps body XML in w:document with Word's section properties.
func document(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" +
		`<w:document ` + wordNamespaces + `><w:body>` + body +
		`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1247" w:gutter="0"/>` +
		`<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr></w:body></w:document>`
}
