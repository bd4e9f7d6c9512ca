package main

import (
	"fmt"
	"go/ast"
	"go/types"
	"strconv"
)

// The generated methods append to b and return it, as strconv's Append
// functions do: the buffer lives in registers through a whole method
// instead of being loaded from and stored back to the encoder around every
// append.
//
// Constant text is never appended on its own when it can go with the
// constant next to it. The JSON of a value begins with a constant prefix
// and ends with a constant suffix where its type allows: a string's
// quotes; a struct's braces and, when its first (last) field is always
// written, that field's key and prefix (suffix). Its body, what lies
// between, is written by appendStrBody or an encTypeBody method, and the
// caller writes prefix and suffix together with the keys, commas and
// brackets around them. A field Span of type Span followed by a field
// Line is written as
//
//	b = append(b, ",\"span\":{\"start\":"...)
//	b = e.encSpanBody(b, &v.Span)
//	b = append(b, "},\"line\":"...)
//
// The generator keeps the constant not yet written (generator.pend) and
// writes it (flush) before any other code, so adjacent constants always
// merge.

// structFunc writes the body method of struct type name: the JSON of *v
// without its prefix and suffix. When the first field is always written,
// the prefix holds "{" and that field's key, and each other field follows
// with a leading comma. Otherwise every field is written with a leading
// comma and openObject turns the first one into the opening brace, so
// omitted fields need no bookkeeping.
func (g *generator) structFunc(name string) error {
	kept, err := g.kept(name)
	if err != nil {
		return err
	}
	t := &ast.Ident{Name: name}
	prefix, err := g.prefix(t)
	if err != nil {
		return err
	}
	suffix, err := g.suffix(t)
	if err != nil {
		return err
	}
	fmt.Fprintf(&g.out, "\n// enc%sBody appends the JSON of *v to b, as encoding/json writes it,\n", name)
	fmt.Fprintf(&g.out, "// without its prefix %s and suffix %s.\n", prefix, suffix)
	fmt.Fprintf(&g.out, "func (e *encoder) enc%sBody(b []byte, v *schema.%s) []byte {\n", name, name)
	opens := prefix != ""
	if !opens {
		g.code("\tstart := len(b)\n")
	}
	for i, f := range kept {
		x := "v." + f.goName
		first, last := i == 0, i == len(kept)-1
		switch {
		case opens && first:
			err = g.body(x, f.typ)
			if err == nil && !last {
				err = g.constantSuffix(f.typ)
			}
		case opens && last && !f.omitempty:
			// The field's suffix ends the struct's.
			g.constant("," + strconv.Quote(f.key) + ":")
			err = g.constantPrefix(f.typ)
			if err == nil {
				err = g.body(x, f.typ)
			}
		default:
			err = g.fieldCode(f)
		}
		if err != nil {
			return fmt.Errorf("%s.%s: %w", name, f.goName, err)
		}
	}
	if !opens {
		g.code("\tb = openObject(b, start)\n")
	}
	g.code("\treturn b\n}\n")
	return nil
}

// kept lists the fields of struct type name that encoding/json writes.
func (g *generator) kept(name string) ([]field, error) {
	fs, err := g.fields(name)
	if err != nil {
		return nil, err
	}
	var kept []field
	for _, f := range fs {
		if !f.skip {
			kept = append(kept, f)
		}
	}
	return kept, nil
}

// prefix returns the constant text that the JSON of every value of type t
// begins with: the quote of a string; for a struct whose first field is
// always written, "{", that field's key and the prefix of its type; else
// nothing (a number; a pointer, slice or map, which may be null; a struct
// whose first field may be left out, whose brace openObject writes).
func (g *generator) prefix(t ast.Expr) (string, error) {
	id, ok := t.(*ast.Ident)
	switch {
	case !ok:
		return "", nil
	case id.Name == "string":
		return `"`, nil
	case g.structs[id.Name] == nil:
		return "", nil
	}
	kept, err := g.kept(id.Name)
	if err != nil || len(kept) == 0 || kept[0].omitempty {
		return "", err
	}
	p, err := g.prefix(kept[0].typ)
	if err != nil {
		return "", err
	}
	return "{" + strconv.Quote(kept[0].key) + ":" + p, nil
}

