package ooxml

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testVocab classifies the WordprocessingML namespace as a reader's first,
// and its elements whose local name starts with 'p' as a reader's first
// element (w:p, w:pPr …).
var testVocab = Vocab{
	NS: func(url []byte) NS {
		if string(url) == "http://schemas.openxmlformats.org/wordprocessingml/2006/main" {
			return NSFirst
		}
		return NSOther
	},
	Elem: func(ns NS, local []byte) Elem {
		if ns == NSFirst && len(local) > 0 && local[0] == 'p' {
			return 1
		}
		return ElemOther
	},
}

// testLimits are the limits of the tests: the readers' defaults.
var testLimits = Limits{MaxInflated: 256 << 20, MaxPart: 64 << 20, MaxEntries: 10000, MaxDepth: 256}

// tokensScanner lists the tokens of data as the scanner sees them, in the
// notation of tokensXML; adjacent text is merged. It returns an error when
// the scanner refuses the input. The namespace of an end tag is that of its
// start tag (the scanner checked they match).
func tokensScanner(data []byte) ([]string, error) {
	s := NewScanner(data, 1<<20, &testVocab)
	var out, open []string
	text := ""
	flush := func() {
		if text != "" {
			out = append(out, "T"+text)
			text = ""
		}
	}
	for {
		switch s.Next() {
		case TokEOF:
			flush()
			if s.err != nil {
				return out, s.err
			}
			return out, nil
		case TokStart:
			flush()
			open = append(open, string(s.URL()))
			var b strings.Builder
			fmt.Fprintf(&b, "S{%s}%s", s.URL(), s.local)
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
		case TokEnd:
			flush()
			out = append(out, fmt.Sprintf("E{%s}%s", open[len(open)-1], s.local))
			open = open[:len(open)-1]
		case TokText:
			text += string(s.Text())
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
	f.Add([]byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p w:rsidR="00A1"><w:r><w:t xml:space="preserve"> a&amp;b </w:t></w:r></w:p></w:body></w:document>`))
	f.Add([]byte(`<?xml version="1.0"?><!-- c --><a xmlns="u" xmlns:p="v"><p:b p:x='1' y="&#x41;">t<![CDATA[<c>]]>&lt;</p:b><c xmlns="w"/></a>`))
	f.Add([]byte("<a>\r\n<b x=\"1\r\n2\"/></a>"))
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
// XML part of the corpus's Word documents and workbooks.
func TestScannerMatchesEncodingXMLOnCorpus(t *testing.T) {
	docx, _ := filepath.Glob("../../../corpus/01*.docx")
	xlsx, _ := filepath.Glob("../../../corpus/04*.xlsx")
	files := append(docx, xlsx...)
	if len(files) == 0 {
		t.Fatal("no corpus/*.docx or *.xlsx")
	}
	for _, name := range files {
		data, _ := os.ReadFile(name)
		p, err := Open(data, testLimits, "")
		if err != nil {
			t.Fatal(err)
		}
		for _, part := range p.Names() {
			if !strings.HasSuffix(part, ".xml") && !strings.HasSuffix(part, ".rels") {
				continue
			}
			body, err := p.Read(part)
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
		p.Release()
	}
}
