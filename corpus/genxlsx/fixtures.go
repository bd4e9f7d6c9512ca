package main

import (
	"fmt"
	"strings"
)

// inline is a cell holding an inline string (t="inlineStr").
func inline(ref, text string) string {
	return `<c r="` + ref + `" t="inlineStr"><is><t>` + esc(text) + `</t></is></c>`
}

// workbooks returns the workbook fixtures by file name.
func workbooks() map[string]workbook {
	return map[string]workbook{
		"040_xlsx_project_targets.xlsx": projectTargets(),
		"041_xlsx_number_formats.xlsx":  numberFormats(false),
		"042_xlsx_date1904.xlsx":        numberFormats(true),
		"050_xlsx_huge_dimension.xlsx": {strings: []string{"甲", "乙", "丙"}, sheets: []sheet{{name: "Sheet1",
			body: `<dimension ref="A1:XFD1048576"/>` + rows(row(1, "", s("A1", 0)), row(2, "", s("B2", 1)), row(3, "", s("C3", 2)))}}},
		"051_xlsx_whole_sheet_merge.xlsx": {strings: []string{"全表"}, sheets: []sheet{{name: "Sheet1",
			body: rows(row(1, "", s("A1", 0))) + merges("A1:XFD1048576")}}},
		"052_xlsx_missing_shared_strings.xlsx": {strings: []string{"项目"}, noShared: true, sheets: []sheet{{name: "Sheet1",
			body: rows(row(1, "", s("A1", 0)))}}},
		"053_xlsx_cyclic_relationships.xlsx": cyclic(),
		"054_xlsx_million_strings.xlsx":      millionStrings(),
		"055_xlsx_far_apart_cells.xlsx": {strings: []string{"左上", "右下"}, sheets: []sheet{{name: "Sheet1",
			body: rows(row(1, "", s("A1", 0)), row(1048576, "", s("XFD1048576", 1)))}}},
	}
}

