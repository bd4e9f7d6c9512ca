package schema

// Check is one consistency check on the facts of a report.
type Check struct {
	Rule      string  `json:"rule"`
	Status    string  `json:"status"`
	Message   string  `json:"message"`
	Expected  Decimal `json:"expected,omitempty"`
	Actual    Decimal `json:"actual,omitempty"`
	Tolerance Decimal `json:"tolerance,omitempty"`
	Spans     []Span  `json:"spans"`
}
