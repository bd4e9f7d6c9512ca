package main

import (
	"fmt"

	"github.com/jixiao-dev/jixiao/schema"
)

// schemaCmd is the schema command: it prints the JSON Schema (draft
// 2020-12) of the reports extract writes.
func (e *env) schemaCmd(args []string) int {
	fs := e.newFlags("schema", "schema\n\nPrints the JSON Schema (draft 2020-12) of every record extract writes (a\nreport, an error record or a skip record), with every key described in\nEnglish and Chinese.")
	pos, err := parse(fs, args)
	if err != nil || len(pos) > 0 {
		return e.flagStatus(fs, err, pos)
	}
	b, err := schema.JSONSchema()
	if err != nil {
		fmt.Fprintf(e.stderr, "jixiao schema: %v\n", err)
		return exitFail
	}
	if _, err := e.stdout.Write(b); err != nil {
		fmt.Fprintf(e.stderr, "jixiao schema: %v\n", err)
		return exitFail
	}
	return exitOK
}
