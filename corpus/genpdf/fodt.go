package main

import (
	"encoding/xml"
	"fmt"
	"regexp"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// layout says how a seed document is laid out.
type layout struct {
	ruled   bool // tables with borders
	columns bool // the narrative in two columns
}

// heading matches the paragraphs set as headings: a marker at the start.
var heading = regexp.MustCompile(`^(附件[0-9]*|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+[.．、](?:[^0-9]|$))`)

// seedDocument writes the seed as flat OpenDocument text.
func seedDocument(doc *document.Document, l layout) string {
	var b strings.Builder
	inColumns := false
	for _, blk := range doc.Blocks {
		if blk.Kind == document.KindTable {
			if inColumns {
				b.WriteString(`</text:section>`)
				inColumns = false
			}
			table(&b, blk.Table, l.ruled)
			continue
		}
		text := blk.Para.Text
		if l.columns && !inColumns && strings.HasPrefix(text, "一、") {
			b.WriteString(`<text:section text:style-name="Cols" text:name="Narrative">`)
			inColumns = true
		}
		if inColumns && strings.HasPrefix(text, "附件") {
			b.WriteString(`</text:section>`)
			inColumns = false
		}
		para(&b, text)
	}
	if inColumns {
		b.WriteString(`</text:section>`)
	}
	return wrap(b.String())
}

// para writes a paragraph: a heading without indent, body text indented by
// two characters and justified.
func para(b *strings.Builder, text string) {
	style := "Body"
	if heading.MatchString(text) {
		style = "Head"
	}
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			style = "Body"
		}
		fmt.Fprintf(b, `<text:p text:style-name="%s">%s</text:p>`, style, esc(line))
	}
}

// table writes a table with its merges: an anchor cell carries its spans,
// the places it covers are covered cells, places no cell fills are empty
// cells.
func table(b *strings.Builder, t *document.Table, ruled bool) {
	cols := 0
	for _, r := range t.Rows {
		for _, c := range r.Cells {
			cols = max(cols, c.Col+c.ColSpan)
		}
	}
	cell := "CellN"
	if ruled {
		cell = "CellB"
	}
	covered := map[[2]int]bool{}
	fmt.Fprintf(b, `<table:table table:name="T%d" table:style-name="Tbl"><table:table-column table:number-columns-repeated="%d"/>`, t.Span.Start, cols)
	for r, row := range t.Rows {
		b.WriteString(`<table:table-row>`)
		byCol := map[int]document.Cell{}
		for _, c := range row.Cells {
			byCol[c.Col] = c
		}
		for col := 0; col < cols; {
			if covered[[2]int{r, col}] {
				b.WriteString(`<table:covered-table-cell/>`)
				col++
				continue
			}
			c, ok := byCol[col]
			if !ok {
				fmt.Fprintf(b, `<table:table-cell table:style-name="%s"><text:p text:style-name="Cell"/></table:table-cell>`, cell)
				col++
				continue
			}
			for dr := 0; dr < c.RowSpan; dr++ {
				for dc := 0; dc < c.ColSpan; dc++ {
					if dr > 0 || dc > 0 {
						covered[[2]int{r + dr, col + dc}] = true
					}
				}
			}
			fmt.Fprintf(b, `<table:table-cell table:style-name="%s" table:number-rows-spanned="%d" table:number-columns-spanned="%d">`, cell, c.RowSpan, c.ColSpan)
			for _, line := range strings.Split(c.Text, "\n") {
				fmt.Fprintf(b, `<text:p text:style-name="Cell">%s</text:p>`, esc(strings.TrimSpace(line)))
			}
			b.WriteString(`</table:table-cell>`)
			col++
		}
		b.WriteString(`</table:table-row>`)
	}
	b.WriteString(`</table:table>`)
}

// esc escapes text for XML.
func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// wrap puts body text into a flat ODT document with the styles every
// variant uses: A4 portrait pages with a running header and a centred page
// number "- N -", a landscape page style, 10.5-point WenQuanYi Micro Hei.
func wrap(body string) string {
	return header + body + footer
}

const header = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="WQY" svg:font-family="'WenQuanYi Micro Hei'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="150%"/><style:text-properties style:font-name="WQY" style:font-name-asian="WQY" style:font-name-complex="WQY" fo:font-size="10.5pt" style:font-size-asian="10.5pt" fo:language="zh" fo:country="CN"/></style:default-style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="21pt"/></style:style>
<style:style style:name="Head" style:family="paragraph"><style:paragraph-properties fo:margin-top="4pt" fo:margin-bottom="2pt"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:line-height="120%"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
<style:style style:name="Furn" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
<style:style style:name="Land" style:family="paragraph" style:master-page-name="Landscape"/>
<style:style style:name="Port" style:family="paragraph" style:master-page-name="Standard"/>
</office:styles>
<office:automatic-styles>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="margins" fo:margin-top="4pt" fo:margin-bottom="8pt"/></style:style>
<style:style style:name="CellB" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.06cm"/></style:style>
<style:style style:name="CellN" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.06cm"/></style:style>
<style:style style:name="Cols" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
<style:page-layout style:name="PPort"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
<style:page-layout style:name="PLand"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="PPort"><style:header><text:p text:style-name="Furn">株洲市芦淞区征地工作协调服务中心 2023年度整体支出绩效自评报告</text:p></style:header><style:footer><text:p text:style-name="Furn">- <text:page-number text:select-page="current"/> -</text:p></style:footer></style:master-page>
<style:master-page style:name="Landscape" style:page-layout-name="PLand"><style:footer><text:p text:style-name="Furn">- <text:page-number text:select-page="current"/> -</text:p></style:footer></style:master-page>
</office:master-styles>
<office:body><office:text>
`

const footer = `
</office:text></office:body></office:document>
`
