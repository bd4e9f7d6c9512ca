package main

import (
	"fmt"
	"go/ast"
	"go/types"
	"strconv"
)

// structFunc writes the encoder method of struct type name, which appends
// to b and returns it, as strconv's Append functions do: the buffer lives
// in registers through the whole method instead of being loaded from and
// stored back to the encoder around every append. When the first field is
// always written, the method opens the object itself ("{" before its key)
// and the rest follow with a leading comma. Otherwise every field is
// written with a leading comma and endObject turns the first one into the
// opening brace, so omitted fields need no bookkeeping.
func (g *generator) structFunc(name string) error {
	fs, err := g.fields(name)
	if err != nil {
		return err
	}
	var kept []field
	for _, f := range fs {
		if !f.skip {
			kept = append(kept, f)
		}
	}
	opens := len(kept) > 0 && !kept[0].omitempty
	fmt.Fprintf(&g.out, "\n// enc%s appends the JSON of *v to b, as encoding/json writes it.\n", name)
	fmt.Fprintf(&g.out, "func (e *encoder) enc%s(b []byte, v *%s) []byte {\n", name, name)
	if !opens {
		g.out.WriteString("\tstart := len(b)\n")
	}
	for i, f := range kept {
		lead := ","
		if opens && i == 0 {
			lead = "{"
		}
		if err := g.fieldCode(f, lead); err != nil {
			return fmt.Errorf("%s.%s: %w", name, f.goName, err)
		}
	}
	if opens {
		g.out.WriteString("\treturn append(b, '}')\n}\n")
	} else {
		g.out.WriteString("\treturn endObject(b, start)\n}\n")
	}
	return nil
}

// fieldCode writes the code of one field: lead ("," or "{"), its key and
// value, inside a test when omitempty may leave it out.
func (g *generator) fieldCode(f field, lead string) error {
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
	key := strconv.Quote(lead + strconv.Quote(f.key) + ":")
	fmt.Fprintf(&g.out, "\tb = append(b, %s...)\n", key)
	if err := g.value(x, f.typ); err != nil {
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
// expression of type t.
func (g *generator) value(x string, t ast.Expr) error {
	switch t := t.(type) {
	case *ast.Ident:
		switch {
		case t.Name == "string":
			fmt.Fprintf(&g.out, "\tb = appendStr(b, %s)\n", x)
		case t.Name == "int" || t.Name == "int64":
			fmt.Fprintf(&g.out, "\tb = appendInt(b, int64(%s))\n", x)
		case t.Name == "bool":
			fmt.Fprintf(&g.out, "\tb = appendBool(b, %s)\n", x)
		case t.Name == decimal:
			fmt.Fprintf(&g.out, "\tb = e.decimal(b, %s)\n", x)
		case g.structs[t.Name] != nil:
			fmt.Fprintf(&g.out, "\tb = e.enc%s(b, &%s)\n", t.Name, x)
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

// slice writes null for a nil slice, else its elements in an array.
func (g *generator) slice(x string, t *ast.ArrayType) error {
	if id, ok := t.Elt.(*ast.Ident); ok && id.Name == "byte" {
		return fmt.Errorf("[]byte is not supported")
	}
	g.depth++
	defer func() { g.depth-- }()
	s, i := fmt.Sprintf("s%d", g.depth), fmt.Sprintf("i%d", g.depth)
	fmt.Fprintf(&g.out, "\tif %s := %s; %s == nil {\n\tb = append(b, \"null\"...)\n\t} else {\n", s, x, s)
	fmt.Fprintf(&g.out, "\tb = append(b, '[')\n\tfor %s := range %s {\n", i, s)
	fmt.Fprintf(&g.out, "\tif %s > 0 {\n\tb = append(b, ',')\n\t}\n", i)
	if err := g.value(s+"["+i+"]", t.Elt); err != nil {
		return err
	}
	g.out.WriteString("\t}\n\tb = append(b, ']')\n\t}\n")
	return nil
}

// mapping writes null for a nil map, else an object with the keys sorted,
// as encoding/json does; only string keys are supported.
func (g *generator) mapping(x string, t *ast.MapType) error {
	if id, ok := t.Key.(*ast.Ident); !ok || id.Name != "string" {
		return fmt.Errorf("map key %s is not supported", types.ExprString(t.Key))
	}
	g.depth++
	defer func() { g.depth-- }()
	m, k, mv := fmt.Sprintf("m%d", g.depth), fmt.Sprintf("k%d", g.depth), fmt.Sprintf("v%d", g.depth)
	fmt.Fprintf(&g.out, "\tif %s := %s; %s == nil {\n\tb = append(b, \"null\"...)\n\t} else {\n", m, x, m)
	fmt.Fprintf(&g.out, "\tstart := len(b)\n\tfor _, %s := range sortedKeys(%s) {\n", k, m)
	fmt.Fprintf(&g.out, "\t%s := %s[%s]\n\tb = append(b, ',')\n\tb = appendStr(b, %s)\n\tb = append(b, ':')\n", mv, m, k, k)
	if err := g.value(mv, t.Value); err != nil {
		return err
	}
	g.out.WriteString("\t}\n\tb = endObject(b, start)\n\t}\n")
	return nil
}
