package review

import (
	"bufio"
	"encoding/json"
)

// pageJSON is the data the page's script reads from its
// <script type="application/json"> element: what the value cards show and
// the warnings they name. Numbers are strings, as written in the report:
// nothing passes through a binary float.
type pageJSON struct {
	Values   []valueJSON   `json:"v"`
	Warnings []warningJSON `json:"w"`
	Failed   [][2]int      `json:"f"` // the spans of the failed checks, underlined from the start
	Passed   []checkJSON   `json:"p"` // the passed checks, listed when their list is opened
}

// maxPassed is how many passed checks a page lists at most; a report with
// more says how many it leaves out (the JSON output has them all). Passed
// checks are what an auditor reads least, and a long report has tens of
// thousands.
const maxPassed = 2000

// checkJSON is a passed check: rule, message, figures and spans
// (start, end, line).
type checkJSON struct {
	Rule     string      `json:"r"`
	Message  string      `json:"m"`
	Figures  [][2]string `json:"f,omitempty"`
	Spans    [][3]int    `json:"s"`
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

// data gathers the script's data. Spans that do not fit have already been
// reported by the layout.
func (b *builder) data(passed []checkView) pageJSON {
	d := pageJSON{Values: make([]valueJSON, len(b.rep.Values)), Warnings: make([]warningJSON, len(b.rep.Warnings))}
	for i, v := range b.rep.Values {
		d.Values[i] = valueJSON{Kind: v.Kind, Line: v.Span.Line, Number: string(v.Number), Unit: v.Unit,
			UnitCanonical: v.UnitCanonical, NumberCanonical: string(v.NumberCanonical), Yuan: string(v.Yuan),
			Op: v.Op, Approx: v.Approx, UnitSource: v.UnitSource, ISO: v.ISO, From: v.From, To: v.To,
			Low: string(v.Low), High: string(v.High), Warnings: b.warned[i]}
		if v.UnitSpan != nil {
			d.Values[i].UnitSpan = &[2]int{v.UnitSpan.Start, v.UnitSpan.End}
		}
	}
	for i, w := range b.rep.Warnings {
		d.Warnings[i] = warningJSON{Code: w.Code, Message: w.Message}
	}
	for _, k := range b.rep.Checks {
		if k.Status == "fail" {
			for _, s := range k.Spans {
				d.Failed = append(d.Failed, [2]int{s.Start, s.End})
			}
		}
	}
	passed = passed[:min(len(passed), maxPassed)]
	d.Passed = make([]checkJSON, 0, len(passed))
	for _, v := range passed {
		k := b.rep.Checks[v.Position]
		c := checkJSON{Rule: v.Rule, Message: v.Message, Position: v.Position, Spans: make([][3]int, len(k.Spans))}
		for _, f := range v.Figures {
			c.Figures = append(c.Figures, [2]string{f.Label, f.Value})
		}
		for i, s := range k.Spans {
			c.Spans[i] = [3]int{s.Start, s.End, s.Line}
		}
		d.Passed = append(d.Passed, c)
	}
	return d
}

// writeData writes the script's data as a JSON script element. The JSON is
// written by encoding/json straight into the page (html/template would
// marshal it and then copy it twice more: a 10 MB report has 10 MB of it);
// the encoder escapes <, > and & as \u003c, \u003e and \u0026, and U+2028
// and U+2029 too, so that no text of the report can end the element.
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
