package schema

// Decimal is an exact decimal number written as its canonical decimal text
// ("1795200", "92.15", "-0.5"). It is encoded as a bare JSON number, never
// through float64, so no digit is lost or invented.
//
// Decimal 是精确的十进制数，以规范的十进制文本保存（"1795200"、"92.15"、"-0.5"），
// 编码为 JSON 数字，从不经过 float64，不丢失也不臆造任何数位。
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
//
// Value 是文中找到的金额、百分比、数量、计数、时长、日期或期间。Raw 等于规范文本在 Span 处的内容。
type Value struct {
	// Kind is "amount", "percent", "quantity", "count", "duration", "date" or
	// "period".
	// Kind 是数值类别：金额、百分比、数量、计数、时长、日期或期间。
	Kind string `json:"kind"`
	// Raw is the value as written; it equals the canonical text at Span.
	// Raw 是原文写法，等于规范文本在 Span 处的内容。
	Raw string `json:"raw"`
	// Span is where the value is written.
	// Span 是该数值在原文中的位置。
	Span Span `json:"span"`
	// Number is the number as written, in Unit ("179.52" for 179.52万元).
	// Number 是原文写的数字（单位为 Unit），如 179.52万元 为 179.52。
	Number Decimal `json:"number,omitempty"`
	// Unit is the unit as written ("万元", "%", "亩").
	// Unit 是原文单位，如“万元”“%”“亩”。
	Unit string `json:"unit,omitempty"`
	// UnitCanonical is the unit without multiplier in one spelling ("元" for
	// every amount, "平方米" for ㎡); units are respelled, never converted.
	// UnitCanonical 是去掉倍数后的统一写法单位（金额均为“元”，㎡ 写作“平方米”）；只改写法，不换算。
	UnitCanonical string `json:"unit_canonical,omitempty"`
	// UnitSource says where the unit was written: "written" (in raw),
	// "column" (the column's header cell), "row" (the row label of the
	// header row above) or "title" (the table's title or "单位：" line).
	// UnitSource 说明单位出处："written"（数值本身）、"column"（列标题）、"row"（上方表头行的行名）
	// 或 "title"（表格标题或“单位：”行）。
	UnitSource string `json:"unit_source,omitempty"`
	// UnitSpan is the span of the header or title text that gave the unit,
	// when UnitSource is not "written".
	// UnitSpan 是给出单位的表头或标题文字的位置（UnitSource 不为 "written" 时）。
	UnitSpan *Span `json:"unit_span,omitempty"`
	// Yuan is an amount's exact value in 元 (1795200 for 179.52万元).
	// Yuan 是金额折合成元的精确值（179.52万元 为 1795200）。
	Yuan Decimal `json:"yuan,omitempty"`
	// NumberCanonical is, for quantities, counts and durations, the number in
	// UnitCanonical ("5万人" gives 50000).
	// NumberCanonical 是数量、计数、时长按 UnitCanonical 计的数值（“5万人”为 50000）。
	NumberCanonical Decimal `json:"number_canonical,omitempty"`
	// Precision is the number of decimals written in Number ("205.30" gives
	// 2); absent when none.
	// Precision 是原文数字的小数位数（“205.30”为 2）；无小数时省略。
	Precision int `json:"precision,omitempty"`
	// ISO is a date as YYYY, YYYY-MM or YYYY-MM-DD, by the precision written.
	// ISO 是日期，按原文精度写作 YYYY、YYYY-MM 或 YYYY-MM-DD。
	ISO string `json:"iso,omitempty"`
	// From is the first date of a period, in the form of ISO.
	// From 是期间的起始日期，格式同 ISO。
	From string `json:"from,omitempty"`
	// To is the last date of a period, in the form of ISO.
	// To 是期间的结束日期，格式同 ISO。
	To string `json:"to,omitempty"`
	// Low is the lower bound of a range ("5-10万元"), in 元 for amounts.
	// Low 是区间（如“5-10万元”）的下限，金额以元计。
	Low Decimal `json:"low,omitempty"`
	// High is the upper bound of a range, in 元 for amounts.
	// High 是区间的上限，金额以元计。
	High Decimal `json:"high,omitempty"`
	// Op is the comparison written with the value: ">=" for ≥ or 不低于,
	// "<=", ">", "<" or "=".
	// Op 是数值前写明的比较关系：≥、不低于 为 ">="，以及 "<="、">"、"<"、"="。
	Op string `json:"op,omitempty"`
	// Approx is true when the value is written as approximate (约, 余, 左右).
	// Approx 表示原文为约数（约、余、左右）。
	Approx bool `json:"approx,omitempty"`
}
