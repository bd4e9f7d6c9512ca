package xlsx

import "testing"

// TestDisplayNumber formats numbers as Excel shows them, exactly: the value
// is the decimal the cell holds, rounded in decimal.
func TestDisplayNumber(t *testing.T) {
	tests := []struct {
		code, value, want string
		date1904          bool
	}{
		{"General", "9000.0", "9000", false},
		{"General", "0.30000000000000004", "0.3", false},
		{"General", "1E+20", "1E+20", false},
		{"General", "123456789012345678", "1.23457E+17", false},
		{"General", "-3.5", "-3.5", false},
		{"General", "0.000000001", "0.000000001", false},
		{"General", "0.0000000001", "1E-10", false},
		{"0", "-2.5", "-3", false},
		{"0.00", "2.675", "2.68", false},
		{"0.00", "1.005", "1.01", false},
		{"0.00", "-0.001", "0.00", false},
		{builtinFormat(40), "13000000", "13,000,000.00", false},
		{builtinFormat(40), "-13000000", "(13,000,000.00)", false},
		{builtinFormat(43), "0", " -   ", false},
		{builtinFormat(43), "-1234.5", " -1,234.50 ", false},
		{builtinFormat(3), "999999.5", "1,000,000", false},
		{builtinFormat(9), "0.925", "93%", false},
		{builtinFormat(10), "0.9215", "92.15%", false},
		{builtinFormat(11), "12345", "1.23E+04", false},
		{builtinFormat(11), "9.999", "1.00E+01", false},
		{builtinFormat(48), "12345", "12.3E+3", false},
		{`#,##0.00"元"`, "1795200", "1,795,200.00元", false},
		{`0.0,,"百万"`, "123456789", "123.5百万", false},
		{"000-0000", "1234567", "123-4567", false},
		{"#.##", "5", "5.", false},
		{"0.0#", "1.5", "1.5", false},
		{"?.??", "1.5", "1.5 ", false},
		{`G/通用格式"万元"`, "179.52", "179.52万元", false},
		{`[$¥-804]#,##0.00`, "1234", "¥1,234.00", false},
		{`[>=100]"大";[<0]"负";"小"`, "-3", "负", false},
		{`0.00;-0.00;"零"`, "0", "零", false},
		{"@", "42", "42", false},
		{builtinFormat(14), "45000", "2023/3/15", false},
		{builtinFormat(14), "43538", "2023/3/15", true},
		{builtinFormat(14), "60", "1900/2/29", false},
		{builtinFormat(14), "0", "1900/1/0", false},
		{builtinFormat(14), "-1", "-1", false},
		{builtinFormat(22), "45000.999999", "2023/3/16 0:00", false},
		{builtinFormat(31), "45000", "2023年3月15日", false},
		{builtinFormat(46), "1.5", "36:00:00", false},
		{"h:mm AM/PM", "0.75", "6:00 PM", false},
		{"yyyy-mm-dd hh:mm:ss", "45000.5", "2023-03-15 12:00:00", false},
		{"mmmm d, yyyy", "45000", "March 15, 2023", false},
		{"aaa", "45000", "三", false},
		{"not a number", "abc", "abc", false},
	}
	for _, tt := range tests {
		got, _ := displayNumber(tt.value, compileFormat(tt.code), tt.date1904)
		if got != tt.want {
			t.Errorf("%s with %q = %q, want %q", tt.value, tt.code, got, tt.want)
		}
	}
}
