package xlsx

import (
	"os"
	"testing"
)

// TestIsXLS tells a legacy workbook from other OLE files: only a Workbook
// stream in the root storage counts, not one embedded in a Word document.
func TestIsXLS(t *testing.T) {
	read := func(name string) []byte {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	xls := read("../../corpus/063_legacy_excel.xls")
	tests := []struct {
		name string
		data []byte
		want bool
	}{
		{"Workbook stream in the root", xls, true},
		{"Workbook embedded in a .doc", read("testdata/embedded_workbook.doc"), false},
		{"an xlsx", read("../../corpus/040_xlsx_project_targets.xlsx"), false},
		{"truncated to its header", xls[:512], false},
		{"truncated to its directory", xls[:1536], true},
		{"no bytes", nil, false},
	}
	for _, tt := range tests {
		if got := IsXLS(tt.data); got != tt.want {
			t.Errorf("%s: IsXLS = %v, want %v", tt.name, got, tt.want)
		}
	}
	if _, err := Read(xls, Options{}); err == nil || err.Error() != RefuseXLS().Error() {
		t.Errorf("Read of an .xls: %v, want the refusal", err)
	}
}

// FuzzIsXLS walks damaged directories: never a panic, never a hang.
func FuzzIsXLS(f *testing.F) {
	for _, name := range []string{"../../corpus/063_legacy_excel.xls", "testdata/embedded_workbook.doc"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		IsXLS(data)
	})
}