// projectTargets is a 二级项目支出绩效目标申报表 as WPS writes it: merged
// label/value pairs, amounts in 万元 through format 40, covered cells that
// repeat their anchor, template strings no cell uses, a hidden sheet, row
// and column, and one cell of each value type.
func projectTargets() workbook {
	sst := []string{
		"二级项目支出绩效目标申报表", "项目编码：", "{{projectInfo.proCode}}", "项目名称：", "440306231391500000999",
		"社区工作站管理经费（示例社区）", "申请单位：", "深圳市宝安区示例街道办事处", "项目总金额（中期规划，万元）：", "本年度项目金额（万元）：",
		"年度目标：", "通过日常服务居民，使得居民问题_x000D_\n得到及时解决。\t\t", "一级指标", "二级指标", "三级指标",
		"目标值", "产出", "数量", "社区饭堂数量\n", "1处",
		"质量", "服务满意度", "≥95%", "成本", "厨师厨工成本",
		"不超过13.7584万元", "效益", "社会效益", "不适用",
		`<r><rPr><b/></rPr><t>满意</t></r><r><t xml:space="preserve">度 </t></r><rPh sb="0" eb="1"><t>マンゾク</t></rPh>`,
		"{{$fe: metricsList t.level1Name", "隐藏的行", "备注：金额单位为万元。", "１２３项", "隐藏工作表里的字",
		"A_x005F_x0041_B",
	}
	main := sheet{name: "1.社区工作站管理经费（示例社区）", body: `<dimension ref="A1:F20"/>` +
		`<cols><col min="1" max="5" width="20" customWidth="1"/><col min="6" max="6" hidden="1"/></cols>` +
		rows(
			row(1, "", s("A1", 0), empty("B1"), empty("C1"), empty("D1"), empty("E1")),
			row(2, "", s("A2", 1), s("B2", 4), s("C2", 4), s("D2", 3), s("E2", 5), inline("F2", "隐藏列")),
			row(3, "", s("A3", 6), s("B3", 7)),
			row(4, "", s("A4", 8), n("B4", 1, "9000.0"), empty("C4"), s("D4", 9), n("E4", 1, "3000")),
			row(5, "", s("A5", 10), s("B5", 11)),
			row(6, ` hidden="1"`, s("A6", 31)),
			row(7, "", s("A7", 12), s("B7", 13), s("C7", 14), s("D7", 15)),
			row(8, "", s("A8", 16), s("B8", 17), s("C8", 18), s("D8", 19)),
			row(9, "", s("A9", 16), s("B9", 20), s("C9", 21), s("D9", 22)),
			row(10, "", inline("A10", "不同的字"), s("B10", 23), s("C10", 24), s("D10", 25)),
			row(11, "", s("A11", 26), s("B11", 27), s("C11", 28)),
			row(12, "", s("A12", 29), s("B12", 35)),
			row(13, "", `<c r="A13" t="b"><v>1</v></c>`, `<c r="B13" t="e"><f>1/0</f><v>#DIV/0!</v></c>`,
				`<c r="C13" s="1"><f>B4*2</f><v>18000</v></c>`, `<c r="D13" t="str"><f>A3&amp;""</f><v>申请单位：</v></c>`, n("E13", 2, "45000")),
			row(14, "", n("A14", 3, "44927.5"), n("B14", 4, "0.9215"), s("C14", 33), n("D14", 5, "179.52"), n("E14", 0, "0.30000000000000004")),
			row(16, "", s("A16", 32)),
		) + merges("A1:E1", "B2:C2", "B3:E3", "B4:C4", "B5:E5", "A8:A10", "C11:D11", "A16:E16")}
	hidden := sheet{name: "2.隐藏", state: "hidden", body: rows(row(1, "", s("A1", 34)))}
	blank := sheet{name: "3.空表", body: `<dimension ref="A1"/>` + rows()}
	second := sheet{name: "4.第二个项目", body: rows(
		row(1, "", s("A1", 0)),
		row(2, "", s("A2", 1), inline("B2", "440306231391500000998")),
		row(3, "", s("A3", 8), n("B3", 1, "13000000")),
	)}
	return workbook{strings: sst, sheets: []sheet{main, hidden, blank, second},
		numFmts: `<numFmt numFmtId="176" formatCode="G/通用格式&quot;万元&quot;"/>`,
		xfs:     []int{40, 14, 31, 10, 176}}
}

// formatCases are number formats with a value each, in a table of format
// code and display; the golden file holds what the reader shows.
var formatCases = []struct{ code, value string }{
	{"General", "1234567.891"}, {"General", "0.30000000000000004"}, {"General", "1E+20"}, {"General", "123456789012345678"},
	{"General", "-0.000012"}, {"0", "2.5"}, {"0", "-2.5"}, {"0.00", "2.675"}, {"#,##0", "1234567.5"},
	{"#,##0.00", "-1234.5"}, {"#,##0.00;[Red](#,##0.00)", "13000000"}, {"#,##0.00;[Red](#,##0.00)", "-13000000"},
	{`_ * #,##0.00_ ;_ * \-#,##0.00_ ;_ * "-"??_ ;_ @_ `, "0"}, {`_ * #,##0.00_ ;_ * \-#,##0.00_ ;_ * "-"??_ ;_ @_ `, "1234.5"},
	{"0%", "0.5"}, {"0.00%", "0.9215"}, {"0.00E+00", "12345"}, {"0.00E+00", "0.000123"}, {`0.0,,"百万"`, "123456789"},
	{`#,##0.00"元"`, "1795200"}, {`0.00_);[Red](0.00)`, "-5"}, {"000000", "123"}, {"#.##", "5"},
	{`[>=100]"大";"小"`, "150"}, {`[>=100]"大";"小"`, "5"}, {`0.00;-0.00;"零"`, "0"}, {"@", "42"},
	{"G/通用格式", "3564000"}, {`G/通用格式"万元"`, "179.52"}, {`[$¥-804]#,##0.00`, "1234"},
	{"yyyy/m/d", "45000"}, {"yyyy/m/d h:mm", "45000.75"}, {`yyyy"年"m"月"d"日"`, "45000"}, {`yyyy"年"m"月"`, "45000"},
	{"h:mm:ss", "0.5"}, {"[h]:mm", "1.5"}, {"yyyy-mm-dd hh:mm", "45000.0001"}, {"mm/dd/yyyy", "45000"},
	{"d-mmm-yy", "45000"}, {"dddd", "45000"}, {"aaaa", "45000"}, {`上午/下午h"时"mm"分"`, "0.75"},
	{"h:mm AM/PM", "0.25"}, {"yyyy/m/d", "60"}, {"yyyy/m/d", "59"}, {"yyyy/m/d", "61"}, {"yyyy/m/d", "0"},
	{"mm:ss.0", "0.000694456"},
}

