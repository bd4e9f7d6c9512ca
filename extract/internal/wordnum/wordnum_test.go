package wordnum

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFormatNumber renders each supported numFmt.
func TestFormatNumber(t *testing.T) {
	tests := []struct {
		format string
		n      int
		want   string
	}{
		{"decimal", 12, "12"},
		{"decimalZero", 7, "07"},
		{"chineseCounting", 1, "一"},
		{"chineseCounting", 10, "十"},
		{"chineseCounting", 11, "十一"},
		{"chineseCounting", 20, "二十"},
		{"chineseCounting", 21, "二十一"},
		{"chineseCounting", 100, "一百"},
		{"chineseCounting", 101, "一百零一"},
		{"chineseCounting", 110, "一百一十"},
		{"chineseCountingThousand", 1010, "一千零一十"},
		{"chineseCountingThousand", 10001, "一万零一"},
		{"chineseCountingThousand", 25000, "二万五千"},
		{"chineseLegalSimplified", 3, "叁"},
		{"chineseLegalSimplified", 11, "壹拾壹"},
		{"ideographTraditional", 1, "甲"},
		{"ideographTraditional", 11, "甲"},
		{"ideographZodiac", 12, "亥"},
		{"decimalFullWidth", 12, "１２"},
		{"decimalEnclosedCircle", 1, "①"},
		{"decimalEnclosedCircle", 20, "⑳"},
		{"decimalEnclosedCircle", 21, "21"},
		{"decimalEnclosedParen", 2, "⑵"},
		{"decimalEnclosedFullstop", 3, "⒊"},
		{"upperLetter", 1, "A"},
		{"upperLetter", 28, "BB"},
		{"lowerLetter", 3, "c"},
		{"upperRoman", 1994, "MCMXCIV"},
		{"lowerRoman", 4, "iv"},
		{"none", 5, ""},
		{"someFutureFormat", 5, "5"},
		{"chineseCounting", 0, "0"},
		{"upperLetter", 1 << 30, "1073741824"},
	}
	for _, tt := range tests {
		if got := Format(tt.n, tt.format); got != tt.want {
			t.Errorf("Format(%d, %s) = %q, want %q", tt.n, tt.format, got, tt.want)
		}
	}
}

// TestNFC names the MSONFC codes of a .doc as ST_NumberFormat does.
func TestNFC(t *testing.T) {
	tests := []struct {
		nfc  byte
		want string
	}{
		{0, "decimal"}, {1, "upperRoman"}, {0x12, "decimalEnclosedCircle"}, {0x25, "chineseCounting"},
		{0x26, "chineseLegalSimplified"}, {0x2F, "none"}, {0x30, "decimal"}, {200, "decimal"}, {0xFF, "none"},
	}
	for _, tt := range tests {
		if got := NFC(tt.nfc); got != tt.want {
			t.Errorf("NFC(%#x) = %q, want %q", tt.nfc, got, tt.want)
		}
	}
}

// FuzzFormat renders any number in any format: never a panic, UTF-8, and
// a marker whatever the number (nothing only for "none"); a format it does
// not know is decimal.
func FuzzFormat(f *testing.F) {
	for nfc := range 0x30 {
		f.Add(11, NFC(byte(nfc)))
	}
	f.Add(-5, "chineseCounting")
	f.Add(100000000, "chineseLegalSimplified")
	f.Fuzz(func(t *testing.T, n int, format string) {
		got := Format(n, format)
		if !utf8.ValidString(got) {
			t.Fatalf("Format(%d, %q) = %q, not UTF-8", n, format, got)
		}
		if (got == "") != (format == "none") {
			t.Fatalf("Format(%d, %q) = %q", n, format, got)
		}
		if strings.HasPrefix(format, "zz") && got != Format(n, "decimal") {
			t.Fatalf("Format(%d, %q) = %q, not decimal", n, format, got)
		}
	})
}
