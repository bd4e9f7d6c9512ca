package main

import (
	"bytes"
	"go/ast"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGeneratedFileIsCurrent fails when a type of package schema changed
// and the encoder was not regenerated.
func TestGeneratedFileIsCurrent(t *testing.T) {
	want, err := Generate("../../../schema")
	if err != nil {
		t.Fatal(err)
	}
	got, err := readGenerated("../..")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("write/%s is stale: run go generate ./write", output)
	}
}

// TestUnsupported checks that a field the generator cannot encode exactly
// as encoding/json does is refused, naming the field, rather than encoded
// some other way.
func TestUnsupported(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"float", "type Report struct{ X float64 }", "Report.X: type float64 is not supported"},
		{"interface", "type Report struct{ X any }", "Report.X: type any is not supported"},
		{"byte slice", "type Report struct{ X []byte }", "Report.X: []byte is not supported"},
		{"array", "type Report struct{ X [2]int }", "Report.X: type [2]int is not supported"},
		{"int map key", "type Report struct{ X map[int]string }", "Report.X: map key int is not supported"},
		{"embedded", "type Report struct{ Span }\ntype Span struct{}", "Report: embedded field Span is not supported"},
		{"omitzero", "type Report struct{ X int `json:\",omitzero\"` }", `Report.X: json option "omitzero" is not supported`},
		{"string option", "type Report struct{ X int `json:\",string\"` }", `Report.X: json option "string" is not supported`},
		{"other named type", "type Report struct{ X Kind }\ntype Kind string", "Report.X: type Kind is not supported"},
		{"no Report", "type Other struct{}", "no struct type Report"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "a.go"), []byte("package schema\n\n"+tc.src+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Generate(dir)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Generate error = %v, want one containing %q", err, tc.want)
			}
		})
	}
}

// TestPrefixSuffix checks the constant text the generated code writes
// around a value's body: a string's quotes, a struct's braces and, when
// its first (last) field is always written, that field's key and prefix
// (suffix), nested as deep as the fields go.
func TestPrefixSuffix(t *testing.T) {
	src := "package schema\n\n" +
		"type Report struct{ A Inner }\n" +
		"type Inner struct {\n\tX int `json:\"x\"`\n\tY string `json:\"y\"`\n}\n" +
		"type Opt struct {\n\tX int `json:\"x,omitempty\"`\n\tY string `json:\"y\"`\n}\n" +
		"type Nest struct {\n\tI Inner `json:\"i\"`\n\tS string `json:\"-\"`\n\tT Inner `json:\"t\"`\n}\n" +
		"type Last struct {\n\tA int `json:\"a\"`\n\tB string `json:\"b,omitempty\"`\n}\n" +
		"type Ptr struct {\n\tP *Inner `json:\"p\"`\n\tL []Inner `json:\"l\"`\n}\n" +
		"type Empty struct{}\n"
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := load(dir)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ typ, prefix, suffix string }{
		{"string", `"`, `"`},
		{"int", "", ""},
		{"Inner", `{"x":`, `"}`},
		{"Opt", "", "}"},
		{"Nest", `{"i":{"x":`, `"}}`},
		{"Last", `{"a":`, "}"},
		{"Ptr", `{"p":`, "}"},
		{"Empty", "", "}"},
	}
	for _, tc := range tests {
		typ := &ast.Ident{Name: tc.typ}
		p, err := g.prefix(typ)
		if err != nil {
			t.Fatal(err)
		}
		s, err := g.suffix(typ)
		if err != nil {
			t.Fatal(err)
		}
		if p != tc.prefix || s != tc.suffix {
			t.Errorf("%s: prefix %q, suffix %q; want %q, %q", tc.typ, p, s, tc.prefix, tc.suffix)
		}
	}
}
