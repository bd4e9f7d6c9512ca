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

// Value is an amount, percentage, quantity, count, duration, date or period
// found in the text. Raw equals the canonical text at Span.
//
// Keys beyond DESIGN.md §4:
//   - unit_canonical: the unit without multiplier in one spelling ("元" for
//     every amount, "平方米" for ㎡, "千米" for 公里); units are respelled,
//     never converted.
//   - unit_source: where the unit was written: "written" (in raw), "column"
//     (the column's header cell), "row" (the row label of the header row
//     above), "title" (the table's title or "单位：" line).
//   - unit_span: the span of the header or title text that gave the unit,
//     when unit_source is not "written".
//   - number_canonical: for quantities, counts and durations, number in
//     unit_canonical ("5万人" → 50000); amounts have yuan instead.
//   - precision: the decimals written in number ("205.30" → 2), omitted
//     when none; number itself is printed without trailing zeros.
type Value struct {
	Kind            string  `json:"kind"`
	Raw             string  `json:"raw"`
	Span            Span    `json:"span"`
	Number          Decimal `json:"number,omitempty"`
	Unit            string  `json:"unit,omitempty"`
	UnitCanonical   string  `json:"unit_canonical,omitempty"`
	UnitSource      string  `json:"unit_source,omitempty"`
	UnitSpan        *Span   `json:"unit_span,omitempty"`
	Yuan            Decimal `json:"yuan,omitempty"`
	NumberCanonical Decimal `json:"number_canonical,omitempty"`
	Precision       int     `json:"precision,omitempty"`
	ISO             string  `json:"iso,omitempty"`
	From            string  `json:"from,omitempty"`
	To              string  `json:"to,omitempty"`
	Low             Decimal `json:"low,omitempty"`
	High            Decimal `json:"high,omitempty"`
	Op              string  `json:"op,omitempty"`
	Approx          bool    `json:"approx,omitempty"`
}
