package text_test

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/text"
)

const seedPath = "../../corpus/000_0a15cb66ce3c31e1.txt"

// readSeed returns the bytes of the seed report.
func readSeed(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// encode returns s encoded as UTF-16 in the given order, with a byte order
// mark when bom is set.
func encodeUTF16(t testing.TB, s []byte, e unicode.Endianness, bom bool) []byte {
	t.Helper()
	policy := unicode.IgnoreBOM
	if bom {
		policy = unicode.UseBOM
	}
	out, err := unicode.UTF16(e, policy).NewEncoder().Bytes(s)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// encodeGB18030 returns s encoded as GB18030.
func encodeGB18030(t testing.TB, s []byte) []byte {
	t.Helper()
	out, err := simplifiedchinese.GB18030.NewEncoder().Bytes(s)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// crlf returns s with every "\n" written as "\r\n".
func crlf(s []byte) []byte {
	return bytes.ReplaceAll(s, []byte("\n"), []byte("\r\n"))
}

// TestEncodings reads the seed saved in every supported encoding and line-end
// style: each must give the Document of the UTF-8 seed, Encoding aside.
func TestEncodings(t *testing.T) {
	seed := readSeed(t)
	want, err := text.Read(seed, text.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		data []byte
		enc  string
	}{
		{"utf-8 with BOM", append([]byte("\xEF\xBB\xBF"), seed...), "utf-8-bom"},
		{"utf-8 CRLF", crlf(seed), "utf-8"},
		{"utf-8 lone CR", bytes.ReplaceAll(seed, []byte("\n"), []byte("\r")), "utf-8"},
		{"gb18030", encodeGB18030(t, seed), "gb18030"},
		{"gb18030 CRLF", encodeGB18030(t, crlf(seed)), "gb18030"},
		{"utf-16le with BOM", encodeUTF16(t, seed, unicode.LittleEndian, true), "utf-16le"},
		{"utf-16be with BOM", encodeUTF16(t, seed, unicode.BigEndian, true), "utf-16be"},
		{"utf-16le with BOM and CRLF", encodeUTF16(t, crlf(seed), unicode.LittleEndian, true), "utf-16le"},
		{"utf-16le without BOM", encodeUTF16(t, seed, unicode.LittleEndian, false), "utf-16le"},
		{"utf-16be without BOM", encodeUTF16(t, seed, unicode.BigEndian, false), "utf-16be"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := text.Read(tc.data, text.Options{})
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if got.Encoding != tc.enc {
				t.Errorf("Encoding = %q, want %q", got.Encoding, tc.enc)
			}
			got.Encoding = want.Encoding
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Document differs from the UTF-8 seed's:\n%s\nwant:\n%s", shape(got), shape(want))
			}
		})
	}
}

// TestDecodeSmall checks small inputs whose encoding is decided by one rule.
func TestDecodeSmall(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		enc  string
		text string
	}{
		{"ascii", []byte("a\n"), "utf-8", "a\n"},
		{"gbk bytes", []byte("\xb2\xe2\xca\xd4\n"), "gb18030", "测试\n"},
		{"gb18030 euro byte of code page 936", []byte("\x80 \xb2\xe2"), "gb18030", "€ 测"},
		{"gb18030 four-byte sequence", []byte("\xb2\xe2\x81\x30\x81\x30"), "gb18030", "测\u0080"},
		{"gb18030 encoded replacement character", []byte("\xb2\xe2\x84\x31\xa4\x37"), "gb18030", "测\ufffd"},
		{"utf-16le surrogate pair", []byte("\xff\xfe\x3d\xd8\x00\xde\n\x00"), "utf-16le", "\U0001F600\n"},
		{"utf-8 BOM then full-width digits", []byte("\xef\xbb\xbf\xef\xbc\x91\n"), "utf-8-bom", "1\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := text.Read(tc.data, text.Options{})
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if d.Encoding != tc.enc || d.Text != tc.text {
				t.Errorf("Read(%q) = %q in %s, want %q in %s", tc.data, d.Text, d.Encoding, tc.text, tc.enc)
			}
		})
	}
}

