package docx

import (
	"testing"
)

// TestFixtures reads the one-feature fixtures of corpus/ (written by
// go run ./corpus/gendocx) and compares their whole canonical text.
func TestFixtures(t *testing.T) {
	tests := []struct {
		name, want string
	}{
		// The footer's PAGE is another part; the TOC and PAGEREF
		// instructions never leak, their displayed results stay.
		{"012_fields.docx", "一、部门（单位）基本情况 3\n\n填报日期：2024年10月29日\n共8页"},
		{"013_tracked_changes.docx", "预算资金179.52万元。\n保留移来"},
		{"014_textbox.docx", "正文\n文本框第一段\n文本框第二段\n后一段"},
		{"015_nested_table.docx", "表前\n\t项目\n\t预算\n179.52\n决算\n246.75\n\n\n\t合计\n\t426.27\n\n\n表后"},
		{"016_wps.docx", "（一）主要职能\n1.做好全区征拆征收工作\uf0fc"},
		{"017_libreoffice.docx", "九、部门整体支出绩效\n2023-2024年\n第二行"},
		{"018_strict.docx", "严格格式 123"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := readFixture(t, tt.name)
			if doc.Text != tt.want {
				t.Errorf("text = %q, want %q", doc.Text, tt.want)
			}
		})
	}
	doc := readFixture(t, "016_wps.docx")
	if doc.Blocks[0].Para.Outline != 2 {
		t.Errorf("WPS heading 2 paragraph: outline %d, want 2", doc.Blocks[0].Para.Outline)
	}
	doc = readFixture(t, "017_libreoffice.docx")
	if doc.Blocks[0].Para.Outline != 1 {
		t.Errorf("LibreOffice outlineLvl 0 paragraph: outline %d, want 1", doc.Blocks[0].Para.Outline)
	}
}
