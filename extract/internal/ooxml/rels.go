package ooxml

import (
	"path"
	"strings"
)

// Part names of the package itself (ECMA-376 Part 2 §9.3, §10.1.2).
const (
	PartRels  = "_rels/.rels"
	PartTypes = "[content_types].xml"
)

// The namespaces of relationship and content type parts (ECMA-376 Part 2
// §9.3.2, §10.1.2.2), in which their elements are matched.
const (
	pkgRelURL       = "http://schemas.openxmlformats.org/package/2006/relationships"
	contentTypesURL = "http://schemas.openxmlformats.org/package/2006/content-types"
)

// nsPkg is the package's namespaces, for the scanner of its own parts.
const nsPkg = NSFirst

var pkgVocab = Vocab{NS: func(url []byte) NS {
	switch string(url) {
	case pkgRelURL, contentTypesURL:
		return nsPkg
	}
	return NSOther
}}

// relTypeBases are the two spellings of the officeDocument relationship
// types: transitional and Strict OOXML. A type is one of them plus a
// suffix such as "/worksheet".
var relTypeBases = []string{
	"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
	"http://purl.oclc.org/ooxml/officeDocument/relationships",
}

// RelOfficeDocument is the Type of the relationship from the package to
// its main part (ECMA-376 Part 1 §11.3.10, §12.3.23).
const RelOfficeDocument = "/officeDocument"

// Relationship is one relationship of a part (ECMA-376 Part 2 §9.3): its
// Id; its Type with the base of the officeDocument relationship types cut
// ("/officeDocument", "/worksheet"; a type of any other base stays whole);
// and its Target resolved against the folder of the source part (see
// Resolve), its case kept for messages.
type Relationship struct {
	ID, Type, Target string
}

// Relationships reads the relationships of the part source ("" for the
// package) from source's _rels/NAME.rels (ECMA-376 Part 2 §9.3.1), in
// order. External targets (TargetMode="External") are no part of the
// package and are left out. A missing .rels part has none.
func (p *Package) Relationships(source string) ([]Relationship, error) {
	dir, _ := path.Split(source)
	name := RelsName(source)
	data, err := p.Read(name)
	if err != nil || data == nil {
		return nil, err
	}
	var out []Relationship
	s := NewScanner(data, p.lim.MaxDepth, &pkgVocab)
	for s.Next() != TokEOF {
		if s.Kind() != TokStart || !s.Is(nsPkg, "Relationship") {
			continue
		}
		if strings.EqualFold(string(s.Attr(NSNone, "TargetMode")), "External") {
			continue
		}
		typ := string(s.Attr(NSNone, "Type"))
		for _, base := range relTypeBases {
			if rest, ok := strings.CutPrefix(typ, base); ok {
				typ = rest
				break
			}
		}
		out = append(out, Relationship{
			ID:     string(s.Attr(NSNone, "Id")),
			Type:   typ,
			Target: Resolve(dir, string(s.Attr(NSNone, "Target"))),
		})
	}
	if s.Err() != nil {
		return nil, s.Err().InPart(name)
	}
	return out, nil
}

// MainPart returns the target of the package's first officeDocument
// relationship: the name of its main part, or "" when _rels/.rels is
// missing or names none.
func (p *Package) MainPart() (string, error) {
	rels, err := p.Relationships("")
	if err != nil {
		return "", err
	}
	for _, r := range rels {
		if r.Type == RelOfficeDocument {
			return r.Target, nil
		}
	}
	return "", nil
}

// RelsName is the name of the relationships part of source ("" for the
// package).
func RelsName(source string) string {
	dir, file := path.Split(source)
	return dir + "_rels/" + file + ".rels"
}

// Resolve resolves a relationship target against the folder of its source
// part (ECMA-376 Part 2 §9.3.2): "worksheets/sheet2.xml" from "xl/" is
// "xl/worksheets/sheet2.xml", "/xl/styles.xml" is absolute, and ".."
// climbs no higher than the package root. Case is kept; parts are looked
// up in any case.
func Resolve(dir, target string) string {
	if !strings.HasPrefix(target, "/") {
		target = "/" + dir + target
	}
	return strings.TrimPrefix(path.Clean(target), "/")
}

// ContentTypes holds [Content_Types].xml (ECMA-376 Part 2 §10.1.2):
// defaults by extension and overrides by part name, lower-cased.
type ContentTypes struct {
	defaults  map[string]string
	overrides map[string]string
}

// Of returns the content type of the part name, lower-cased and trimmed:
// its Override, else the Default of its extension, else "".
func (c ContentTypes) Of(name string) string {
	name = strings.ToLower(name)
	if t, ok := c.overrides[name]; ok {
		return t
	}
	return c.defaults[strings.TrimPrefix(path.Ext(name), ".")]
}

// ContentTypes reads [Content_Types].xml; a package without one has no
// content types. Of two Default elements of one extension, or two
// Override elements of one part, the later counts (the part is malformed).
func (p *Package) ContentTypes() (ContentTypes, error) {
	c := ContentTypes{defaults: map[string]string{}, overrides: map[string]string{}}
	data, err := p.Read(PartTypes)
	if err != nil || data == nil {
		return c, err
	}
	s := NewScanner(data, p.lim.MaxDepth, &pkgVocab)
	for s.Next() != TokEOF {
		if s.Kind() != TokStart || s.NS() != nsPkg {
			continue
		}
		ct := strings.ToLower(strings.TrimSpace(string(s.Attr(NSNone, "ContentType"))))
		switch string(s.Local()) {
		case "Default":
			c.defaults[strings.ToLower(string(s.Attr(NSNone, "Extension")))] = ct
		case "Override":
			c.overrides[strings.ToLower(Resolve("", string(s.Attr(NSNone, "PartName"))))] = ct
		}
	}
	if s.Err() != nil {
		return c, s.Err().InPart(PartTypes)
	}
	return c, nil
}
