package text

import (
	"context"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// Read decodes a plain-text report and recovers its paragraphs and TAB-dump
// tables. The package comment gives the accepted encodings and the rules of
// the dump format. Read returns a *document.Error wrapping document.ErrEmpty
// when the input holds no text, document.ErrBinary when it is not text, and
// document.ErrLimit when it is larger than opts allows. It is safe to call from
// many goroutines.
func Read(data []byte, opts Options) (*document.Document, error) {
	return ReadContext(context.Background(), data, opts)
}

// ReadContext is Read that stops reading, with the error of
// document.Canceled, once ctx is done.
func ReadContext(ctx context.Context, data []byte, opts Options) (*document.Document, error) {
	if max := opts.maxBytes(); max >= 0 && len(data) > max {
		return nil, document.Errorf(document.ErrLimit, -1, "input of %d bytes is larger than the limit of %d bytes", len(data), max)
	}
	if len(data) == 0 {
		return nil, document.Errorf(document.ErrEmpty, -1, "0 bytes")
	}
	s := newScratch()
	doc, err := read(data, s, document.NewPoll(ctx))
	s.release()
	return doc, err
}

// read is Read on input that is not empty, working in s. The offsets of
// the first "\n" bytes go into the room s.ends has (decode, canonical), and
// lineEnds finds the rest, growing s.ends for the next Read.
func read(data []byte, s *scratch, poll *document.Poll) (*document.Document, error) {
	d, err := decode(data, s.ends[:cap(s.ends)])
	if err != nil {
		return nil, err
	}
	text, newlines := canonical(d)
	if document.IsBlank(text) {
		return nil, document.Errorf(document.ErrEmpty, -1, "%d bytes of %s hold only white space", len(data), d.enc)
	}
	s.ends = lineEnds(text, newlines)
	doc := &document.Document{Text: text, Format: "text", Encoding: d.enc}
	if err := newBuilder(doc, s, poll).build(); err != nil {
		return nil, err
	}
	return doc, nil
}
