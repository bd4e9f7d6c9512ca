// Command genenc writes write/encode_gen.go: a JSON encoder specialized
// for schema.Report and every struct type it reaches, so that write.Encode
// need not go through encoding/json's reflection on the hot path. The
// generated code writes exactly the bytes encoding/json writes with
// SetEscapeHTML(false): fields in declaration order under their json
// names, omitempty as encoding/json reads it, nil slices, maps and pointers
// as null, map keys sorted, Decimal as its own JSON number.
//
// Run it through `go generate ./write` (or `go generate ./schema`, which
// runs it too, so that changing a schema type and regenerating stay one
// step). It reads the Go source of package schema (not the compiled
// package), so it runs even when the generated file no longer compiles. It
// also records the shape of the types it saw (field names, types and tags)
// in a constant; package write compares that with the types it was
// compiled with and falls back to encoding/json when they differ, so a
// stale file can make encoding slower, never different.
//
// Usage (from the write directory, as go generate runs it):
//
//	go run ./internal/genenc [-schema ../schema] [-o encode_gen.go]
package main

import (
	"flag"
	"fmt"
	"os"
)

// output is the generated file, relative to the write directory.
const output = "encode_gen.go"

func main() {
	schemaDir := flag.String("schema", "../schema", "the `directory` of package schema")
	out := flag.String("o", output, "write the encoder to `FILE`")
	flag.Parse()
	src, err := Generate(*schemaDir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genenc:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "genenc:", err)
		os.Exit(1)
	}
}
