package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// FuzzRead feeds the reader arbitrary packages, seeded with the corpus
// fixtures: it never panics, what it reads keeps every span invariant and a
// canonical text, and what it refuses is a *document.Error.
func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob("../../corpus/*.docx")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add(oleFile("WordDocument"))
	f.Add(docxOf(f, "word/document.xml", docXML(`<w:tbl><w:tr>`+tc(`<w:vMerge w:val="restart"/>`, "a")+`</w:tr><w:tr>`+tc(`<w:vMerge/>`)+`</w:tr></w:tbl>`)))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Read(data, Options{MaxInflated: 16 << 20})
		if err != nil {
			var de *document.Error
			if !errors.As(err, &de) {
				t.Fatalf("error %T is not a *document.Error: %v", err, err)
			}
			return
		}
		if err := doc.Verify(); err != nil {
			t.Fatal(err)
		}
		if document.Canon(doc.Text) != doc.Text {
			t.Fatal("text is not canonical")
		}
	})
}

// FuzzBody fuzzes document.xml itself (the zip layer is not the interesting
// part there), with the same invariants.
func FuzzBody(f *testing.F) {
	f.Add(`<w:p><w:r><w:t>a</w:t></w:r></w:p>`)
	f.Add(`<w:tbl><w:tr>` + tc(`<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>`, "a", "") + `</w:tr><w:tr>` + tc(`<w:gridSpan w:val="2"/><w:vMerge/>`) + `</w:tr></w:tbl>`)
	f.Add(`<w:p><w:r><w:fldChar w:fldCharType="begin"/><w:instrText>PAGE</w:instrText><w:fldChar w:fldCharType="separate"/><w:t>1</w:t><w:fldChar w:fldCharType="end"/></w:r></w:p>`)
	f.Add(`<w:p><w:r><w:pict><w:txbxContent><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:txbxContent></w:pict></w:r></w:p>`)
	f.Fuzz(func(t *testing.T, body string) {
		doc, err := Read(docxOf(t, "word/document.xml", docXML(body)), Options{})
		if err != nil {
			var de *document.Error
			if !errors.As(err, &de) {
				t.Fatalf("error %T is not a *document.Error: %v", err, err)
			}
			return
		}
		if err := doc.Verify(); err != nil {
			t.Fatal(err)
		}
		if document.Canon(doc.Text) != doc.Text {
			t.Fatal("text is not canonical")
		}
	})
}

// tokensScanner lists the tokens of data as the scanner sees them, in the
// notation of tokensXML; adjacent text is merged. It returns an error when
// the scanner refuses the input. The namespace of an end tag is that of its
// start tag (the scanner checked they match).
func tokensScanner(data []byte) ([]string, error) {
	s := newScanner(data, 1<<20)
	var out, open []string
	text := ""
	flush := func() {
		if text != "" {
			out = append(out, "T"+text)
			text = ""
		}
	}
	for {
		switch s.next() {
		case tokEOF:
			flush()
			if s.err != nil {
				return out, s.err
			}
			return out, nil
		case tokStart:
			flush()
			open = append(open, string(s.url()))
			var b strings.Builder
			fmt.Fprintf(&b, "S{%s}%s", s.url(), s.local)
			for a, i, ok := s.attrAt(s.a0); ok; a, i, ok = s.attrAt(i) {
				prefix, local, value := a.parts(s.data)
				if string(prefix) == "xmlns" || (prefix == nil && string(local) == "xmlns") {
					continue
				}
				url, _ := s.resolve(prefix)
				if prefix == nil {
					url = nil
				}
				fmt.Fprintf(&b, " {%s}%s=%q", url, local, s.expand(value, nil))
			}
			out = append(out, b.String())
		case tokEnd:
			flush()
			out = append(out, fmt.Sprintf("E{%s}%s", open[len(open)-1], s.local))
			open = open[:len(open)-1]
		case tokText:
			text += string(s.text())
		}
	}
}

// tokensXML lists the tokens of data as encoding/xml sees them.
func tokensXML(data []byte) ([]string, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	var out []string
	text := ""
	flush := func() {
		if text != "" {
			out = append(out, "T"+text)
			text = ""
		}
	}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			flush()
			return out, nil
		}
		if err != nil {
			return out, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			flush()
			var b strings.Builder
			fmt.Fprintf(&b, "S{%s}%s", tok.Name.Space, tok.Name.Local)
			for _, a := range tok.Attr {
				if a.Name.Space == "xmlns" || (a.Name.Space == "" && a.Name.Local == "xmlns") {
					continue
				}
				fmt.Fprintf(&b, " {%s}%s=%q", a.Name.Space, a.Name.Local, a.Value)
			}
			out = append(out, b.String())
		case xml.EndElement:
			flush()
			out = append(out, fmt.Sprintf("E{%s}%s", tok.Name.Space, tok.Name.Local))
		case xml.CharData:
			text += string(tok)
		}
	}
}

// FuzzScannerVsEncodingXML keeps the scanner honest: on every input that
// encoding/xml reads without error, the scanner reads the same elements
// (namespace URL and local name), attributes and character data. The scanner
// may refuse less (it does not check name characters), never more.
func FuzzScannerVsEncodingXML(f *testing.F) {
	f.Add([]byte(`<w:document xmlns:w="` + wURL + `"><w:body><w:p w:rsidR="00A1"><w:r><w:t xml:space="preserve"> a&amp;b </w:t></w:r></w:p></w:body></w:document>`))
	f.Add([]byte(`<?xml version="1.0"?><!-- c --><a xmlns="u" xmlns:p="v"><p:b p:x='1' y="&#x41;">t<![CDATA[<c>]]>&lt;</p:b><c xmlns="w"/></a>`))
	f.Add([]byte("<a>\r\n<b x=\"1\r\n2\"/></a>"))
	if data, err := os.ReadFile("../../corpus/016_wps.docx"); err == nil {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		want, err := tokensXML(data)
		if err != nil {
			return
		}
		got, serr := tokensScanner(data)
		if serr != nil {
			t.Fatalf("scanner refuses what encoding/xml reads: %v\ninput %q", serr, data)
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("tokens differ on %q\nscanner:      %q\nencoding/xml: %q", data, got, want)
		}
	})
}

// TestScannerMatchesEncodingXMLOnCorpus runs the differential check on every
// XML part of the corpus fixtures.
func TestScannerMatchesEncodingXMLOnCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../corpus/*.docx")
	for _, name := range files {
		data, _ := os.ReadFile(name)
		p, err := openPackage(data, Options{}.withDefaults())
		if err != nil {
			t.Fatal(err)
		}
		for part := range p.files {
			body, err := p.read(part)
			if err != nil {
				t.Fatal(err)
			}
			want, err := tokensXML(body)
			if err != nil {
				t.Fatalf("%s %s: %v", name, part, err)
			}
			got, err := tokensScanner(body)
			if err != nil || strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s %s: scanner differs from encoding/xml (%v)", name, part, err)
			}
		}
	}
}
