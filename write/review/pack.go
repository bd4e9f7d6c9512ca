package review

import (
	"compress/gzip"
	"encoding/base64"
	"io"
)

// How the page's script draws a document, by the length of its text.
const (
	// drawAllBytes is the longest text drawn whole at once, before the
	// page is first shown: most reports, so that the browser's find
	// (Ctrl+F) sees the whole document from the start.
	drawAllBytes = 256 << 10
	// packBytes is the longest text whose parts out of view are drawn
	// while the browser is idle. A longer one is drawn only near the view,
	// and its data is packed (packer): the browser's HTML parser costs
	// about as much per byte whatever the bytes are, so a 10 MB report's
	// page is loaded five times faster packed.
	packBytes = 2 << 20
)

// Draw modes, as the page's data names them.
const (
	drawAll  = "all"  // at once
	drawIdle = "idle" // what is in view at once, the rest when the browser is idle
	drawView = "view" // what comes near the view, when it does
)

// drawMode is how a text of n bytes is drawn.
func drawMode(n int) string {
	switch {
	case n <= drawAllBytes:
		return drawAll
	case n <= packBytes:
		return drawIdle
	}
	return drawView
}

// packer packs the content of a data element, or a line of it: what is
// written to it, gzip-compressed (at the fastest level: a 10 MB report's
// data is packed in a fraction of a second, to a sixth of its size or
// less) and coded in base64, whose letters cannot end the element. The
// page's script unpacks it with the browser's DecompressionStream. A
// packer is reused, line after line (the compressor is costly to make).
type packer struct {
	b64 io.WriteCloser
	gz  *gzip.Writer
}

// start starts packing into w.
func (p *packer) start(w io.Writer) {
	p.b64 = base64.NewEncoder(base64.StdEncoding, w)
	if p.gz == nil {
		p.gz, _ = gzip.NewWriterLevel(p.b64, gzip.BestSpeed) // the level is valid
	} else {
		p.gz.Reset(p.b64)
	}
}

func (p *packer) Write(b []byte) (int, error) { return p.gz.Write(b) }

// Close ends what start started.
func (p *packer) Close() error {
	if err := p.gz.Close(); err != nil {
		return err
	}
	return p.b64.Close()
}

// groupBytes is how many bytes of the document's data a packed line holds
// at least (but for the last): the script unpacks a line when it draws one
// of its parts, which takes a millisecond or two for this much.
const groupBytes = 256 << 10

// groups packs the document's data in groups of parts: each Write is the
// line of a part; the lines of consecutive parts, groupBytes of them or
// more, are packed together into one line of the element.
type groups struct {
	w     io.Writer
	p     packer
	buf   []byte
	parts int   // parts written
	first []int // the first part of each group
}

func (g *groups) Write(line []byte) (int, error) {
	if len(g.buf) == 0 {
		g.first = append(g.first, g.parts)
	}
	g.buf = append(g.buf, line...)
	g.parts++
	if len(g.buf) >= groupBytes {
		return len(line), g.flush()
	}
	return len(line), nil
}

// flush packs the group of parts written since the last.
func (g *groups) flush() error {
	if len(g.buf) == 0 {
		return nil
	}
	g.p.start(g.w)
	g.p.Write(g.buf)
	err := g.p.Close()
	if err == nil {
		_, err = g.w.Write([]byte{'\n'})
	}
	g.buf = g.buf[:0]
	return err
}
