package values

// Kind says what a Value measures. Its text is the JSON "kind".
type Kind string

// The kinds of value.
const (
	Amount       Kind = "amount"        // money: 179.52万元, 壹佰元整, ¥5,000
	Percent      Kind = "percent"       // 92.15%, 百分之五十
	PercentPoint Kind = "percent_point" // 3个百分点
	Quantity     Kind = "quantity"      // 1407.01亩, 3650㎡, 5公里, 10吨
	Count        Kind = "count"         // 8人, 15个, 4户
	Duration     Kind = "duration"      // 3天, 一个月, 近10年
	Date         Kind = "date"          // 2024年10月29日, 2023年度
	Period       Kind = "period"        // 2023.1-2023.12, 2023年1月至12月
)

// UnitSource says where a value's unit was written. Its text is the JSON
// "unit_source".
type UnitSource string

// The places a unit comes from.
const (
	// Written: the unit is part of the value's own text ("179.52万元").
	Written UnitSource = "written"
	// Column: a header cell of the value's column ("实际投资（万元）").
	Column UnitSource = "column"
	// Row: the row-label cell of the header row above ("经费控制情况（万元）").
	Row UnitSource = "row"
	// Title: the table's title or a "单位：万元" line of the table.
	Title UnitSource = "title"
	// Cell: another cell of the value's row (the profile stage's 度量单位
	// column).
	Cell UnitSource = "cell"
)

// Value is one amount, percentage, quantity, count, duration, date or
// period. Start and End are byte offsets (into the string given to Parse, or
// into Document.Text for FromDocument) and Raw is exactly the text there.
type Value struct {
	Kind  Kind
	Raw   string
	Start int
	End   int

	// Number is the number as written, in Unit; its Places are the decimals
	// written. It is invalid for ranges, dates and periods.
	Number Decimal
	// Unit is the unit as written, with any multiplier that is written
	// before it ("万元", "亿元", "万人", "㎡", "%", "个月"). A unit taken from
	// a table header is written as the header writes it.
	Unit string
	// UnitCanonical is the unit without multiplier and in one spelling:
	// "元" for every amount, "平方米" for ㎡/m²/平米, "千米" for 公里/km,
	// "%" for ％, "月" for 个月. Units are respelled, never converted
	// between (亩 stays 亩: 1亩 is not a whole number of 平方米).
	UnitCanonical string
	// UnitSource says where Unit was written; UnitStart and UnitEnd are the
	// byte range of the header or title text that gave it, when it is not
	// Written.
	UnitSource UnitSource
	UnitStart  int
	UnitEnd    int

	// Yuan is an amount's exact value in 元 (179.52万元 → 1795200).
	Yuan Decimal
	// Base is the number in UnitCanonical for quantities, counts and
	// durations (5万人 → 50000); invalid for other kinds.
	Base Decimal
	// Low and High bound a range ("5-10万元", "80%-90%"), in UnitCanonical:
	// yuan for amounts.
	Low  Decimal
	High Decimal
	// Op is a comparator written with the value: ">=", "<=", ">" or "<"
	// (≥, 不低于, 以上 …).
	Op string
	// Approx is set when the value is written as approximate (约, 近, 余, 多,
	// 左右).
	Approx bool

	// ISO is a date as YYYY, YYYY-MM or YYYY-MM-DD; its precision is its
	// length. From and To bound a period in the same form.
	ISO  string
	From string
	To   string
}
