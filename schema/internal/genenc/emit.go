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
// The constant text a value always begins with, its prefix, is written in
// the same append as the key (or bracket, or comma) before it: the quote
// of a string, and "{" and the first key of a struct whose first field is
// always written, and so on into that field. A field Span of type Span is
// written as
//
//	b = append(b, ",\"span\":{\"start\":"...)
//	b = e.encSpanRest(b, &v.Span)
//
// where encSpanRest writes what follows the prefix; encSpan, used where no
// constant comes before, appends the prefix itself and calls encSpanRest.

// structFunc writes the encoder methods of struct type name. When the
// first field is always written, the object opens with a constant (the
// type's prefix): encName appends it and calls encNameRest, which writes
// the rest of the first field's value and then each other field with a
// leading comma. Otherwise every field is written with a leading comma and
// endObject turns the first one into the opening brace, so omitted fields
// need no bookkeeping.
func (g *generator) structFunc(name string) error {
	kept, err := g.kept(name)
	if err != nil {
		return err
	}
	prefix, err := g.prefix(&ast.Ident{Name: name})
	if err != nil {
		return err
	}
	if prefix == "" {
		fmt.Fprintf(&g.out, "\n// enc%s appends the JSON of *v to b, as encoding/json writes it.\n", name)
		fmt.Fprintf(&g.out, "func (e *encoder) enc%s(b []byte, v *%s) []byte {\n", name, name)
		g.out.WriteString("\tstart := len(b)\n")
		for _, f := range kept {
			if err := g.fieldCode(f); err != nil {
				return fmt.Errorf("%s.%s: %w", name, f.goName, err)
			}
		}
		g.out.WriteString("\treturn endObject(b, start)\n}\n")
		return nil
	}
	fmt.Fprintf(&g.out, "\n// enc%s appends the JSON of *v to b, as encoding/json writes it.\n", name)
	fmt.Fprintf(&g.out, "func (e *encoder) enc%s(b []byte, v *%s) []byte {\n", name, name)
	g.appendConst(prefix)
	fmt.Fprintf(&g.out, "\treturn e.enc%sRest(b, v)\n}\n", name)
	fmt.Fprintf(&g.out, "\n// enc%sRest appends the JSON of *v to b after its prefix %s.\n", name, prefix)
	fmt.Fprintf(&g.out, "func (e *encoder) enc%sRest(b []byte, v *%s) []byte {\n", name, name)
	if err := g.rest("v."+kept[0].goName, kept[0].typ); err != nil {
		return fmt.Errorf("%s.%s: %w", name, kept[0].goName, err)
	}
	for _, f := range kept[1:] {
		if err := g.fieldCode(f); err != nil {
			return fmt.Errorf("%s.%s: %w", name, f.goName, err)
		}
	}
	g.out.WriteString("\treturn append(b, '}')\n}\n")
	return nil
}

// maxConst is the longest constant an append copies inline: the Go
// compiler turns a copy of up to 16 bytes on amd64 into moves, a longer one
// from a constant into a heap buffer into a call of runtime.memmove, which
// costs several times more.
const maxConst = 16

