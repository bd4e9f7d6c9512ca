package html

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// decoded is a page decoded to UTF-8, the name of the encoding it was
// decoded from, and what decoding had to say about it.
type decoded struct {
	text     []byte
	enc      string
	warnings []document.Warning
}

// prescanBytes is how far the <meta> prescan looks (HTML Living Standard
// §13.2.3.2: "the first 1024 bytes").
const prescanBytes = 1024

// decode turns the bytes of a page into UTF-8. The order: a byte order mark
// decides; else the charset a <meta> declares in the first 1024 bytes,
// unless the bytes contradict it; else valid UTF-8 is UTF-8 and anything
// else GB18030. GB2312 and GBK, which GB18030 contains, are decoded as
// GB18030.
func decode(data []byte) decoded {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		return utf8Text(data[3:], "utf-8-bom")
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		return withCodec(data[2:], unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le")
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		return withCodec(data[2:], unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be")
	}
	return decodeAs(data, declared(data[:min(len(data), prescanBytes)]))
}

// decodeAs decodes data, whose charset is declared as label ("" for none),
// believing the declaration only where the bytes do not contradict it.
func decodeAs(data []byte, label string) decoded {
	enc, name := lookup(label)
	switch {
	case enc == nil && utf8.Valid(data):
		return decoded{text: data, enc: "utf-8"}
	case enc == nil:
		return withCodec(data, simplifiedchinese.GB18030, "gb18030")
	case name == "utf-8" && !utf8.Valid(data):
		d := withCodec(data, simplifiedchinese.GB18030, "gb18030")
		if len(d.warnings) > 0 {
			return utf8Text(data, "utf-8") // neither: keep the declared one
		}
		d.warnings = append(d.warnings, mismatch(label, "is not valid UTF-8; decoded as GB18030"))
		return d
	case name == "utf-8":
		return decoded{text: data, enc: "utf-8"}
	case highUTF8(data):
		d := decoded{text: data, enc: "utf-8"}
		d.warnings = append(d.warnings, mismatch(label, "but the page is valid UTF-8; decoded as UTF-8"))
		return d
	}
	return withCodec(data, enc, name)
}

// lookup maps a declared label to its encoding and the name the Document
// gives it; nil for no (or an unknown) label. A UTF-16 label in a <meta>
// means UTF-8 (the bytes could not have been read otherwise).
func lookup(label string) (encoding.Encoding, string) {
	if label == "" {
		return nil, ""
	}
	enc, name := charset.Lookup(label)
	switch name {
	case "":
		return nil, ""
	case "utf-8", "utf-16le", "utf-16be":
		return encoding.Nop, "utf-8"
	case "gbk", "gb18030":
		return simplifiedchinese.GB18030, "gb18030"
	}
	return enc, name
}

// declared returns the charset label a <meta charset> or <meta
// http-equiv="Content-Type" content="…; charset=…"> in head declares, or "".
func declared(head []byte) string {
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, more := z.TagName()
			if string(name) != "meta" {
				continue
			}
			var cs, equiv, content string
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					equiv = strings.ToLower(string(v))
				case "content":
					content = string(v)
				}
			}
			if cs != "" {
				return strings.TrimSpace(cs)
			}
			if equiv == "content-type" {
				if l := contentCharset(content); l != "" {
					return l
				}
			}
		}
	}
}

// contentCharset extracts the charset parameter of a Content-Type value.
func contentCharset(v string) string {
	i := strings.Index(strings.ToLower(v), "charset")
	if i < 0 {
		return ""
	}
	v = strings.TrimLeft(v[i+len("charset"):], " \t")
	if !strings.HasPrefix(v, "=") {
		return ""
	}
	v = strings.Trim(strings.TrimLeft(v[1:], " \t"), `"'`)
	if j := strings.IndexAny(v, " \t;\"'"); j >= 0 {
		v = v[:j]
	}
	return v
}

// highUTF8 reports whether data is valid UTF-8 with non-ASCII characters:
// text in a legacy encoding almost never is.
func highUTF8(data []byte) bool {
	for _, b := range data {
		if b >= 0x80 {
			return utf8.Valid(data)
		}
	}
	return false
}

// withCodec decodes data with enc, reporting replaced bytes.
func withCodec(data []byte, enc encoding.Encoding, name string) decoded {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		out = []byte(strings.ToValidUTF8(string(data), "\uFFFD"))
	}
	d := decoded{text: out, enc: name}
	if n := bytes.Count(out, []byte("\uFFFD")) - bytes.Count(data, []byte("\uFFFD")); n > 0 {
		d.warnings = append(d.warnings, document.Warning{
			Code: "html.undecodable", Span: document.Span{Line: 1},
			Message: itoa(n) + " byte sequences are not " + name + "; written as U+FFFD",
		})
	}
	return d
}

// utf8Text is data read as UTF-8, invalid sequences replaced.
func utf8Text(data []byte, name string) decoded {
	if utf8.Valid(data) {
		return decoded{text: data, enc: name}
	}
	d := decoded{text: []byte(strings.ToValidUTF8(string(data), "\uFFFD")), enc: name}
	d.warnings = append(d.warnings, document.Warning{Code: "html.undecodable", Span: document.Span{Line: 1}, Message: "invalid UTF-8 sequences written as U+FFFD"})
	return d
}

func mismatch(label, what string) document.Warning {
	return document.Warning{Code: "html.charset_mismatch", Span: document.Span{Line: 1}, Message: "the page declares charset " + label + " " + what}
}
