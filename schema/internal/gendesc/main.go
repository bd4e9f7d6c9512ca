// Command gendesc writes schema/jsonschema_desc_gen.go: the English and
// Chinese descriptions of every type and field of package schema, read from
// their Go doc comments, for the JSON Schema that `jixiao schema` prints.
//
// Run it through `go generate ./schema`. A doc comment is English first;
// its Chinese part starts at the first line that begins with a Han character,
// or with the documented name followed by a Han character ("Budget 是…"),
// when the line before it ends a sentence (or opens the paragraph). From
// there to the end of the paragraph the lines are Chinese:
//
//	// Weight is the indicator's weight (分值).
//	// Weight 是指标分值。
//
// gives en "Weight is the indicator's weight (分值)." and zh "Weight 是指标分值。".
package main

import (
	"fmt"
	"os"
)

// output is the generated file, relative to the schema directory.
const output = "jsonschema_desc_gen.go"

func main() {
	src, err := Generate(".")
	if err != nil {
		fmt.Fprintln(os.Stderr, "gendesc:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(output, src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gendesc:", err)
		os.Exit(1)
	}
}
