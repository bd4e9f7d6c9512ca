// Command genenc writes schema/encode_gen.go: a JSON encoder specialized
// for the Report type and every struct type it reaches, so that
// schema.Encode need not go through encoding/json's reflection on the hot
// path. The generated code writes exactly the bytes encoding/json writes
// with SetEscapeHTML(false): fields in declaration order under their json
// names, omitempty as encoding/json reads it, nil slices, maps and pointers
// as null, map keys sorted, Decimal as its own JSON number.
//
// Run it through `go generate ./schema`. It reads the Go source of package
// schema (not the compiled package), so it runs even when the generated
// file no longer compiles. It also records the shape of the types it saw
// (field names, types and tags) in a constant; schema compares that with
// the types it was compiled with and falls back to encoding/json when they
// differ, so a stale file can make encoding slower, never different.
package main

import (
	"fmt"
	"os"
)

// output is the generated file, relative to the schema directory.
const output = "encode_gen.go"

func main() {
	src, err := Generate(".")
	if err != nil {
		fmt.Fprintln(os.Stderr, "genenc:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(output, src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "genenc:", err)
		os.Exit(1)
	}
}