// TestErrors checks every refusal: its sentinel, its offset and its message.
func TestErrors(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	cases := []struct {
		name   string
		data   []byte
		opts   text.Options
		kind   error
		offset int
		msg    string
	}{
		{"empty", nil, text.Options{}, document.ErrEmpty, -1,
			"<input>: file is empty: 0 bytes"},
		{"only a UTF-8 BOM", []byte("\xEF\xBB\xBF"), text.Options{}, document.ErrEmpty, -1,
			"<input>: file is empty: 3 bytes of utf-8-bom hold only white space"},
		{"only a UTF-16LE BOM", []byte("\xFF\xFE"), text.Options{}, document.ErrEmpty, -1,
			"<input>: file is empty: 2 bytes of utf-16le hold only white space"},
		{"only white space", []byte(" \n\u3000\t\r\n"), text.Options{}, document.ErrEmpty, -1,
			"<input>: file is empty: 8 bytes of utf-8 hold only white space"},
		{"PNG header", png, text.Options{}, document.ErrBinary, 6,
			"<input>: offset 6: not text: the bytes decode as no supported text encoding: control byte 0x1a"},
		{"NUL in text", []byte("abc\x00defg"), text.Options{}, document.ErrBinary, 3,
			"<input>: offset 3: not text: the bytes decode as no supported text encoding: NUL byte"},
		{"NULs only", []byte("\x00\x00\x00\x00"), text.Options{}, document.ErrBinary, 0,
			"<input>: not text: the bytes decode as no supported text encoding: NUL byte"},
		{"bell in UTF-8 text", []byte("报告\a"), text.Options{}, document.ErrBinary, 6,
			"<input>: offset 6: not text: the bytes decode as no supported text encoding: control byte 0x07"},
		{"malformed GB18030", []byte("\xb2\xe2abc\xff"), text.Options{}, document.ErrBinary, 5,
			"<input>: offset 5: not text: the bytes decode as no supported text encoding: neither UTF-8 nor GB18030: malformed byte 0xff"},
		{"GB18030 four-byte sequence past U+10FFFF", []byte("\xb2\xe2\xfe\x39\xfe\x39"), text.Options{}, document.ErrBinary, 2,
			"<input>: offset 2: not text: the bytes decode as no supported text encoding: GB18030 sequence fe 39 fe 39 maps to no character"},
		{"GB18030 user-defined area the decoder does not map", []byte("\xb2\xe2\xaa\xa1"), text.Options{}, document.ErrBinary, 2,
			"<input>: offset 2: not text: the bytes decode as no supported text encoding: GB18030 sequence aa a1 maps to no character"},
		{"GB18030 full of private-use characters", append([]byte("\xb2\xe2"), bytes.Repeat([]byte("\x83\x38\x98\x37"), 9)...), text.Options{}, document.ErrBinary, -1,
			"<input>: not text: the bytes decode as no supported text encoding: GB18030 decodes to 9 private-use characters out of 10"},
		{"invalid UTF-8 after a UTF-8 BOM", []byte("\xEF\xBB\xBFab\xb2\xe2"), text.Options{}, document.ErrBinary, 5,
			"<input>: offset 5: not text: the bytes decode as no supported text encoding: invalid UTF-8 after a UTF-8 byte order mark"},
		{"odd-length UTF-16", []byte("\xFF\xFEa\x00b"), text.Options{}, document.ErrBinary, 4,
			"<input>: offset 4: not text: the bytes decode as no supported text encoding: UTF-16 text of odd length 5"},
		{"unpaired UTF-16 surrogate", []byte("\xFF\xFEa\x00\x00\xdcb\x00"), text.Options{}, document.ErrBinary, 4,
			"<input>: offset 4: not text: the bytes decode as no supported text encoding: unpaired UTF-16 surrogate 0xdc00"},
		{"NUL character in UTF-16", []byte("\xFE\xFF\x00a\x00\x00"), text.Options{}, document.ErrBinary, 4,
			"<input>: offset 4: not text: the bytes decode as no supported text encoding: NUL character in UTF-16 text"},
		{"larger than MaxBytes", []byte("abcd"), text.Options{MaxBytes: 3}, document.ErrLimit, -1,
			"<input>: input exceeds a safety limit: input of 4 bytes is larger than the limit of 3 bytes"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := text.Read(tc.data, tc.opts)
			if err == nil {
				t.Fatalf("Read(%q) = %q, want an error", tc.data, d.Text)
			}
			var e *document.Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is a %T, want *document.Error", err, err)
			}
			if !errors.Is(err, tc.kind) {
				t.Errorf("error %v does not wrap %v", err, tc.kind)
			}
			if e.Offset != tc.offset || err.Error() != tc.msg {
				t.Errorf("error at offset %d:\n%s\nwant offset %d:\n%s", e.Offset, err, tc.offset, tc.msg)
			}
		})
	}
}

// TestNoLimit checks that a negative MaxBytes lifts the cap.
func TestNoLimit(t *testing.T) {
	d, err := text.Read([]byte(strings.Repeat("a", 10)), text.Options{MaxBytes: -1})
	if err != nil || d.Text != "aaaaaaaaaa" {
		t.Fatalf("Read = %v, %v", d, err)
	}
}
