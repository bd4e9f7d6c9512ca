package text

import "jixiao/extract/document"

// Read decodes a plain-text report and recovers its paragraphs and TAB-dump
// tables. The package comment gives the accepted encodings and the rules of
// the dump format. Read returns a *document.Error wrapping document.ErrEmpty
// when the input holds no text, document.ErrBinary when it is not text, and
// document.ErrLimit when it is larger than opts allows. It is safe to call from
// many goroutines.
func Read(data []byte, opts Options) (*document.Document, error) {
	if max := opts.maxBytes(); max >= 0 && len(data) > max {
		return nil, document.Errorf(document.ErrLimit, -1, "input of %d bytes is larger than the limit of %d bytes", len(data), max)
	}
	if len(data) == 0 {
		return nil, document.Errorf(document.ErrEmpty, -1, "0 bytes")
	}
	d, err := decode(data)
	if err != nil {
		return nil, err
	}
	text := canonical(d)
	if document.IsBlank(text) {
		return nil, document.Errorf(document.ErrEmpty, -1, "%d bytes of %s hold only white space", len(data), d.enc)
	}
	doc := &document.Document{Text: text, Format: "text", Encoding: d.enc}
	b := newBuilder(doc)
	b.build()
	b.release()
	return doc, nil
}
