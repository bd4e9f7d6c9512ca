package ooxml

import (
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/ooxml/ooxmltest"
)

const (
	relsOpen  = `<Relationships xmlns="` + pkgRelURL + `">`
	typesOpen = `<Types xmlns="` + contentTypesURL + `">`
	relBase   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
)

// TestRelationships reads the relationships of the package and of a part:
// in order, external ones left out, types cut of their base, targets
// resolved against the source's folder; elements outside the namespace are
// not relationships.
func TestRelationships(t *testing.T) {
	p, err := Open(ooxmltest.Zip(t,
		"_rels/.rels", relsOpen+
			`<Relationship Id="r2" Type="`+relBase+`/officeDocument" Target="/XL/Workbook.xml"/>`+
			`<Relationship Id="r1" Type="http://example.com/other" Target="docProps/app.xml"/>`+
			`<Relationship Id="r0" Type="`+relBase+`/officeDocument" Target="https://example.com/x" TargetMode="External"/>`+
			`<x:Relationship xmlns:x="urn:not-opc" Id="r9" Type="`+relBase+`/officeDocument" Target="nowhere.xml"/></Relationships>`,
		"xl/_rels/workbook.xml.rels", relsOpen+
			`<Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="worksheets/sheet2.xml"/>`+
			`<Relationship Id="rId2" Type="`+relBase+`/styles" Target="../xl/./styles.xml"/>`+
			`<Relationship Id="rId3" Type="`+relBase+`/styles" Target="../../../etc/passwd"/></Relationships>`,
		"XL/Workbook.xml", "<workbook/>"), testLimits, "")
	if err != nil {
		t.Fatal(err)
	}
	defer p.Release()
	got, err := p.Relationships("")
	if err != nil {
		t.Fatal(err)
	}
	want := []Relationship{{"r2", "/officeDocument", "XL/Workbook.xml"}, {"r1", "http://example.com/other", "docProps/app.xml"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("package relationships %q, want %q", got, want)
	}
	got, err = p.Relationships("xl/workbook.xml")
	if err != nil {
		t.Fatal(err)
	}
	want = []Relationship{{"rId1", "/worksheet", "xl/worksheets/sheet2.xml"}, {"rId2", "/styles", "xl/styles.xml"}, {"rId3", "/styles", "etc/passwd"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("workbook relationships %q, want %q", got, want)
	}
	if main, err := p.MainPart(); main != "XL/Workbook.xml" || err != nil || !p.Has(main) {
		t.Errorf("main part %q %v", main, err)
	}
	if rels, err := p.Relationships("xl/worksheets/sheet2.xml"); rels != nil || err != nil {
		t.Errorf("a part without .rels has %q %v", rels, err)
	}
}

// TestContentTypes gives a part its Override, else its extension's
// Default, in any case, the later of two counting.
func TestContentTypes(t *testing.T) {
	p, err := Open(ooxmltest.Zip(t, "[Content_Types].xml", typesOpen+
		`<Default Extension="XML" ContentType="application/xml"/><Default Extension="rels" ContentType="a"/><Default Extension="rels" ContentType="B"/>`+
		`<Override PartName="/word/document.xml" ContentType=" First "/><Override PartName="/Word/Document.xml" ContentType="Second"/>`+
		`<Override xmlns="urn:other" PartName="/x.xml" ContentType="none"/></Types>`), testLimits, "")
	if err != nil {
		t.Fatal(err)
	}
	ct, err := p.ContentTypes()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"word/document.xml": "second", "WORD/document.xml": "second", "x.xml": "application/xml",
		"_rels/.rels": "b", "a.bin": "", "noext": ""} {
		if got := ct.Of(name); got != want {
			t.Errorf("Of(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestPackageErrors refuses a damaged archive, too many entries, a part
// past MaxPart or past what is left of MaxInflated, and malformed package
// parts, each with its kind, part and message.
func TestPackageErrors(t *testing.T) {
	two := ooxmltest.Zip(t, "a.xml", strings.Repeat("a", 100), "b.xml", strings.Repeat("b", 100))
	lim := func(inflated, part int64, entries int) Limits {
		return Limits{MaxInflated: inflated, MaxPart: part, MaxEntries: entries, MaxDepth: 8}
	}
	tests := []struct {
		name string
		data []byte
		lim  Limits
		read func(p *Package) error
		kind *document.Kinded
		part string
		msg  string
	}{
		{"damaged", []byte("PK\x03\x04 no more"), testLimits, nil, document.ErrCorrupt, "", "truncated or damaged (zip: not a valid zip file); do this"},
		{"too many entries", two, lim(1000, 1000, 1), nil, document.ErrLimit, "", "2 entries, more than the limit of 1 (Options.MaxEntries)"},
		{"part past MaxPart", two, lim(1000, 99, 10), func(p *Package) error { _, err := p.Read("A.XML"); return err },
			document.ErrLimit, "A.XML", "part inflates to 100 bytes or more, past the limit of 99 bytes (Options.MaxPart 99, Options.MaxInflated 1000)"},
		{"parts past MaxInflated", two, lim(150, 1000, 10), func(p *Package) error {
			if _, err := p.Read("a.xml"); err != nil {
				return err
			}
			_, err := p.Read("b.xml")
			return err
		}, document.ErrLimit, "b.xml", "past the limit of 50 bytes"},
		{"malformed .rels", ooxmltest.Zip(t, "_rels/.rels", relsOpen+`<Relationship Id="a">`), testLimits, func(p *Package) error { _, err := p.MainPart(); return err },
			document.ErrXML, "_rels/.rels", "unexpected end of input inside <Relationship>"},
		{"nested too deep", ooxmltest.Zip(t, "[Content_Types].xml", strings.Repeat("<a>", 9)+strings.Repeat("</a>", 9)), lim(1000, 1000, 10),
			func(p *Package) error { _, err := p.ContentTypes(); return err }, document.ErrLimit, "[content_types].xml", "deeper than 8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Open(tt.data, tt.lim, "do this")
			if err == nil {
				defer p.Release()
				err = tt.read(p)
			}
			var de *document.Error
			if !errors.As(err, &de) || !errors.Is(err, tt.kind) || de.Part != tt.part || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("error %v (part %q), want %s in %q saying %q", err, partOf(de), tt.kind.Code, tt.part, tt.msg)
			}
		})
	}
}

func partOf(e *document.Error) string {
	if e == nil {
		return ""
	}
	return e.Part
}

// FuzzPackage opens arbitrary packages (ooxmltest's bases and patches) and
// reads all they hold: never a panic, every refusal a *document.Error, no
// part past MaxPart, no more than MaxInflated in all, and every
// relationship target a part name inside the package.
func FuzzPackage(f *testing.F) {
	docx, _ := filepath.Glob("../../../corpus/01[5-8]*.docx")
	xlsx, _ := filepath.Glob("../../../corpus/04*.xlsx")
	bases, err := ooxmltest.Bases(append(docx, xlsx...))
	if err != nil {
		f.Fatal(err)
	}
	for i := range bases {
		f.Add(uint8(i), uint16(0), []byte(nil))
	}
	lim := Limits{MaxInflated: 1 << 16, MaxPart: 1 << 15, MaxEntries: 64, MaxDepth: 32}
	f.Fuzz(func(t *testing.T, base uint8, at uint16, patch []byte) {
		p, err := Open(ooxmltest.Input(bases, base, at, patch), lim, "")
		if err != nil {
			checkRefusal(t, err)
			return
		}
		defer p.Release()
		total := 0
		for _, name := range append(p.Names(), "missing.xml") {
			data, err := p.Read(name)
			if err != nil {
				checkRefusal(t, err)
				continue
			}
			if int64(len(data)) > lim.MaxPart {
				t.Fatalf("%s: %d bytes past MaxPart", name, len(data))
			}
			total += len(data)
			rels, err := p.Relationships(strings.TrimSuffix(strings.Replace(name, "_rels/", "", 1), ".rels"))
			for _, r := range rels {
				if strings.HasPrefix(r.Target, "/") || strings.HasPrefix(r.Target, "../") || r.Target == ".." {
					t.Fatalf("%s: target %q outside the package", name, r.Target)
				}
			}
			if err != nil {
				checkRefusal(t, err)
			}
		}
		if int64(total) > lim.MaxInflated {
			t.Fatalf("%d bytes inflated, past MaxInflated", total)
		}
		if _, err := p.ContentTypes(); err != nil {
			checkRefusal(t, err)
		}
	})
}

func checkRefusal(t *testing.T, err error) {
	t.Helper()
	var de *document.Error
	if !errors.As(err, &de) {
		t.Fatalf("error %T is not a *document.Error: %v", err, err)
	}
}
