package ooxmltest

import (
	"archive/zip"
	"bytes"
	"io"
	"slices"
	"strings"
	"testing"
)

// TestStored keeps names, order and content, stores every entry without a
// CRC-32, and lets a part's bytes change without a checksum error.
func TestStored(t *testing.T) {
	data, err := Stored(Zip(t, "b.xml", "<b>二</b>", "a.xml", "<a/>"))
	if err != nil {
		t.Fatal(err)
	}
	read := func(data []byte) (names, contents []string) {
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range zr.File {
			if f.Method != zip.Store || f.CRC32 != 0 {
				t.Errorf("%s: method %d, CRC-32 %#x", f.Name, f.Method, f.CRC32)
			}
			rc, _ := f.Open()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatalf("%s: %v", f.Name, err)
			}
			names, contents = append(names, f.Name), append(contents, string(b))
		}
		return names, contents
	}
	names, contents := read(data)
	if !slices.Equal(names, []string{"b.xml", "a.xml"}) || !slices.Equal(contents, []string{"<b>二</b>", "<a/>"}) {
		t.Fatalf("entries %q %q", names, contents)
	}
	_, contents = read(bytes.Replace(data, []byte("<a/>"), []byte("<x/>"), 1))
	if contents[1] != "<x/>" {
		t.Fatalf("changed part reads %q", contents[1])
	}
}

// TestInput writes the patch over a copy of the base, at the offset taken
// modulo the base's length plus one, growing it past its end; past the
// last base the patch is the input.
func TestInput(t *testing.T) {
	bases := [][]byte{[]byte("abcdef")}
	tests := []struct {
		base  uint8
		at    uint16
		patch string
		want  string
	}{
		{0, 0, "", "abcdef"},
		{0, 2, "XY", "abXYef"},
		{0, 5, "XY", "abcdeXY"},
		{0, 6, "XY", "abcdefXY"},
		{0, 7 + 3, "X", "abcXef"},
		{1, 3, "raw", "raw"},
		{0, 0, strings.Repeat("x", MaxPatch+10), strings.Repeat("x", MaxPatch)},
	}
	for _, tt := range tests {
		if got := string(Input(bases, tt.base, tt.at, []byte(tt.patch))); got != tt.want {
			t.Errorf("Input(%d, %d, %q) = %q, want %q", tt.base, tt.at, tt.patch, got, tt.want)
		}
	}
	if string(bases[0]) != "abcdef" {
		t.Fatalf("base changed: %q", bases[0])
	}
}
