package write

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/jixiao-dev/jixiao/schema"
)

// TestEncodeFields keeps some top-level keys of a report: the others are
// gone, the kept ones are byte for byte those of the whole report.
func TestEncodeFields(t *testing.T) {
	r := smallReport()
	r.Producer = &schema.Producer{Name: "jixiao", Version: "v1"}
	r.Title = `a "quoted" title, with {braces} and [brackets]`
	var whole map[string]json.RawMessage
	b, err := Marshal(r, false)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &whole); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		keep []string
		want []string
	}{
		{"facts and checks", []string{"facts", "checks"}, []string{"producer", "schema_version", "source", "facts", "checks"}},
		{"order is the report's", []string{"checks", "title"}, []string{"producer", "schema_version", "source", "title", "checks"}},
		{"identity only", nil, []string{"producer", "schema_version", "source"}},
		{"the last key", []string{"warnings"}, []string{"producer", "schema_version", "source", "warnings"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, indent := range []bool{false, true} {
				var buf bytes.Buffer
				if err := EncodeFields(&buf, r, indent, tc.keep); err != nil {
					t.Fatal(err)
				}
				if !json.Valid(buf.Bytes()) || buf.Bytes()[buf.Len()-1] != '\n' {
					t.Fatalf("not one JSON value and a newline: %s", buf.Bytes())
				}
				dec := json.NewDecoder(&buf)
				var keys []string
				got := map[string]json.RawMessage{}
				dec.Token()
				for dec.More() {
					k, _ := dec.Token()
					var v json.RawMessage
					dec.Decode(&v)
					keys = append(keys, k.(string))
					got[k.(string)] = v
				}
				if !reflect.DeepEqual(keys, tc.want) {
					t.Errorf("indent %v: keys %q, want %q", indent, keys, tc.want)
				}
				for _, k := range keys {
					var a, b bytes.Buffer
					json.Compact(&a, got[k])
					json.Compact(&b, whole[k])
					if a.String() != b.String() {
						t.Errorf("%s differs: %s against %s", k, a.String(), b.String())
					}
				}
			}
		})
	}
}

// TestCheckFields refuses names that are no key of a report.
func TestCheckFields(t *testing.T) {
	if err := CheckFields([]string{"facts", "checks", "toc"}); err != nil {
		t.Error(err)
	}
	if err := CheckFields([]string{"fact"}); err == nil {
		t.Error("fact accepted")
	}
}
