package review

import ()

// docJSON is what the page's script needs to know of the document before
// it draws any of it, the content of the page's
// <script type="application/json" id="review-data"> element: where the
// document's parts start, how high they may be, where the sections,
// annexes and tables are, and how the document is drawn (the parts
// themselves are in an element of their own: see docWriter; and so are the
// value cards, see writeValues, and the panels' data, listsJSON).
type docJSON struct {
	Size     int    `json:"n"`    // the text's length in bytes
	Draw     string `json:"draw"` // how the document is drawn: drawAll, drawIdle or drawView
	Chunk    int    `json:"vc"`   // values per line of the value cards' element
	Parts    []int  `json:"parts"`
	Sections []int  `json:"sp"`
	Annexes  []int  `json:"ap"`
	Tables   []int  `json:"tp"`
	Groups   []int  `json:"gp,omitempty"` // packed: the first part of each line of the document's element
}

// listsJSON is the panels' data, the content of the page's
// <script type="application/json" id="review-lists"> element (packed with
// the document's): the warnings the value cards name, the passed checks,
// and the items of long lists that the page leaves to the script (see
// listed). Numbers of the report are strings, as written: nothing passes
// through a binary float.
type listsJSON struct {
	Warnings []warningJSON `json:"w"`
	Passed   []checkJSON   `json:"p"` // the passed checks, listed when their list is opened
	Open     []checkJSON   `json:"o"` // the failed and warned checks left to the script
	Outline  []outlineJSON `json:"ol"`
	AnnexOut []outlineJSON `json:"al"`
}

// maxPassed is how many passed checks a page lists at most; a report with
// more says how many it leaves out (the JSON output has them all). Passed
// checks are what an auditor reads least, and a long report has tens of
// thousands.
const maxPassed = 2000

// checkJSON is a check: status (empty for passed), rule, message,
// figures, spans (start, end, line) and the text of each span as its link
// shows it.
type checkJSON struct {
	Status   string      `json:"st,omitempty"`
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

// warningJSON is a warning's code and message, and for a warning that the
// page leaves to the script to list (see listed) its link: span, line and
// text.
type warningJSON struct {
	Code    string  `json:"c"`
	Message string  `json:"m"`
	Span    *[2]int `json:"s,omitempty"`
	Line    int     `json:"l,omitempty"`
	Text    string  `json:"t,omitempty"`
}

// valueChunk is how many value cards a line of the value cards' element
// holds: the script parses a line when it first shows one of its values.
const valueChunk = 1000

// lists gathers the panels' data but for the long lists' rest, which
// split adds. Spans that do not fit have already been reported.
func (b *builder) lists(passed []checkView) listsJSON {
	d := listsJSON{Warnings: make([]warningJSON, len(b.rep.Warnings))}
	for i, w := range b.rep.Warnings {
		d.Warnings[i] = warningJSON{Code: w.Code, Message: w.Message}
	}
	passed = passed[:min(len(passed), maxPassed)]
	d.Passed = make([]checkJSON, 0, len(passed))
	for _, v := range passed {
		c := b.checkJSON(v)
		c.Status = ""
		d.Passed = append(d.Passed, c)
	}
	return d
}

// checkJSON is a check as the script lists it.
func (b *builder) checkJSON(v checkView) checkJSON {
	k := b.rep.Checks[v.Position]
	c := checkJSON{Status: v.Status, Rule: v.Rule, Message: v.Message, Position: v.Position,
		Spans: make([][3]int, len(k.Spans)), Texts: make([]string, len(k.Spans))}
	for _, f := range v.Figures {
		c.Figures = append(c.Figures, [2]string{f.Label, f.Value})
	}
	for i, s := range k.Spans {
		c.Spans[i] = [3]int{s.Start, s.End, s.Line}
		c.Texts[i] = snippet(b.text, s, snippetRunes)
	}
	return c
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
