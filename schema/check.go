package schema

// Check is one consistency check on the facts of a report: the arithmetic
// an auditor would do by hand (a sum, a rate, a score, a figure stated
// twice), with its outcome.
//
// Status is "pass", "fail" or "warn". Expected is the figure the rule
// computes (a sum of parts, a rate), Actual the figure written; Tolerance is
// how far apart they may be because the figures are rounded to their last
// written decimal. Unit says what the three are in: "元" for amounts,
// "百分点" for rates (expected and actual in %, the tolerance in percentage
// points), "分" for weights and scores; omitted when the check compares no
// numbers (a missing deviation reason). Spans are those of every figure
// involved, pass or not, in the order the message names them.
type Check struct {
	Rule      string  `json:"rule"`
	Status    string  `json:"status"`
	Message   string  `json:"message"`
	Expected  Decimal `json:"expected,omitempty"`
	Actual    Decimal `json:"actual,omitempty"`
	Tolerance Decimal `json:"tolerance,omitempty"`
	Unit      string  `json:"unit,omitempty"`
	Spans     []Span  `json:"spans"`
}