// numberFormats is a sheet of number formats: column A the code, column B
// the value through it; the 1904 variant shifts every date serial by 1462
// days, so both show the same dates.
func numberFormats(date1904 bool) workbook {
	var fmts strings.Builder
	var xfs []int
	var rs []string
	for i, c := range formatCases {
		id := 200 + i
		fmt.Fprintf(&fmts, `<numFmt numFmtId="%d" formatCode="%s"/>`, id, strings.NewReplacer("&", "&amp;", `"`, "&quot;", "<", "&lt;").Replace(c.code))
		xfs = append(xfs, id)
		v := c.value
		if date1904 && isDateCode(c.code) && v != "0" {
			v = shift1904(v)
		}
		rs = append(rs, row(i+1, "", inline(fmt.Sprintf("A%d", i+1), c.code), n(fmt.Sprintf("B%d", i+1), i+1, v)))
	}
	last := len(formatCases) + 1
	rs = append(rs, row(last, "", inline(fmt.Sprintf("A%d", last), "t=d yyyy/m/d"),
		fmt.Sprintf(`<c r="B%d" t="d" s="%d"><v>2023-03-15T00:00:00</v></c>`, last, 31)))
	name := "格式"
	if date1904 {
		name = "格式（1904）"
	}
	return workbook{sheets: []sheet{{name: name, body: rows(rs...)}}, numFmts: fmts.String(), xfs: xfs, date1904: date1904}
}

func isDateCode(code string) bool {
	for _, part := range []string{"yyyy", "m/d", "h:", "mm:", "[h]", "dddd", "aaaa", "mmm", "上午"} {
		if strings.Contains(code, part) {
			return true
		}
	}
	return false
}

// shift1904 subtracts 1462 days from a serial written as a decimal.
func shift1904(v string) string {
	whole, frac, _ := strings.Cut(v, ".")
	var d int
	fmt.Sscan(whole, &d)
	if d < 1462 {
		return v
	}
	out := fmt.Sprint(d - 1462)
	if frac != "" {
		out += "." + frac
	}
	return out
}

// cyclic is a workbook whose second sheet's relationship points back at
// the workbook part.
func cyclic() workbook {
	w := workbook{strings: []string{"项目"}, sheets: []sheet{{name: "甲", body: rows(row(1, "", s("A1", 0)))}, {name: "乙", body: rows()}}}
	parts := w.parts()
	w.override = map[string]string{"xl/_rels/workbook.xml.rels": strings.Replace(parts["xl/_rels/workbook.xml.rels"], "worksheets/sheet3.xml", "/xl/workbook.xml", 1)}
	return w
}

// millionStrings is a workbook with 10^6 shared strings and one cell.
func millionStrings() workbook {
	var b strings.Builder
	b.WriteString(decl + `<sst xmlns="` + nsMain + `" count="1000000" uniqueCount="1000000">`)
	for range 1000000 {
		b.WriteString(`<si><t>x</t></si>`)
	}
	b.WriteString(`</sst>`)
	return workbook{sheets: []sheet{{name: "Sheet1", body: rows(row(1, "", s("A1", 999999)))}},
		override: map[string]string{"xl/sharedStrings.xml": b.String()}}
}
