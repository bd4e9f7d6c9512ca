package review

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
)

// The page's data travels in four elements that the browser does not run:
// the document (review-doc, see docWriter), the value cards
// (review-values), the document's meta (review-data, docJSON) and the
// panels' data (review-lists, listsJSON). JSON is written by encoding/json
// or appendString, which escape <, > and & as \u003c, \u003e and \u0026,
// and U+2028 and U+2029 too, and write no line break within a line, so
// that no text of the report can end an element; a packed element (type
// application/gzip, see packer) holds base64 only.

// writeData writes the page's data elements.
func (b *builder) writeData(w *bufio.Writer, data *pageData) error {
	mode := drawMode(len(b.text))
	packed := mode == drawView
	meta := docJSON{Size: len(b.text), Draw: mode, Chunk: valueChunk}
	if err := b.writeDocument(w, &meta, packed); err != nil {
		return err
	}
	if err := b.writeValues(w, packed); err != nil {
		return err
	}
	if err := writeJSON(w, "review-data", &meta, false); err != nil {
		return err
	}
	return writeJSON(w, "review-lists", &data.Lists, packed)
}

// startElement starts a data element.
func startElement(w *bufio.Writer, id string, packed bool, plainType string) {
	typ := plainType
	if packed {
		typ = "application/gzip"
	}
	w.WriteString(`<script type="` + typ + `" id="` + id + `">`)
}

// writeDocument writes the document's element (see docWriter), its parts
// packed in groups of lines when packed (see groups), and fills in meta.
func (b *builder) writeDocument(w *bufio.Writer, meta *docJSON, packed bool) error {
	startElement(w, "review-doc", packed, "application/x-ndjson")
	var out io.Writer = w
	var g *groups
	if packed {
		g = &groups{w: w}
		out = g
	}
	doc := newDocWriter(out, b)
	b.document(doc.block)
	doc.close()
	if doc.err != nil {
		return doc.err
	}
	if g != nil {
		if err := g.flush(); err != nil {
			return err
		}
		meta.Groups = g.first
	}
	m := &doc.meta
	meta.Parts, meta.Sections, meta.Annexes, meta.Tables = m.Parts, m.Sections, m.Annexes, m.Tables
	_, err := w.WriteString("</script>\n")
	return err
}

// writeValues writes the value cards as the lines of the review-values
// element: line K is a JSON array of the cards of values K*valueChunk
// onwards, each line packed on its own when packed, so that the script
// unpacks only the lines of the values it shows.
func (b *builder) writeValues(w *bufio.Writer, packed bool) error {
	startElement(w, "review-values", packed, "application/x-ndjson")
	var line bytes.Buffer
	var p packer
	enc := json.NewEncoder(&line)
	enc.SetEscapeHTML(true)
	chunk := make([]valueJSON, 0, valueChunk)
	for i := range b.rep.Values {
		chunk = append(chunk, b.value(i))
		if len(chunk) < valueChunk && i < len(b.rep.Values)-1 {
			continue
		}
		line.Reset()
		if err := enc.Encode(chunk); err != nil {
			return err
		}
		chunk = chunk[:0]
		if !packed {
			w.Write(line.Bytes())
			continue
		}
		p.start(w)
		p.Write(line.Bytes())
		if err := p.Close(); err != nil {
			return err
		}
		w.WriteByte('\n')
	}
	_, err := w.WriteString("</script>\n")
	return err
}

// writeJSON writes v as the JSON of a data element, packed or not.
func writeJSON(w *bufio.Writer, id string, v any, packed bool) error {
	startElement(w, id, packed, "application/json")
	var out io.Writer = w
	var p packer
	if packed {
		p.start(w)
		out = &p
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(v); err != nil {
		return err
	}
	if packed {
		if err := p.Close(); err != nil {
			return err
		}
	}
	_, err := w.WriteString("</script>\n")
	return err
}
