package main

import "strings"

// smallFixtures returns the one-feature fixtures. Each document's expected
// canonical text is stated in extract/docx's tests.
func smallFixtures() map[string]map[string]string {
	fields := basicParts(document(
		// A TOC: the TOC and PAGEREF instructions must not leak, the
		// displayed entries and page numbers stay (the tab is a space).
		`<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>` +
			`<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-3" \h \z \u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
			`<w:hyperlink w:anchor="_Toc1" w:history="1"><w:r><w:t>一、部门（单位）基本情况</w:t></w:r><w:r><w:tab/></w:r>` +
			`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1 \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>` +
			`<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
			`</w:sdtContent></w:sdt>` +
			// A simple field: its displayed result is text, its instruction is not.
			`<w:p><w:r><w:t xml:space="preserve">填报日期：</w:t></w:r><w:fldSimple w:instr=" DATE \@ &quot;yyyy年M月d日&quot; "><w:r><w:t>2024年10月29日</w:t></w:r></w:fldSimple></w:p>` +
			// A complex field with a nested field in its instruction.
			`<w:p><w:r><w:t xml:space="preserve">共</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> = </w:instrText></w:r>` +
			`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> NUMPAGES </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>9</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
			`<w:r><w:instrText> - 1 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>8</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r></w:p>`))
	fields["word/footer1.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t xml:space="preserve">第 </w:t></w:r>` +
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
		`<w:r><w:t xml:space="preserve"> 页</w:t></w:r></w:p></w:ftr>`

	tracked := basicParts(document(
		`<w:p><w:r><w:t>预算资金</w:t></w:r><w:del w:id="1" w:author="审核" w:date="2024-10-29T00:00:00Z"><w:r><w:delText>180.00</w:delText></w:r></w:del>` +
			`<w:ins w:id="2" w:author="审核" w:date="2024-10-29T00:00:00Z"><w:r><w:t>179.52</w:t></w:r></w:ins><w:r><w:t>万元。</w:t></w:r></w:p>` +
			`<w:moveFrom w:id="3" w:author="审核"><w:p><w:r><w:t>移走的段落</w:t></w:r></w:p></w:moveFrom>` +
			`<w:p><w:r><w:t>保留</w:t></w:r><w:moveFrom w:id="4" w:author="审核"><w:r><w:t>移走</w:t></w:r></w:moveFrom><w:moveTo w:id="5" w:author="审核"><w:r><w:t>移来</w:t></w:r></w:moveTo></w:p>`))

	textbox := basicParts(document(
		`<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
			`<wp:docPr id="1" name="文本框 1"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>` +
			`<w:p><w:r><w:t>文本框第一段</w:t></w:r></w:p><w:p><w:r><w:t>文本框第二段</w:t></w:r></w:p>` +
			`</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
			`<mc:Fallback><w:pict><v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202"><v:textbox><w:txbxContent>` +
			`<w:p><w:r><w:t>文本框第一段</w:t></w:r></w:p><w:p><w:r><w:t>文本框第二段</w:t></w:r></w:p>` +
			`</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
			`<w:p><w:r><w:t>后一段</w:t></w:r></w:p>`))

	nested := basicParts(document(
		`<w:p><w:r><w:t>表前</w:t></w:r></w:p>` +
			`<w:tbl><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="4000"/></w:tblGrid>` +
			`<w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc>` +
			`<w:tbl><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>` +
			`<w:tr><w:tc><w:p><w:r><w:t>预算</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>179.52</w:t></w:r></w:p></w:tc></w:tr>` +
			`<w:tr><w:tc><w:p><w:r><w:t>决算</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>246.75</w:t></w:r></w:p></w:tc></w:tr>` +
			`</w:tbl><w:p/></w:tc></w:tr>` +
			`<w:tr><w:tc><w:p><w:r><w:t>合计</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>426.27</w:t></w:r></w:p></w:tc></w:tr>` +
			`</w:tbl><w:p><w:r><w:t>表后</w:t></w:r></w:p>`))

	// WPS writes the usual prefixes but adds its own namespaces and
	// elements, and w14 paragraph ids.
	wps := basicParts(strings.Replace(document(
		`<w:p w14:paraId="0A1B2C3D" w14:textId="4E5F6071"><w:pPr><w:pStyle w:val="2"/><w:bidi w:val="0"/></w:pPr><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t>（一）主要职能</w:t></w:r><wpsCustomData:customData wpsCustomData:name="k" wpsCustomData:val="v"/></w:p>`+
			`<w:p w14:paraId="0A1B2C3E"><w:r><w:t>1.做好全区征拆征收工作</w:t></w:r><w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r></w:p>`),
		`mc:Ignorable="w14 wp14"`, `xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" mc:Ignorable="w14 wp14"`, 1))

	// LibreOffice binds the main namespace to the default namespace here
	// (no prefix), and writes w:softHyphen and w:noBreakHyphen.
	libre := basicParts(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:ns1="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><body>` +
		`<p><pPr><ns1:outlineLvl ns1:val="0"/></pPr><r><t>九、部门整体支出</t></r><r><softHyphen/></r><r><t>绩效</t></r></p>` +
		`<ns1:p><ns1:r><ns1:t>2023</ns1:t></ns1:r><ns1:r><ns1:noBreakHyphen/></ns1:r><ns1:r><ns1:t>2024年</ns1:t></ns1:r><ns1:r><ns1:br/></ns1:r><ns1:r><ns1:t>第二行</ns1:t></ns1:r></ns1:p>` +
		`<sectPr/></body></document>`)

	// Strict OOXML uses another namespace URL for the same vocabulary.
	strict := basicParts(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main" w:conformance="strict"><w:body>` +
		`<w:p><w:r><w:t>严格格式</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>１２３</w:t></w:r></w:p></w:body></w:document>`)

	return map[string]map[string]string{
		"012_fields.docx":          fields,
		"013_tracked_changes.docx": tracked,
		"014_textbox.docx":         textbox,
		"015_nested_table.docx":    nested,
		"016_wps.docx":             wps,
		"017_libreoffice.docx":     libre,
		"018_strict.docx":          strict,
	}
}
