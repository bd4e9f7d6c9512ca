package schema

// Decimal is an exact decimal number written as its canonical decimal text
// ("1795200", "92.15", "-0.5"). It is encoded as a bare JSON number, never
// through float64, so no digit is lost or invented.
type Decimal string

// MarshalJSON writes the decimal as a JSON number.
func (d Decimal) MarshalJSON() ([]byte, error) {
	if d == "" {
		return []byte("null"), nil
	}
	return []byte(d), nil
}

// UnmarshalJSON reads a JSON number (or null) without converting it.
func (d *Decimal) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = ""
		return nil
	}
	*d = Decimal(b)
	return nil
}

// Value is an amount, percentage, quantity, count, date or period found in
// the text. Raw equals the canonical text at Span.
type Value struct {
	Kind   string  `json:"kind"`
	Raw    string  `json:"raw"`
	Span   Span    `json:"span"`
	Number Decimal `json:"number,omitempty"`
	Unit   string  `json:"unit,omitempty"`
	Yuan   Decimal `json:"yuan,omitempty"`
	ISO    string  `json:"iso,omitempty"`
	From   string  `json:"from,omitempty"`
	To     string  `json:"to,omitempty"`
	Low    Decimal `json:"low,omitempty"`
	High   Decimal `json:"high,omitempty"`
	Op     string  `json:"op,omitempty"`
	Approx bool    `json:"approx,omitempty"`
}
