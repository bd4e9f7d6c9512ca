package review

import "github.com/jixiao-dev/jixiao/schema"

// pageJSON is the data the page's script reads from its
// <script type="application/json"> element: what the value cards show and
// the warnings they name. Numbers are strings, as written in the report:
// nothing passes through a binary float.
type pageJSON struct {
	Values   []valueJSON   `json:"v"`
	Warnings []warningJSON `json:"w"`
	Failed   [][2]int      `json:"f"` // the spans of the failed checks, underlined from the start
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
	Start           int     `json:"s"`
	End             int     `json:"e"`
}

// warningJSON is a warning's span and message.
type warningJSON struct {
	Start   int    `json:"s"`
	End     int    `json:"e"`
	Code    string `json:"c"`
	Message string `json:"m"`
}

// data gathers the script's data. Spans that do not fit have already been
// reported by the layout.
func (b *builder) data() pageJSON {
	d := pageJSON{Values: make([]valueJSON, len(b.rep.Values)), Warnings: make([]warningJSON, len(b.rep.Warnings))}
	for i, v := range b.rep.Values {
		d.Values[i] = valueJSON{Kind: v.Kind, Line: v.Span.Line, Number: string(v.Number), Unit: v.Unit,
			UnitCanonical: v.UnitCanonical, NumberCanonical: string(v.NumberCanonical), Yuan: string(v.Yuan),
			Op: v.Op, Approx: v.Approx, UnitSource: v.UnitSource, ISO: v.ISO, From: v.From, To: v.To,
			Low: string(v.Low), High: string(v.High), Start: v.Span.Start, End: v.Span.End}
		if v.UnitSpan != nil {
			d.Values[i].UnitSpan = &[2]int{v.UnitSpan.Start, v.UnitSpan.End}
		}
	}
	for i, w := range b.rep.Warnings {
		d.Warnings[i] = warningJSON{Start: w.Span.Start, End: w.Span.End, Code: w.Code, Message: w.Message}
	}
	for _, k := range b.rep.Checks {
		if k.Status == "fail" {
			for _, s := range k.Spans {
				d.Failed = append(d.Failed, spanPair(s))
			}
		}
	}
	return d
}

func spanPair(s schema.Span) [2]int { return [2]int{s.Start, s.End} }
