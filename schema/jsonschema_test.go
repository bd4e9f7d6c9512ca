package schema

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// compileSchema compiles the generated schema with a draft 2020-12
// validator.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	src, err := JSONSchema()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(src))
	if err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource("schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("schema.json")
	if err != nil {
		t.Fatalf("schema does not compile: %v", err)
	}
	return sch
}

// TestGoldenValidates checks every golden report against the schema.
func TestGoldenValidates(t *testing.T) {
	sch := compileSchema(t)
	paths, err := filepath.Glob(filepath.Join("..", "golden", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no golden/*.json")
	}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(f)
		f.Close()
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		if err := sch.Validate(doc); err != nil {
			t.Errorf("%s does not validate:\n%v", p, err)
		}
	}
}

// TestSchemaRejects checks that the schema is not vacuous: reports that
// break the contract fail.
func TestSchemaRejects(t *testing.T) {
	sch := compileSchema(t)
	valid := `{"schema_version":"1","source":{"path":"a","format":"text","sha256":"x","bytes":1},` +
		`"kind":"unknown","title":"","unit":"","sections":[],"annexes":[],"tables":[],` +
		`"values":[{"kind":"amount","raw":"1元","span":{"start":0,"end":4,"line":1},"number":1,"yuan":1}],` +
		`"facts":null,"checks":[],"warnings":[]}`
	prod := `{"producer":{"name":"jixiao","version":"v1.2.0"},`
	errRec := prod + `"source":{"path":"a","format":"","sha256":"","bytes":0},"error":{"code":"corrupt","message":"m"}}`
	skipRec := prod + `"source":{"path":"~$a.docx","format":"lock_file","sha256":"x","bytes":162},"skipped":{"code":"debris","format":"lock_file","reason":"r"}}`
	tests := []struct {
		name string
		doc  string
		ok   bool
	}{
		{"valid minimal report", valid, true},
		{"wrong schema_version", replace(valid, `"schema_version":"1"`, `"schema_version":"2"`), false},
		{"missing required source", replace(valid, `"source":{"path":"a","format":"text","sha256":"x","bytes":1},`, ``), false},
		{"decimal as string", replace(valid, `"yuan":1`, `"yuan":"1"`), false},
		{"unknown kind", replace(valid, `"kind":"unknown"`, `"kind":"novel"`), false},
		{"extra key allowed", replace(valid, `"title":""`, `"title":"","extra":1`), true},
		{"omitempty key absent", replace(valid, `,"number":1,"yuan":1`, ``), true},
		{"null facts allowed", valid, true},
		{"span start not integer", replace(valid, `"start":0`, `"start":0.5`), false},
		{"error record", errRec, true},
		{"error record with position", replace(errRec, `"message":"m"`, `"message":"m","position":{"offset":10,"line":2,"column":3}`), true},
		{"error record without code", replace(errRec, `"code":"corrupt",`, ``), false},
		{"error record without source", replace(errRec, `"source":{"path":"a","format":"","sha256":"","bytes":0},`, ``), false},
		{"skip record", skipRec, true},
		{"skip record without reason", replace(skipRec, `,"reason":"r"`, ``), false},
		{"skip record with an unknown code", replace(skipRec, `"debris"`, `"junk"`), false},
		{"neither report nor record", `{"producer":{"name":"jixiao","version":"v1"},"source":{"path":"a","format":"","sha256":"","bytes":0}}`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(tc.doc)))
			if err != nil {
				t.Fatal(err)
			}
			err = sch.Validate(doc)
			if (err == nil) != tc.ok {
				t.Errorf("valid = %v, want %v (%v)", err == nil, tc.ok, err)
			}
		})
	}
}

// replace replaces old, which must occur, in s.
func replace(s, old, new string) string {
	if !bytes.Contains([]byte(s), []byte(old)) {
		panic("test fixture: " + old + " not found")
	}
	return string(bytes.Replace([]byte(s), []byte(old), []byte(new), 1))
}

// TestSchemaShape compares the schema of a few properties whole: Decimal is
// a number, omitempty keys are not required, nil-able keys may be null.
func TestSchemaShape(t *testing.T) {
	src, err := JSONSchema()
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Defs map[string]struct {
			Properties map[string]map[string]any `json:"properties"`
			Required   []string                  `json:"required"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(src, &doc); err != nil {
		t.Fatal(err)
	}
	check := doc.Defs["Check"]
	strip := func(m map[string]any) map[string]any { delete(m, "description"); return m }
	got := map[string]any{
		"Check.required":  check.Required,
		"Check.expected":  strip(check.Properties["expected"]),
		"Check.spans":     strip(check.Properties["spans"]),
		"Measure.target":  strip(doc.Defs["Indicator"].Properties["target"]),
		"Facts.budget":    strip(doc.Defs["Facts"].Properties["budget"]),
		"Section.level":   strip(doc.Defs["Section"].Properties["level"]),
		"ExpenseRow.vals": strip(doc.Defs["ExpenseRow"].Properties["values"]),
	}
	want := map[string]any{
		"Check.required":  []string{"rule", "status", "message", "spans"},
		"Check.expected":  map[string]any{"type": "number"},
		"Check.spans":     map[string]any{"type": []any{"array", "null"}, "items": map[string]any{"$ref": "#/$defs/Span"}},
		"Measure.target":  map[string]any{"anyOf": []any{map[string]any{"$ref": "#/$defs/Measure"}, map[string]any{"type": "null"}}},
		"Facts.budget":    map[string]any{"$ref": "#/$defs/Budget"},
		"Section.level":   map[string]any{"type": "integer"},
		"ExpenseRow.vals": map[string]any{"type": []any{"object", "null"}, "additionalProperties": map[string]any{"anyOf": []any{map[string]any{"$ref": "#/$defs/Value"}, map[string]any{"type": "null"}}}},
	}
	if !reflect.DeepEqual(got, want) {
		g, _ := json.MarshalIndent(got, "", " ")
		w, _ := json.MarshalIndent(want, "", " ")
		t.Errorf("schema shape:\n got %s\nwant %s", g, w)
	}
}

// TestEveryFieldDescribed checks that every type and field reachable from
// the three records has an English and a Chinese description (a doc comment in both
// languages; run `go generate ./schema` after editing one).
func TestEveryFieldDescribed(t *testing.T) {
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(typ reflect.Type) {
		for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice || typ.Kind() == reflect.Map {
			typ = typ.Elem()
		}
		if typ.Kind() != reflect.Struct || seen[typ] {
			return
		}
		seen[typ] = true
		if en, zh := describe(typ.Name()); en == "" || zh == "" {
			t.Errorf("type %s: en %q, zh %q", typ.Name(), en, zh)
		}
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			if _, _, ok := jsonKey(f); !ok {
				continue
			}
			if en, zh := describe(typ.Name() + "." + f.Name); en == "" || zh == "" {
				t.Errorf("field %s.%s: en %q, zh %q", typ.Name(), f.Name, en, zh)
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeOf(Report{}))
	walk(reflect.TypeOf(ErrorRecord{}))
	walk(reflect.TypeOf(SkipRecord{}))
}

// TestJSONSchemaDeterministic checks that two calls give the same bytes.
func TestJSONSchemaDeterministic(t *testing.T) {
	a, err := JSONSchema()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := JSONSchema()
	if !bytes.Equal(a, b) {
		t.Error("JSONSchema is not deterministic")
	}
}
