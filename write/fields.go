package write

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"

	"github.com/jixiao-dev/jixiao/schema"
)

// Kept are the top-level keys of a report that EncodeFields always keeps:
// who wrote the record, which contract it follows and which input it
// describes (what --resume reads back).
var Kept = []string{"producer", "schema_version", "source"}

// ReportKeys lists the top-level keys of a report, in order.
func ReportKeys() []string {
	t := reflect.TypeOf(schema.Report{})
	keys := make([]string, 0, t.NumField())
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" {
			keys = append(keys, name)
		}
	}
	return keys
}

// CheckFields checks that every name is a top-level key of a report.
func CheckFields(names []string) error {
	keys := ReportKeys()
	for _, n := range names {
		if !slices.Contains(keys, n) {
			return fmt.Errorf("%q is not a key of a report (keys: %s)", n, strings.Join(keys, ","))
		}
	}
	return nil
}

// EncodeFields writes a report as Encode does, keeping only the top-level
// keys in keep and those of Kept, in the report's order:
//
//	EncodeFields(w, r, false, []string{"facts", "checks"})
//	{"producer":{…},"schema_version":"1","source":{…},"facts":{…},"checks":[…]}
//
// The report is encoded whole, then its top-level members are copied or
// left out by a scanner that skips over their values (strings, nesting);
// the bytes of each kept member are those of Encode.
func EncodeFields(w io.Writer, r *schema.Report, indent bool, keep []string) error {
	var whole bytes.Buffer
	if err := Encode(&whole, r, false); err != nil {
		return err
	}
	out, err := keepMembers(whole.Bytes(), append(slices.Clone(Kept), keep...))
	if err != nil {
		return err
	}
	if indent {
		var buf bytes.Buffer
		if err := json.Indent(&buf, out, "", "  "); err != nil {
			return err
		}
		out = buf.Bytes()
	}
	_, err = w.Write(out)
	return err
}

// keepMembers copies the compact JSON object b (ending in a newline) with
// only the members whose keys are in keep.
func keepMembers(b []byte, keep []string) ([]byte, error) {
	if len(b) < 2 || b[0] != '{' {
		return nil, fmt.Errorf("write: not a JSON object")
	}
	out := make([]byte, 0, len(b))
	out = append(out, '{')
	i := 1
	for i < len(b) && b[i] != '}' {
		if b[i] == ',' {
			i++
		}
		keyEnd := skipString(b, i)
		if keyEnd < 0 || keyEnd >= len(b) || b[keyEnd] != ':' {
			return nil, fmt.Errorf("write: malformed JSON at byte %d", i)
		}
		key := string(b[i+1 : keyEnd-1]) // report keys need no unescaping
		valEnd := skipValue(b, keyEnd+1)
		if valEnd < 0 {
			return nil, fmt.Errorf("write: malformed JSON at byte %d", keyEnd+1)
		}
		if slices.Contains(keep, key) {
			if len(out) > 1 {
				out = append(out, ',')
			}
			out = append(out, b[i:valEnd]...)
		}
		i = valEnd
	}
	return append(out, "}\n"...), nil
}

// skipString returns the offset just past the JSON string at b[i], or -1.
func skipString(b []byte, i int) int {
	if i >= len(b) || b[i] != '"' {
		return -1
	}
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return -1
}

// skipValue returns the offset just past the compact JSON value at b[i],
// or -1.
func skipValue(b []byte, i int) int {
	depth := 0
	for j := i; j < len(b); j++ {
		switch b[j] {
		case '"':
			k := skipString(b, j)
			if k < 0 {
				return -1
			}
			j = k - 1
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 {
				return j
			}
			depth--
			if depth == 0 {
				return j + 1
			}
		case ',':
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}