// appendConst writes the code that appends constant s to b, in pieces of
// at most maxConst bytes.
func (g *generator) appendConst(s string) {
	for len(s) > 0 {
		n := min(len(s), maxConst)
		fmt.Fprintf(&g.out, "\tb = append(b, %s...)\n", strconv.Quote(s[:n]))
		s = s[n:]
	}
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
// nothing (a number, or a pointer, slice or map, which may be null).
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

// fieldCode writes the code of one field that follows another: a comma,
// its key and the prefix of its value in one append, then the rest of the
// value; inside a test when omitempty may leave it out.
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
		fmt.Fprintf(&g.out, "\tif %s {\n", cond)
	}
	prefix, err := g.prefix(f.typ)
	if err != nil {
		return err
	}
	g.appendConst("," + strconv.Quote(f.key) + ":" + prefix)
	if err := g.rest(x, f.typ); err != nil {
		return err
	}
	if cond != "" {
		g.out.WriteString("\t}\n")
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
// expression of type t: its prefix, then the rest.
func (g *generator) value(x string, t ast.Expr) error {
	prefix, err := g.prefix(t)
	if err != nil {
		return err
	}
	g.appendConst(prefix)
	return g.rest(x, t)
}

// rest writes the code that appends the JSON of x, an addressable
// expression of type t, after the prefix of t, which is already written.
func (g *generator) rest(x string, t ast.Expr) error {
	switch t := t.(type) {
	case *ast.Ident:
		switch {
		case t.Name == "string":
			fmt.Fprintf(&g.out, "\tb = appendStrRest(b, %s)\n", x)
		case t.Name == "int" || t.Name == "int64":
			fmt.Fprintf(&g.out, "\tb = appendInt(b, int64(%s))\n", x)
		case t.Name == "bool":
			fmt.Fprintf(&g.out, "\tb = appendBool(b, %s)\n", x)
		case t.Name == decimal:
			fmt.Fprintf(&g.out, "\tb = e.decimal(b, %s)\n", x)
		case g.structs[t.Name] != nil:
			prefix, err := g.prefix(t)
			if err != nil {
				return err
			}
			if prefix != "" {
				fmt.Fprintf(&g.out, "\tb = e.enc%sRest(b, &%s)\n", t.Name, x)
			} else {
				fmt.Fprintf(&g.out, "\tb = e.enc%s(b, &%s)\n", t.Name, x)
			}
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

// pointer writes null for a nil pointer, else what it points to.
func (g *generator) pointer(x string, t *ast.StarExpr) error {
	fmt.Fprintf(&g.out, "\tif %s == nil {\n\tb = append(b, \"null\"...)\n\t} else {\n", x)
	if id, ok := t.X.(*ast.Ident); ok && g.structs[id.Name] != nil {
		fmt.Fprintf(&g.out, "\tb = e.enc%s(b, %s)\n", id.Name, x)
	} else if err := g.value("(*"+x+")", t.X); err != nil {
		return err
	}
	g.out.WriteString("\t}\n")
	return nil
}

// slice writes null for a nil slice, else its elements in an array. When
// the elements have a prefix, it goes with the bracket or comma before
// each.
func (g *generator) slice(x string, t *ast.ArrayType) error {
	if id, ok := t.Elt.(*ast.Ident); ok && id.Name == "byte" {
		return fmt.Errorf("[]byte is not supported")
	}
	prefix, err := g.prefix(t.Elt)
	if err != nil {
		return err
	}
	g.depth++
	defer func() { g.depth-- }()
	s, i := fmt.Sprintf("s%d", g.depth), fmt.Sprintf("i%d", g.depth)
	fmt.Fprintf(&g.out, "\tif %s := %s; %s == nil {\n\tb = append(b, \"null\"...)\n", s, x, s)
	if prefix == "" {
		fmt.Fprintf(&g.out, "\t} else {\n\tb = append(b, '[')\n\tfor %s := range %s {\n", i, s)
		fmt.Fprintf(&g.out, "\tif %s > 0 {\n\tb = append(b, ',')\n\t}\n", i)
		if err := g.rest(s+"["+i+"]", t.Elt); err != nil {
			return err
		}
		g.out.WriteString("\t}\n\tb = append(b, ']')\n\t}\n")
		return nil
	}
	fmt.Fprintf(&g.out, "\t} else if len(%s) == 0 {\n\tb = append(b, \"[]\"...)\n\t} else {\n", s)
	fmt.Fprintf(&g.out, "\tfor %s := range %s {\n", i, s)
	fmt.Fprintf(&g.out, "\tif %s == 0 {\n", i)
	g.appendConst("[" + prefix)
	g.out.WriteString("\t} else {\n")
	g.appendConst("," + prefix)
	g.out.WriteString("\t}\n")
	if err := g.rest(s+"["+i+"]", t.Elt); err != nil {
		return err
	}
	g.out.WriteString("\t}\n\tb = append(b, ']')\n\t}\n")
	return nil
}

// mapping writes null for a nil map, else an object with the keys sorted,
// as encoding/json does; only string keys are supported. The comma and a
// key's opening quote go in one append, the colon and the value's prefix
// in another.
func (g *generator) mapping(x string, t *ast.MapType) error {
	if id, ok := t.Key.(*ast.Ident); !ok || id.Name != "string" {
		return fmt.Errorf("map key %s is not supported", types.ExprString(t.Key))
	}
	prefix, err := g.prefix(t.Value)
	if err != nil {
		return err
	}
	g.depth++
	defer func() { g.depth-- }()
	m, k, mv := fmt.Sprintf("m%d", g.depth), fmt.Sprintf("k%d", g.depth), fmt.Sprintf("v%d", g.depth)
	fmt.Fprintf(&g.out, "\tif %s := %s; %s == nil {\n\tb = append(b, \"null\"...)\n\t} else {\n", m, x, m)
	fmt.Fprintf(&g.out, "\tstart := len(b)\n\tfor _, %s := range sortedKeys(%s) {\n", k, m)
	fmt.Fprintf(&g.out, "\t%s := %s[%s]\n\tb = append(b, ',', '\"')\n\tb = appendStrRest(b, %s)\n", mv, m, k, k)
	g.appendConst(":" + prefix)
	if err := g.rest(mv, t.Value); err != nil {
		return err
	}
	g.out.WriteString("\t}\n\tb = endObject(b, start)\n\t}\n")
	return nil
}
