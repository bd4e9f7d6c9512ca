package write

import (
	"fmt"
	"reflect"
	"strings"
	"sync"

	"github.com/jixiao-dev/jixiao/schema"
)

// generatedCurrent reports whether the generated encoder was made from the
// types package schema was compiled with. When a field was added or a tag
// changed without `go generate ./write` (or ./schema), it is false and reports go
// through encoding/json: slower, never different. A test fails meanwhile.
var generatedCurrent = sync.OnceValue(func() bool {
	return useGenerated && typeSignature(reflect.TypeFor[schema.Report]()) == encodeSignature
})

// typeSignature describes the shape of struct type t and of every struct
// type of package schema that it reaches (field names, types and tags), in
// the form write/internal/genenc writes from the source: depth first, in
// field order, each type once.
func typeSignature(t reflect.Type) string {
	var b strings.Builder
	seen := map[reflect.Type]bool{}
	var visit func(t reflect.Type)
	visit = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Map || t.Kind() == reflect.Array {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || t.PkgPath() != pkgPath || t.Name() == "" || seen[t] {
			return
		}
		seen[t] = true
		b.WriteString(t.Name() + "{")
		for i := range t.NumField() {
			f := t.Field(i)
			if f.Anonymous {
				b.WriteString("embedded ")
			}
			fmt.Fprintf(&b, "%s %s %q;", f.Name, strings.ReplaceAll(f.Type.String(), "schema.", ""), string(f.Tag))
		}
		b.WriteString("}\n")
		for i := range t.NumField() {
			visit(t.Field(i).Type)
		}
	}
	visit(t)
	return b.String()
}

// pkgPath is the import path of package schema.
var pkgPath = reflect.TypeFor[schema.Report]().PkgPath()
