package html

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// ReadMHT reads a web archive (MHTML, RFC 2557: a "single file web page" as
// Word and browsers save it, .mht or .mhtml, and often renamed .doc) into
// the common Document model. The archive only wraps a page, so the
// Document's Format is "html", as the schema's list of formats has it. The first text/html part of
// its multipart/related body is the page: its transfer encoding
// (quoted-printable or base64) is undone, its charset parameter is the
// page's declared charset (before any <meta>, and checked against the bytes
// as Read checks a <meta>), and the page is read as Read reads one. Other
// parts (images, styles) are not read. A file that is not a multipart
// message, or has no text/html part, is refused with document.ErrCorrupt.
func ReadMHT(data []byte, opts Options) (*document.Document, error) {
	opts = opts.withDefaults()
	if len(data) > opts.MaxBytes {
		return nil, document.Errorf(document.ErrLimit, -1, "the web archive is %d bytes, over the limit of %d", len(data), opts.MaxBytes)
	}
	page, label, err := htmlPart(data, opts.MaxBytes)
	if err != nil {
		return nil, err
	}
	d := decodeLabel(page, label)
	doc, err := ReadUTF8(d.text, opts)
	if err != nil {
		return nil, err
	}
	doc.Encoding = d.enc
	doc.Warnings = append(d.warnings, doc.Warnings...)
	return doc, nil
}

// htmlPart returns the bytes of the first text/html part of a MIME message
// and its charset label.
func htmlPart(data []byte, max int) ([]byte, string, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(bytes.TrimLeft(data, " \t\r\n")))
	if err != nil {
		return nil, "", document.Errorf(document.ErrCorrupt, -1, "web archive headers: %v", err)
	}
	mediaType, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		return nil, "", document.Errorf(document.ErrCorrupt, -1, "web archive Content-Type: %v", err)
	}
	if mediaType == "text/html" {
		body, err := partBody(msg.Body, msg.Header.Get("Content-Transfer-Encoding"), max)
		return body, params["charset"], err
	}
	if !strings.HasPrefix(mediaType, "multipart/") || params["boundary"] == "" {
		return nil, "", document.Errorf(document.ErrCorrupt, -1, "a web archive of type %q, not multipart/related with a boundary", mediaType)
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		p, err := mr.NextRawPart()
		if errors.Is(err, io.EOF) {
			return nil, "", document.Errorf(document.ErrCorrupt, -1, "the web archive has no text/html part")
		}
		if err != nil {
			return nil, "", document.Errorf(document.ErrCorrupt, -1, "web archive part: %v", err)
		}
		mt, ps, err := mime.ParseMediaType(p.Header.Get("Content-Type"))
		if err != nil || mt != "text/html" {
			continue
		}
		body, err := partBody(p, p.Header.Get("Content-Transfer-Encoding"), max)
		return body, ps["charset"], err
	}
}

// partBody reads a part's body, undoing its transfer encoding, up to max
// bytes.
func partBody(r io.Reader, cte string, max int) ([]byte, error) {
	switch strings.ToLower(strings.TrimSpace(cte)) {
	case "quoted-printable":
		r = quotedprintable.NewReader(r)
	case "base64":
		r = base64.NewDecoder(base64.StdEncoding, &skipSpace{r: r})
	}
	body, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return nil, document.Errorf(document.ErrCorrupt, -1, "web archive page (%s): %v", cte, err)
	}
	if len(body) > max {
		return nil, document.Errorf(document.ErrLimit, -1, "the web archive's page is over the limit of %d bytes", max)
	}
	return body, nil
}

// skipSpace drops the line ends and spaces a base64 body is wrapped with.
type skipSpace struct{ r io.Reader }

func (s *skipSpace) Read(p []byte) (int, error) {
	for {
		n, err := s.r.Read(p)
		k := 0
		for _, b := range p[:n] {
			if b != '\r' && b != '\n' && b != ' ' && b != '\t' {
				p[k] = b
				k++
			}
		}
		if k > 0 || err != nil {
			return k, err
		}
	}
}

// decodeLabel is decode with a charset label from outside the page (a MIME
// header) taking the place of the <meta> one.
func decodeLabel(data []byte, label string) decoded {
	if label == "" || bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) || bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff")) {
		return decode(data)
	}
	return decodeAs(data, label)
}
