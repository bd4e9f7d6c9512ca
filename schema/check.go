package schema

// Check is one consistency check on the facts of a report: the arithmetic
// an auditor would do by hand (a sum, a rate, a score, a figure stated
// twice), with its outcome. A rule whose inputs the report does not state
// gives no check at all, never a guessed pass.
// Check 是对报告结构化字段的一项一致性校验：审计人员本需手算的合计、比率、得分或前后两处
// 写明的同一数字，及其结果。报告未写明所需数字的规则不产生校验，绝不推断为通过。
type Check struct {
	// Rule is the rule's id ("narrative.basic_expenditure"); the ids are
	// fixed and listed in the check package's documentation.
	// Rule 是规则编号（如 "narrative.basic_expenditure"），编号固定。
	Rule string `json:"rule"`
	// Status is "pass", "fail" or "warn" (a likely problem that has a
	// legitimate explanation, such as a province's rounding of a score).
	// Status 为 "pass"（通过）、"fail"（不通过）或 "warn"（提示：可能有问题，但存在合理解释，
	// 如各地得分的舍入方式不同）。
	Status string `json:"status"`
	// Message says what was compared, with the figures as written, and the
	// outcome; it says so when a pass relies on the rounding tolerance.
	// Message 说明比较的内容（含原文数字）与结果；依赖舍入容差而通过时会注明。
	Message string `json:"message"`
	// Expected is the figure the rule computes (a sum of parts, a rate),
	// in Unit; absent when the check compares no numbers.
	// Expected 是规则计算出的数值（分项之和、比率），单位见 Unit；不比较数值时省略。
	Expected Decimal `json:"expected,omitempty"`
	// Actual is the figure written in the report, in Unit.
	// Actual 是报告中写明的数值，单位见 Unit。
	Actual Decimal `json:"actual,omitempty"`
	// Tolerance is how far Expected and Actual may be apart because every
	// figure is rounded to its last written decimal: half a unit of that
	// decimal per figure summed (0.01万元 written → 50元 each).
	// Tolerance 是因各数字按最后一位小数舍入而允许的差额：每个加数为其末位的半个单位
	// （写到 0.01万元 → 每个 50元）。
	Tolerance Decimal `json:"tolerance,omitempty"`
	// Unit is what Expected, Actual and Tolerance are in: "元" for amounts,
	// "分" for weights and scores, "百分点" for rates (Expected and Actual
	// in %, Tolerance in percentage points), the canonical unit of a
	// quantity ("户"); absent when the check compares no numbers.
	// Unit 是 Expected、Actual、Tolerance 的单位：金额为 "元"，分值与得分为 "分"，比率为
	// "百分点"（Expected、Actual 以 % 计，Tolerance 以百分点计），数量为其规范单位（如 "户"）；
	// 不比较数值时省略。
	Unit string `json:"unit,omitempty"`
	// Spans are the spans of every figure involved, pass or not, in the
	// order the message names them (the written figure first).
	// Spans 是所涉全部数字在原文中的位置（无论是否通过），顺序与 Message 中出现的顺序一致
	// （写明的数字在前）。
	Spans []Span `json:"spans"`
}