// suffix returns the constant text that the JSON of every value of type t
// ends with: the quote of a string; for a struct, "}" after the suffix of
// its last field when the struct has a prefix and that field is always
// written; else nothing.
func (g *generator) suffix(t ast.Expr) (string, error) {
	id, ok := t.(*ast.Ident)
	switch {
	case !ok:
		return "", nil
	case id.Name == "string":
		return `"`, nil
	case g.structs[id.Name] == nil:
		return "", nil
	}
	p, err := g.prefix(t)
	if err != nil {
		return "", err
	}
	kept, err := g.kept(id.Name)
	if err != nil || p == "" || kept[len(kept)-1].omitempty {
		return "}", err
	}
	s, err := g.suffix(kept[len(kept)-1].typ)
	if err != nil {
		return "", err
	}
	return s + "}", nil
}

// constantPrefix adds the prefix of type t to the pending constant.
func (g *generator) constantPrefix(t ast.Expr) error {
	p, err := g.prefix(t)
	g.constant(p)
	return err
}

// constantSuffix adds the suffix of type t to the pending constant.
func (g *generator) constantSuffix(t ast.Expr) error {
	s, err := g.suffix(t)
	g.constant(s)
	return err
}

// fieldCode writes the code of one field that follows another: a comma,
// its key and its value; inside a test when omitempty may leave it out.
func (g *generator) fieldCode(f field) error {
	x := "v." + f.goName
	cond := ""
	if f.omitempty {
		c, err := g.emptyTest(x, f.typ)
		if err != nil {
			return err
		}
		cond = c
	}
	if cond != "" {
		g.code("\tif %s {\n", cond)
	}
	g.constant("," + strconv.Quote(f.key) + ":")
	if err := g.value(x, f.typ); err != nil {
		return err
	}
	if cond != "" {
		g.code("\t}\n")
	}
	return nil
}

// emptyTest returns the condition under which an omitempty field is
// written: encoding/json leaves out false, 0, "", nil pointers and empty
// slices and maps, and never leaves out a struct.
func (g *generator) emptyTest(x string, t ast.Expr) (string, error) {
	switch t := t.(type) {
	case *ast.Ident:
		switch {
		case t.Name == "string" || t.Name == decimal:
			return x + ` != ""`, nil
		case t.Name == "int" || t.Name == "int64":
			return x + " != 0", nil
		case t.Name == "bool":
			return x, nil
		case g.structs[t.Name] != nil:
			return "", nil
		}
	case *ast.StarExpr:
		return x + " != nil", nil
	case *ast.ArrayType:
		if t.Len == nil {
			return "len(" + x + ") != 0", nil
		}
	case *ast.MapType:
		return "len(" + x + ") != 0", nil
	}
	return "", fmt.Errorf("type %s is not supported", types.ExprString(t))
}

// value writes the code that appends the JSON of x, an addressable
// expression of type t: prefix, body and suffix.
func (g *generator) value(x string, t ast.Expr) error {
	if err := g.constantPrefix(t); err != nil {
		return err
	}
	if err := g.body(x, t); err != nil {
		return err
	}
	return g.constantSuffix(t)
}

// body writes the code that appends the JSON of x, an addressable
// expression of type t, without the prefix and suffix of t.
func (g *generator) body(x string, t ast.Expr) error {
	switch t := t.(type) {
	case *ast.Ident:
		switch {
		case t.Name == "string":
			g.code("\tb = appendStrBody(b, %s)\n", x)
		case t.Name == "int" || t.Name == "int64":
			g.code("\tb = appendInt(b, int64(%s))\n", x)
		case t.Name == "bool":
			g.code("\tb = appendBool(b, %s)\n", x)
		case t.Name == decimal:
			g.code("\tb = e.decimal(b, %s)\n", x)
		case g.structs[t.Name] != nil:
			g.code("\tb = e.enc%sBody(b, &%s)\n", t.Name, x)
		default:
			return fmt.Errorf("type %s is not supported", t.Name)
		}
		return nil
	case *ast.StarExpr:
		return g.pointer(x, t)
	case *ast.ArrayType:
		if t.Len == nil {
			return g.slice(x, t)
		}
	case *ast.MapType:
		return g.mapping(x, t)
	}
	return fmt.Errorf("type %s is not supported", types.ExprString(t))
}

// pointer writes null for a nil pointer, else the value it points to.
func (g *generator) pointer(x string, t *ast.StarExpr) error {
	g.code("\tif %s == nil {\n", x)
	g.constant("null")
	g.code("\t} else {\n")
	var err error
	if id, ok := t.X.(*ast.Ident); ok && g.structs[id.Name] != nil {
		err = g.pointee(x, id)
	} else {
		err = g.value("(*"+x+")", t.X)
	}
	if err != nil {
		return err
	}
	g.code("\t}\n")
	return nil
}

