package main

// The workbook set: copies of the real 二级项目支出绩效目标申报表 workbooks
// of ../shared/realworld/xlsx (left out where there is no shared folder),
// timed beside the DOCX sets (issue 16).
func init() {
	defaultSets = append(defaultSets, "xlsx=../shared/realworld/xlsx/*.xlsx")
}
