package main

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// shortDocument writes the seed's first section.
func shortDocument(seed *document.Document) string {
	var b strings.Builder
	section := 0
	for _, blk := range seed.Blocks {
		if blk.Kind != document.KindParagraph {
			continue
		}
		if strings.HasPrefix(blk.Para.Text, "一、") || strings.HasPrefix(blk.Para.Text, "二、") {
			section++
		}
		if section == 1 {
			para(&b, blk.Para.Text)
		}
	}
	return wrap(b.String())
}

// landscapeDocument writes a short document: the seed's first section on a
// portrait page, then twice the seed's basic-data table (annex 2) under its
// unit line on landscape pages; rotatePages turns those two pages.
func landscapeDocument(seed *document.Document) string {
	var b strings.Builder
	var basic *document.Table
	section := 0
	for _, blk := range seed.Blocks {
		if blk.Kind == document.KindTable {
			if basic == nil && strings.Contains(seed.Text[blk.Table.Span.Start:blk.Table.Span.End], "三公") {
				basic = blk.Table
			}
			continue
		}
		text := blk.Para.Text
		if strings.HasPrefix(text, "一、") {
			section++
		} else if strings.HasPrefix(text, "二、") {
			section++
		}
		if section == 1 {
			para(&b, text)
		}
	}
	for i := range 2 {
		style := "Land"
		if i > 0 {
			style = "Land2"
		}
		b.WriteString(`<text:p text:style-name="` + style + `">附件2 部门整体支出绩效自评基础数据表</text:p>`)
		b.WriteString(`<text:p text:style-name="Head">单位：万元</text:p>`)
		table(&b, basic, true)
	}
	doc := wrap(b.String())
	// a second landscape paragraph style with a page break before it, so
	// that the table's second copy starts a page of its own
	return strings.Replace(doc, `<style:style style:name="Port"`, `<style:style style:name="Land2" style:family="paragraph" style:master-page-name="Landscape"><style:paragraph-properties fo:break-before="page"/></style:style><style:style style:name="Port"`, 1)
}
