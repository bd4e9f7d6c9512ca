package schema

import (
	"bytes"
	"encoding/json"
	"io"
)

// Marshal encodes v deterministically: struct fields in declaration order, map
// keys sorted, no HTML escaping ("≥", "<" stay as written), and a final
// newline. With indent, nesting is shown with two spaces (the golden files'
// form); without, the result is one line (the JSONL form).
func Marshal(v any, indent bool) ([]byte, error) {
	var buf bytes.Buffer
	if err := Encode(&buf, v, indent); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Encode writes Marshal's bytes for v to w.
func Encode(w io.Writer, v any, indent bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(v)
}
