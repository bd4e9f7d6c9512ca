package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
)

//go:generate go run ./internal/gendesc
//go:generate sh -c "cd ../write && go run ./internal/genenc"

// JSONSchemaID is the $id of the JSON Schema of a report. It names the
// schema_version, so a consumer can tell which contract a schema describes.
const JSONSchemaID = "urn:jixiao:report:schema_version:" + Version

// JSONSchema returns the JSON Schema (draft 2020-12) of a Report, generated
// by reflection from the Go types of this package, indented like the golden
// files. Every property carries its English and Chinese description, read
// from the Go doc comments by `go generate ./schema`.
//
// How the types map: a struct is an object under $defs, named after its Go
// type, with its json keys as properties in declaration order; a key
// without omitempty is required. Decimal is {"type": "number"}; string,
// int and bool are string, integer and boolean. A pointer, slice, map or
// Decimal without omitempty may be null (that is what encoding/json writes
// for nil), one with omitempty is then simply absent. Objects stay open
// (no additionalProperties: false): adding a key is not a breaking change,
// and an output with new keys still validates against an older schema.
//
// Version policy: schema_version is the const Version. A breaking change to
// any type here — a key removed or renamed, a type or meaning changed, a
// key made required — bumps Version, and with it the $id. Adding an
// optional key does not.
//
// The root is one of the three records a run writes (see ErrorRecord): a
// Report, an ErrorRecord or a SkipRecord, each under $defs, so that the
// one schema validates every line of a JSONL output.
func JSONSchema() ([]byte, error) {
	g := &generator{defs: map[string]*jsNode{}}
	root := &jsNode{
		Schema:      "https://json-schema.org/draft/2020-12/schema",
		ID:          JSONSchemaID,
		Title:       "jixiao record (schema_version " + Version + "): a report, an error record or a skip record",
		Description: recordDescription,
	}
	for _, t := range []reflect.Type{reflect.TypeOf(Report{}), reflect.TypeOf(ErrorRecord{}), reflect.TypeOf(SkipRecord{})} {
		if _, err := g.structNode(t); err != nil {
			return nil, err
		}
		root.OneOf = append(root.OneOf, &jsNode{Ref: "#/$defs/" + t.Name()})
	}
	root.Defs = g.defs
	return marshal(root, true)
}

// recordDescription describes the root of the schema.
const recordDescription = "One record per input: a report (schema_version), an error record (error) or a skip record (skipped).\n" +
	"每个输入一条记录：报告（schema_version）、错误记录（error）或跳过记录（skipped）。"

// marshal encodes v as package write does (the schema is written once per
// run, so encoding/json is fast enough): no HTML escaping, a final newline,
// and with indent two spaces per level.
func marshal(v any, indent bool) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// generator builds the schema nodes; defs holds one node per struct type.
type generator struct {
	defs map[string]*jsNode
}

var decimalType = reflect.TypeOf(Decimal(""))

// structNode returns the object schema of struct type t, registering the
// struct types it refers to under defs.
func (g *generator) structNode(t reflect.Type) (*jsNode, error) {
	n := &jsNode{Type: "object", Properties: &jsProps{}}
	n.Description = description(t.Name())
	g.defs[t.Name()] = n // registered first, so a recursive type refers to itself
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, omit, ok := jsonKey(f)
		if !ok {
			continue
		}
		p, err := g.fieldNode(t, f, omit)
		if err != nil {
			return nil, err
		}
		n.Properties.add(name, p)
		if !omit {
			n.Required = append(n.Required, name)
		}
	}
	return n, nil
}

// fieldNode returns the schema of one field, with its description and the
// constants the contract fixes.
func (g *generator) fieldNode(owner reflect.Type, f reflect.StructField, omit bool) (*jsNode, error) {
	p, err := g.typeNode(f.Type, !omit)
	if err != nil {
		return nil, fmt.Errorf("%s.%s: %w", owner.Name(), f.Name, err)
	}
	key := owner.Name() + "." + f.Name
	p.Description = description(key)
	switch key {
	case "Report.SchemaVersion":
		p.Const = Version
	case "Report.Kind":
		p.Enum = []string{"department_overall", "project", "unknown"}
	case "Check.Status":
		p.Enum = []string{"pass", "fail", "warn"}
	case "SkipInfo.Code":
		p.Enum = []string{SkipUnsupported, SkipDebris, SkipNotReport, SkipOutput, SkipSpecial}
	}
	return p, nil
}

// typeNode returns the schema of a value of type t; nullable says whether
// encoding/json may write null for it (a nil pointer, slice or map, or an
// empty Decimal, under a key without omitempty).
func (g *generator) typeNode(t reflect.Type, nullable bool) (*jsNode, error) {
	if t == decimalType {
		return &jsNode{Type: orNull("number", nullable)}, nil
	}
	switch t.Kind() {
	case reflect.String:
		return &jsNode{Type: "string"}, nil
	case reflect.Bool:
		return &jsNode{Type: "boolean"}, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return &jsNode{Type: "integer"}, nil
	case reflect.Struct:
		if _, ok := g.defs[t.Name()]; !ok {
			if _, err := g.structNode(t); err != nil {
				return nil, err
			}
		}
		return &jsNode{Ref: "#/$defs/" + t.Name()}, nil
	case reflect.Pointer:
		elem, err := g.typeNode(t.Elem(), false)
		if err != nil || !nullable {
			return elem, err
		}
		return &jsNode{AnyOf: []*jsNode{elem, {Type: "null"}}}, nil
	case reflect.Slice, reflect.Array:
		elem, err := g.typeNode(t.Elem(), true)
		return &jsNode{Type: orNull("array", nullable && t.Kind() == reflect.Slice), Items: elem}, err
	case reflect.Map:
		if t.Key().Kind() != reflect.String {
			return nil, fmt.Errorf("map key %s is not a string", t.Key())
		}
		elem, err := g.typeNode(t.Elem(), true)
		return &jsNode{Type: orNull("object", nullable), AdditionalProperties: elem}, err
	}
	return nil, fmt.Errorf("type %s has no JSON Schema mapping", t)
}

// orNull returns the JSON Schema type name, or the pair [name, "null"].
func orNull(name string, nullable bool) any {
	if nullable {
		return []string{name, "null"}
	}
	return name
}

// jsonKey returns a field's JSON key and whether it is omitempty; ok is
// false for a field encoding/json skips.
func jsonKey(f reflect.StructField) (name string, omit, ok bool) {
	if !f.IsExported() {
		return "", false, false
	}
	tag := f.Tag.Get("json")
	if tag == "-" {
		return "", false, false
	}
	name, opts, _ := strings.Cut(tag, ",")
	if name == "" {
		name = f.Name
	}
	for _, o := range strings.Split(opts, ",") {
		omit = omit || o == "omitempty" || o == "omitzero"
	}
	return name, omit, true
}

// description joins the English and Chinese descriptions of a type or field.
func description(key string) string {
	en, zh := describe(key)
	switch {
	case en == "":
		return zh
	case zh == "":
		return en
	}
	return en + "\n" + zh
}
