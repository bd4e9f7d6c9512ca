package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"path"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// Part names and relationship types (ECMA-376 Part 1 §12.3, Part 2 §9.3).
// Zip item names in an OPC package are compared case-insensitively (Part 2
// §9.1.1.3); they are only ever looked up, never used as file paths.
const (
	partRels  = "_rels/.rels"
	partTypes = "[content_types].xml"

	relOfficeDocument = "/officeDocument"
	relWorksheet      = "/worksheet"
	relSharedStrings  = "/sharedStrings"
	relStyles         = "/styles"
	relChartsheet     = "/chartsheet"
	relDialogsheet    = "/dialogsheet"
	relMacrosheet     = "/xlMacrosheet"
)

// relTypeBases are the two spellings of the officeDocument relationship
// types: transitional and Strict OOXML. A type is one of them plus a
// suffix such as "/worksheet".
var relTypeBases = []string{
	"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
	"http://purl.oclc.org/ooxml/officeDocument/relationships",
}

// pkg is an opened workbook package: its entries by lower-cased name and
// what is left of the inflation budget.
type pkg struct {
	files  map[string]*zip.File
	budget int64
	opts   Options
}

// openPackage opens data as a zip under the entry limit.
func openPackage(data []byte, opts Options) (*pkg, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, document.Errorf(document.ErrCorrupt, -1,
			"the zip archive is truncated or damaged (%v); open the workbook in Excel or WPS and save it again", err)
	}
	if len(zr.File) > opts.MaxEntries {
		return nil, document.Errorf(document.ErrLimit, -1,
			"the package has %d entries, more than the limit of %d (Options.MaxEntries)", len(zr.File), opts.MaxEntries)
	}
	p := &pkg{files: make(map[string]*zip.File, len(zr.File)), budget: opts.MaxInflated, opts: opts}
	for _, f := range zr.File {
		name := strings.ToLower(f.Name)
		if _, dup := p.files[name]; !dup { // a duplicate name is malformed; the first wins, as in the directory order
			p.files[name] = f
		}
	}
	return p, nil
}

// has reports whether the package holds the part name (any case).
func (p *pkg) has(name string) bool { _, ok := p.files[strings.ToLower(name)]; return ok }

// read inflates the part name, or returns nil, nil when the package has no
// such part. It refuses a part larger than MaxPart or than what is left of
// MaxInflated before inflating it when the directory says so, and stops
// inflating as soon as the limit is passed when the directory lies.
func (p *pkg) read(name string) ([]byte, error) {
	f, ok := p.files[strings.ToLower(name)]
	if !ok {
		return nil, nil
	}
	limit := min(p.opts.MaxPart, p.budget)
	if f.UncompressedSize64 > uint64(limit) {
		return nil, p.limitError(name, int64(f.UncompressedSize64), limit)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, corruptPart(name, err)
	}
	defer rc.Close()
	buf := make([]byte, 0, f.UncompressedSize64+1)
	for {
		if int64(len(buf)) > limit {
			return nil, p.limitError(name, int64(len(buf)), limit)
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := rc.Read(buf[len(buf):min(cap(buf), int(limit)+1)])
		buf = buf[:len(buf)+n]
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, corruptPart(name, err)
		}
	}
	if int64(len(buf)) > limit {
		return nil, p.limitError(name, int64(len(buf)), limit)
	}
	p.budget -= int64(len(buf))
	return buf, nil
}

func (p *pkg) limitError(name string, size, limit int64) error {
	e := document.Errorf(document.ErrLimit, -1,
		"part inflates to %d bytes or more, past the limit of %d bytes (Options.MaxPart %d, Options.MaxInflated %d)",
		size, limit, p.opts.MaxPart, p.opts.MaxInflated)
	e.Part = name
	return e
}

func corruptPart(name string, err error) error {
	e := document.Errorf(document.ErrCorrupt, -1, "cannot inflate the part: %v", err)
	e.Part = name
	return e
}

// rel is one relationship of a part: its id, the type's suffix after the
// officeDocument base ("/worksheet"; the whole type when it has another
// base) and the target resolved to a part name.
type rel struct {
	id, typ, target string
}

// relsOf reads the relationships of the part source ("" for the package),
// from source's _rels/NAME.rels (ECMA-376 Part 2 §9.3.1); external targets
// (TargetMode="External") are left out. A missing .rels part has none.
func (p *pkg) relsOf(source string) ([]rel, error) {
	dir, _ := path.Split(source)
	name := relsName(source)
	data, err := p.read(name)
	if err != nil || data == nil {
		return nil, err
	}
	var out []rel
	s := newScanner(data, p.opts.MaxDepth)
	for s.next() != tokEOF {
		if s.kind != tokStart || !s.is(nsPkg, "Relationship") {
			continue
		}
		if strings.EqualFold(string(s.attrValue(nsNone, "TargetMode")), "External") {
			continue
		}
		typ := string(s.attrValue(nsNone, "Type"))
		for _, base := range relTypeBases {
			if rest, ok := strings.CutPrefix(typ, base); ok {
				typ = rest
				break
			}
		}
		out = append(out, rel{
			id:     string(s.attrValue(nsNone, "Id")),
			typ:    typ,
			target: resolve(dir, string(s.attrValue(nsNone, "Target"))),
		})
	}
	if s.err != nil {
		return nil, scanFailure(name, s.err)
	}
	return out, nil
}

// resolve resolves a relationship target against the folder of its source
// part (ECMA-376 Part 2 §9.3.2): "worksheets/sheet2.xml" from "xl/" is
// "xl/worksheets/sheet2.xml", "/xl/styles.xml" is absolute, and ".."
// climbs no higher than the package root. Case is kept for messages; parts
// are looked up in any case.
func resolve(dir, target string) string {
	if !strings.HasPrefix(target, "/") {
		target = "/" + dir + target
	}
	return strings.TrimPrefix(path.Clean(target), "/")
}

// contentType returns the content type [Content_Types].xml gives the part
// name (ECMA-376 Part 2 §10.1.2.2): its Override, else the Default of its
// extension, else "", lower-cased.
func (p *pkg) contentType(name string) (string, error) {
	data, err := p.read(partTypes)
	if err != nil || data == nil {
		return "", err
	}
	ext := strings.TrimPrefix(path.Ext(name), ".")
	byDefault := ""
	s := newScanner(data, p.opts.MaxDepth)
	for s.next() != tokEOF {
		switch {
		case s.kind != tokStart:
		case s.is(nsPkg, "Override") && strings.EqualFold(resolve("", string(s.attrValue(nsNone, "PartName"))), name):
			return strings.ToLower(strings.TrimSpace(string(s.attrValue(nsNone, "ContentType")))), nil
		case s.is(nsPkg, "Default") && strings.EqualFold(string(s.attrValue(nsNone, "Extension")), ext):
			byDefault = strings.ToLower(strings.TrimSpace(string(s.attrValue(nsNone, "ContentType"))))
		}
	}
	if s.err != nil {
		return "", scanFailure(partTypes, s.err)
	}
	return byDefault, nil
}