// pointee writes the code that appends the JSON of *x, x a non-nil
// pointer to struct type t: prefix, body and suffix.
func (g *generator) pointee(x string, t *ast.Ident) error {
	if err := g.constantPrefix(t); err != nil {
		return err
	}
	g.code("\tb = e.enc%sBody(b, %s)\n", t.Name, x)
	return g.constantSuffix(t)
}

// rootFunc writes the method that appends the JSON of a *Report, whole.
func (g *generator) rootFunc() error {
	fmt.Fprintf(&g.out, "\n// enc%s appends the JSON of *v to b, as encoding/json writes it.\n", root)
	fmt.Fprintf(&g.out, "func (e *encoder) enc%s(b []byte, v *schema.%s) []byte {\n", root, root)
	if err := g.pointee("v", &ast.Ident{Name: root}); err != nil {
		return err
	}
	g.code("\treturn b\n}\n")
	return nil
}

// slice writes null for a nil slice, else its elements in an array: each
// element's prefix goes with the bracket or comma before it, its suffix
// with the comma or bracket after it.
func (g *generator) slice(x string, t *ast.ArrayType) error {
	if id, ok := t.Elt.(*ast.Ident); ok && id.Name == "byte" {
		return fmt.Errorf("[]byte is not supported")
	}
	prefix, err := g.prefix(t.Elt)
	if err != nil {
		return err
	}
	suffix, err := g.suffix(t.Elt)
	if err != nil {
		return err
	}
	g.depth++
	defer func() { g.depth-- }()
	s, i := fmt.Sprintf("s%d", g.depth), fmt.Sprintf("i%d", g.depth)
	g.code("\tif %s := %s; %s == nil {\n", s, x, s)
	g.constant("null")
	g.code("\t} else if len(%s) == 0 {\n", s)
	g.constant("[]")
	g.code("\t} else {\n\tfor %s := range %s {\n\tif %s == 0 {\n", i, s, i)
	g.constant("[" + prefix)
	g.code("\t} else {\n")
	g.constant(suffix + "," + prefix)
	g.code("\t}\n")
	if err := g.body(s+"["+i+"]", t.Elt); err != nil {
		return err
	}
	g.code("\t}\n")
	g.constant(suffix + "]")
	g.code("\t}\n")
	return nil
}

// mapping writes null for a nil map, else an object with the keys sorted,
// as encoding/json does; only string keys are supported. The keys of a
// map of up to 8 entries (all of a report's, so far) are sorted in an
// array on the stack, not in a slice allocated for each map.
func (g *generator) mapping(x string, t *ast.MapType) error {
	if id, ok := t.Key.(*ast.Ident); !ok || id.Name != "string" {
		return fmt.Errorf("map key %s is not supported", types.ExprString(t.Key))
	}
	g.depth++
	defer func() { g.depth-- }()
	m, k, mv := fmt.Sprintf("m%d", g.depth), fmt.Sprintf("k%d", g.depth), fmt.Sprintf("v%d", g.depth)
	kb := fmt.Sprintf("keys%d", g.depth) // room for the keys of a small map on the stack
	g.code("\tif %s := %s; %s == nil {\n", m, x, m)
	g.constant("null")
	g.code("\t} else {\n\tvar %s [8]string\n\tstart := len(b)\n", kb)
	g.code("\tfor _, %s := range sortedKeys(%s[:0], %s) {\n\t%s := %s[%s]\n", k, kb, m, mv, m, k)
	g.constant(`,"`)
	g.code("\tb = appendStrBody(b, %s)\n", k)
	g.constant(`":`)
	if err := g.value(mv, t.Value); err != nil {
		return err
	}
	g.code("\t}\n\tb = openObject(b, start)\n")
	g.constant("}")
	g.code("\t}\n")
	return nil
}

// maxConst is the longest constant an append copies inline: the Go
// compiler turns a copy of up to 16 bytes on amd64 into moves, a longer one
// from a constant into a heap buffer into a call of runtime.memmove, which
// costs several times more.
const maxConst = 16

// constant adds s to the constant text to be appended next.
func (g *generator) constant(s string) { g.pend += s }

// code writes the pending constant, then Go code formatted as by
// fmt.Fprintf.
func (g *generator) code(format string, args ...any) {
	g.flush()
	fmt.Fprintf(&g.out, format, args...)
}

// flush writes the code that appends the pending constant to b, in pieces
// of at most maxConst bytes.
func (g *generator) flush() {
	for s := g.pend; len(s) > 0; {
		n := min(len(s), maxConst)
		fmt.Fprintf(&g.out, "\tb = append(b, %s...)\n", strconv.Quote(s[:n]))
		s = s[n:]
	}
	g.pend = ""
}
