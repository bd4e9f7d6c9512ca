package review

import (
	"bufio"
	"encoding/json"
)

// pageJSON is the data the page's script reads from its
// <script type="application/json" id="review-data"> element: the warnings
// the value cards name, the passed checks, and where the document's parts
// start (the parts themselves and the value cards are in elements of their
// own: see docWriter and writeValues). Numbers of the report are strings,
// as written: nothing passes through a binary float.
type pageJSON struct {
	Size     int           `json:"n"`  // the text's length in bytes
	Chunk    int           `json:"vc"` // values per line of the value cards' element
	Parts    []int         `json:"parts"`
	Sections []int         `json:"sp"`
	Annexes  []int         `json:"ap"`
	Tables   []int         `json:"tp"`
	Warnings []warningJSON `json:"w"`
	Passed   []checkJSON   `json:"p"` // the passed checks, listed when their list is opened
}

// maxPassed is how many passed checks a page lists at most; a report with
// more says how many it leaves out (the JSON output has them all). Passed
// checks are what an auditor reads least, and a long report has tens of
// thousands.
const maxPassed = 2000

// checkJSON is a passed check: rule, message, figures, spans (start, end,
// line) and the text of each span as its link shows it.
type checkJSON struct {
	Rule     string      `json:"r"`
	Message  string      `json:"m"`
	Figures  [][2]string `json:"f,omitempty"`
	Spans    [][3]int    `json:"s"`
	Texts    []string    `json:"t"`
	Position int         `json:"i"`
}

// valueJSON is a value as its card shows it; keys are short because a long
// report has a hundred thousand of them.
type valueJSON struct {
	Kind            string  `json:"k"`
	Line            int     `json:"l"`
	Number          string  `json:"n,omitempty"`
	Unit            string  `json:"u,omitempty"`
	UnitCanonical   string  `json:"uc,omitempty"`
	NumberCanonical string  `json:"nc,omitempty"`
	Yuan            string  `json:"y,omitempty"`
	Op              string  `json:"op,omitempty"`
	Approx          bool    `json:"ap,omitempty"`
	UnitSource      string  `json:"us,omitempty"`
	UnitSpan        *[2]int `json:"usp,omitempty"`
	ISO             string  `json:"d,omitempty"`
	From            string  `json:"fr,omitempty"`
	To              string  `json:"to,omitempty"`
	Low             string  `json:"lo,omitempty"`
	High            string  `json:"hi,omitempty"`
	Warnings        []int   `json:"w,omitempty"` // indexes into pageJSON.Warnings
}

// warningJSON is a warning's code and message.
type warningJSON struct {
	Code    string `json:"c"`
	Message string `json:"m"`
}

// valueChunk is how many value cards a line of the value cards' element
// holds: the script parses a line when it first shows one of its values.
const valueChunk = 1000

// data gathers the script's data but for the document's meta, which the
// document's writer adds. Spans that do not fit have already been
// reported by the layout.
func (b *builder) data(passed []checkView) pageJSON {
	d := pageJSON{Size: len(b.text), Chunk: valueChunk, Warnings: make([]warningJSON, len(b.rep.Warnings))}
	for i, w := range b.rep.Warnings {
		d.Warnings[i] = warningJSON{Code: w.Code, Message: w.Message}
	}
	passed = passed[:min(len(passed), maxPassed)]
	d.Passed = make([]checkJSON, 0, len(passed))
	for _, v := range passed {
		k := b.rep.Checks[v.Position]
		c := checkJSON{Rule: v.Rule, Message: v.Message, Position: v.Position,
			Spans: make([][3]int, len(k.Spans)), Texts: make([]string, len(k.Spans))}
		for _, f := range v.Figures {
			c.Figures = append(c.Figures, [2]string{f.Label, f.Value})
		}
		for i, s := range k.Spans {
			c.Spans[i] = [3]int{s.Start, s.End, s.Line}
			c.Texts[i] = snippet(b.text, s, snippetRunes)
		}
		d.Passed = append(d.Passed, c)
	}
	return d
}

// value is the card of value i.
func (b *builder) value(i int) valueJSON {
	v := &b.rep.Values[i]
	c := valueJSON{Kind: v.Kind, Line: v.Span.Line, Number: string(v.Number), Unit: v.Unit,
		UnitCanonical: v.UnitCanonical, NumberCanonical: string(v.NumberCanonical), Yuan: string(v.Yuan),
		Op: v.Op, Approx: v.Approx, UnitSource: v.UnitSource, ISO: v.ISO, From: v.From, To: v.To,
		Low: string(v.Low), High: string(v.High), Warnings: b.warned[i]}
	if v.UnitSpan != nil {
		c.UnitSpan = &[2]int{v.UnitSpan.Start, v.UnitSpan.End}
	}
	return c
}

// writeValues writes the value cards as the lines of a
// <script type="application/x-ndjson" id="review-values"> element: line K
// is a JSON array of the cards of values K*valueChunk onwards. The
// encoder escapes <, >, & and U+2028, U+2029, and writes no line break
// within a line, so that no text of the report can end the element.
func (b *builder) writeValues(w *bufio.Writer) error {
	w.WriteString(`<script type="application/x-ndjson" id="review-values">`)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	chunk := make([]valueJSON, 0, valueChunk)
	for i := range b.rep.Values {
		chunk = append(chunk, b.value(i))
		if len(chunk) == valueChunk || i == len(b.rep.Values)-1 {
			if err := enc.Encode(chunk); err != nil {
				return err
			}
			chunk = chunk[:0]
		}
	}
	_, err := w.WriteString("</script>\n")
	return err
}

// writeData writes the script's data as a JSON script element. The JSON is
// written by encoding/json straight into the page; the encoder escapes <, >
// and & as \u003c, \u003e and \u0026, and U+2028 and U+2029 too, so that no
// text of the report can end the element.
func writeData(w *bufio.Writer, d *pageJSON) error {
	w.WriteString(`<script type="application/json" id="review-data">`)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(d); err != nil {
		return err
	}
	_, err := w.WriteString("</script>\n")
	return err
}
