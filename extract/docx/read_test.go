package docx

import (
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// TestMarkup reads one feature of WordprocessingML at a time and compares the
// whole canonical text.
func TestMarkup(t *testing.T) {
	tests := []struct {
		name string
		body string
		want string
	}{
		{"paragraphs and empty paragraphs", p("一") + `<w:p/>` + p("二"), "一\n\n二"},
		{"tab is a space", `<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t></w:r></w:p>`, "a b"},
		{"literal TAB and newline in w:t are spaces", "<w:p><w:r><w:t>a\tb\nc</w:t></w:r></w:p>", "a b c"},
		{"br and cr break the line", `<w:p><w:r><w:t>a</w:t><w:br/><w:t>b</w:t><w:cr/><w:t>c</w:t></w:r></w:p>`, "a\nb\nc"},
		{"page break is not a line", `<w:p><w:r><w:t>a</w:t><w:br w:type="page"/><w:t>b</w:t></w:r></w:p>`, "ab"},
		{"hyphens", `<w:p><w:r><w:t>a</w:t><w:noBreakHyphen/><w:t>b</w:t><w:softHyphen/><w:t>c</w:t></w:r></w:p>`, "a-bc"},
		{"symbol", `<w:p><w:r><w:sym w:font="Symbol" w:char="2265"/><w:t>80%</w:t></w:r></w:p>`, "≥80%"},
		{"entities and CDATA", `<w:p><w:r><w:t>a&amp;b&lt;&#x4E00;&#20108;</w:t><w:t><![CDATA[<x>]]></w:t></w:r></w:p>`, "a&b<一二<x>"},
		{"full-width digits are canonical", `<w:p><w:r><w:t>２０２３年</w:t></w:r></w:p>`, "2023年"},
		{"sdt, hyperlink, smartTag, customXml are transparent",
			`<w:sdt><w:sdtPr><w:alias w:val="x"/><w:placeholder><w:docPart w:val="y"/></w:placeholder></w:sdtPr><w:sdtContent>` +
				`<w:p><w:hyperlink r:id="rId9" xmlns:r="urn:r"><w:r><w:t>链接</w:t></w:r></w:hyperlink><w:smartTag w:uri="u" w:element="e"><w:r><w:t>标记</w:t></w:r></w:smartTag>` +
				`<w:customXml w:element="c"><w:customXmlPr><w:attr w:name="n" w:val="隐藏"/></w:customXmlPr><w:r><w:t>定制</w:t></w:r></w:customXml></w:p></w:sdtContent></w:sdt>`,
			"链接标记定制"},
		{"bookmarks, proofErr and comments are dropped",
			`<w:p><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:proofErr w:type="spellStart"/><w:r><w:t>文</w:t></w:r><w:commentRangeStart w:id="1"/><w:r><w:t>本</w:t></w:r><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r><w:bookmarkEnd w:id="0"/></w:p>`,
			"文本"},
		{"tracked insertion kept, deletion and move-from dropped",
			`<w:p><w:ins w:id="1"><w:r><w:t>新</w:t></w:r></w:ins><w:del w:id="2"><w:r><w:delText>旧</w:delText></w:r></w:del><w:moveFrom w:id="3"><w:r><w:t>走</w:t></w:r></w:moveFrom><w:moveTo w:id="4"><w:r><w:t>来</w:t></w:r></w:moveTo></w:p>`,
			"新来"},
		{"fldSimple keeps its result", `<w:p><w:fldSimple w:instr=" PAGE "><w:r><w:t>7</w:t></w:r></w:fldSimple></w:p>`, "7"},
		{"complex field keeps its result, not its instruction",
			`<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \h </w:instrText></w:r><w:r><w:t>hidden</w:t></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
			"3"},
		{"field without separate shows nothing",
			`<w:p><w:r><w:t>a</w:t><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>b</w:t></w:r></w:p>`,
			"ab"},
		{"broken field instruction ends with its paragraph",
			`<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC </w:instrText></w:r></w:p>` + p("后"),
			"\n后"},
		{"alternate content: one branch only",
			`<w:p><w:r><w:t>a</w:t></w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>选</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>备</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>`,
			"a选"},
		{"text box paragraphs are lines of the anchoring paragraph",
			`<w:p><w:r><w:t>锚</w:t><w:pict><w:txbxContent>` + p("框一") + p("框二") + `</w:txbxContent></w:pict></w:r></w:p>`,
			"锚\n框一\n框二"},
		{"ruby text dropped", `<w:p><w:r><w:ruby><w:rt><w:r><w:t>zhū</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>株</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>`, "株"},
		{"section properties and unknown elements", `<w:p><w:r><w:t>x</w:t></w:r><w:pPr/></w:p><w:sectPr><w:pgSz w:w="1"/></w:sectPr><w:foo><w:bar/></w:foo>`, "x"},
		{"control characters dropped", "<w:p><w:r><w:t>a&#x9;b</w:t></w:r></w:p>", "a b"},
		{"comments and processing instructions", `<!-- c --><?pi x?><w:p><w:r><w:t>a<!-- c -->b</w:t></w:r></w:p>`, "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(docxOf(t, "word/document.xml", docXML(tt.body)), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if err := doc.Verify(); err != nil {
				t.Fatal(err)
			}
			if doc.Text != tt.want {
				t.Errorf("text = %q, want %q", doc.Text, tt.want)
			}
			if doc.Format != "docx" || doc.Encoding != "" {
				t.Errorf("format %q encoding %q", doc.Format, doc.Encoding)
			}
		})
	}
}

// TestParagraphBlocks checks the paragraph blocks in whole: spans, outline
// hints from styles and w:outlineLvl, locators; blank paragraphs are lines
// but not blocks.
func TestParagraphBlocks(t *testing.T) {
	styles := `<w:styles ` + wDecl + `>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="T2"><w:name w:val="标题 2"/><w:basedOn w:val="a"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="子标题"/><w:basedOn w:val="T2"/></w:style>` +
		`</w:styles>`
	body := `<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>一、情况</w:t></w:r></w:p>` +
		`<w:p/>` +
		`<w:p><w:pPr><w:pStyle w:val="Sub"/></w:pPr><w:r><w:t xml:space="preserve">　（一）职能 </w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>1.项目</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="1"/><w:outlineLvl w:val="9"/></w:pPr><w:r><w:t>正文</w:t></w:r></w:p>`
	doc, err := Read(docxOf(t, "word/document.xml", docXML(body), "word/styles.xml", styles), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Verify(); err != nil {
		t.Fatal(err)
	}
	loc := func(i int) *document.Locator {
		return &document.Locator{Part: "word/document.xml", Paragraph: i, Table: -1, Row: -1, Cell: -1}
	}
	want := []document.Paragraph{
		{Text: "一、情况", Span: document.Span{Start: 0, End: 12, Line: 1}, Outline: 1, Loc: loc(0)},
		{Text: "（一）职能", Span: document.Span{Start: 17, End: 32, Line: 3}, Outline: 2, Loc: loc(2)},
		{Text: "1.项目", Span: document.Span{Start: 34, End: 42, Line: 4}, Outline: 3, Loc: loc(3)},
		{Text: "正文", Span: document.Span{Start: 43, End: 49, Line: 5}, Outline: 0, Loc: loc(4)},
	}
	if len(doc.Blocks) != len(want) {
		t.Fatalf("%d blocks, want %d: %q", len(doc.Blocks), len(want), doc.Text)
	}
	for i, b := range doc.Blocks {
		got := *b.Para
		if got.Text != want[i].Text || got.Span != want[i].Span || got.Outline != want[i].Outline ||
			got.Numbered != want[i].Numbered || *got.Loc != *want[i].Loc {
			t.Errorf("block %d = %+v %+v, want %+v %+v", i, got, *got.Loc, want[i], *want[i].Loc)
		}
	}
}
