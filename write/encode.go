package write

import (
	"bytes"
	"encoding/json"
	"io"
	"sync"

	"github.com/jixiao-dev/jixiao/schema"
)

//go:generate go run ./internal/genenc

// Marshal encodes v deterministically: struct fields in declaration order, map
// keys sorted, no HTML escaping ("≥", "<" stay as written), and a final
// newline. With indent, nesting is shown with two spaces (the golden files'
// form); without, the result is one line (the JSONL form).
//
// The bytes are always those of encoding/json with SetEscapeHTML(false). A
// *schema.Report goes through an encoder generated for the report types
// (encode_gen.go, made by `go generate ./write`), which writes the same
// bytes several times faster; anything else, and a schema.Report whose types no
// longer match the generated code, goes through encoding/json.
func Marshal(v any, indent bool) ([]byte, error) {
	if r, ok := v.(*schema.Report); ok {
		if e := encodeReport(r); e != nil {
			defer putEncoder(e)
			if indent {
				var buf bytes.Buffer
				if err := json.Indent(&buf, e.b, "", "  "); err != nil {
					return nil, err
				}
				return buf.Bytes(), nil
			}
			return bytes.Clone(e.b), nil
		}
	}
	var buf bytes.Buffer
	if err := encodeJSON(&buf, v, indent); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Encode writes Marshal's bytes for v to w, in one Write.
func Encode(w io.Writer, v any, indent bool) error {
	if r, ok := v.(*schema.Report); ok {
		if e := encodeReport(r); e != nil {
			defer putEncoder(e)
			out := e.b
			if indent {
				var buf bytes.Buffer
				if err := json.Indent(&buf, e.b, "", "  "); err != nil {
					return err
				}
				out = buf.Bytes()
			}
			_, err := w.Write(out)
			return err
		}
	}
	return encodeJSON(w, v, indent)
}

// encodeJSON is Encode through encoding/json.
func encodeJSON(w io.Writer, v any, indent bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(v)
}

// encodeReport encodes r compactly, with the final newline, through the
// generated encoder. It returns nil when encoding/json must do it instead:
// r is nil, the generated code is stale, or a schema.Decimal is not a plain JSON
// number (encoding/json then compacts it or fails, and says how). The
// caller gives the encoder back with putEncoder.
func encodeReport(r *schema.Report) *encoder {
	if r == nil || !generatedCurrent() {
		return nil
	}
	e := encoderPool.Get().(*encoder)
	e.bad = false
	e.b = e.encReport(e.b[:0], r)
	if e.bad {
		putEncoder(e)
		return nil
	}
	e.b = append(e.b, '\n')
	return e
}

// encoderPool keeps encoders and their buffers between reports.
var encoderPool = sync.Pool{New: func() any { return &encoder{b: make([]byte, 0, 64<<10)} }}

// maxPooled is the largest buffer kept for reuse, so that one huge report
// does not pin its memory for the rest of a run.
const maxPooled = 4 << 20

// putEncoder returns e to the pool.
func putEncoder(e *encoder) {
	if cap(e.b) <= maxPooled {
		encoderPool.Put(e)
	}
}
