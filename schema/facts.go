package schema

// Facts are the typed fields of a report of a known kind. A fact the report
// does not state is absent (omitted from the JSON), never zero; a cell that
// is blank or holds a placeholder ("——", "—", "/") gives null.
// Facts 是已识别类型报告的结构化字段。报告未写明的字段省略（不输出），绝不填 0；
// 空白单元格或占位符（"——"、"—"、"/"）输出为 null。
//
// Amounts are Values of kind "amount" (their yuan key is the exact value in
// 元); weights and scores are Decimals (bare JSON numbers). Strings that come
// from the text are Text objects {text, span} so that an auditor can find
// where they are written; short labels inside a row (indicator levels,
// column labels) are plain strings and the row carries the span.
// 金额为 kind 为 "amount" 的 Value（yuan 为精确的元值）；分值与得分为 Decimal（JSON 数字）。
// 取自正文的字符串为 Text 对象 {text, span}，便于审计人员定位原文；行内短标签（指标层级、列名）
// 为普通字符串，其位置由所在行的 span 给出。
type Facts struct {
	// Functions are the items of the 主要职能 section, in order.
	// Functions 是“主要职能”一节的各条职能，按原文顺序。
	Functions []Text `json:"functions,omitempty"`
	// Departments are the internal departments of the unit (机构情况).
	// Departments 是单位的内设机构（机构情况）。
	Departments *Departments `json:"departments,omitempty"`
	// Budget holds the budget figures of the narrative's section 二.
	// Budget 是正文第二部分（一般公共预算支出情况）的预算数字。
	Budget *Budget `json:"budget,omitempty"`
	// Projects are the project-expenditure items of the narrative.
	// Projects 是正文中列出的项目支出条目。
	Projects []Project `json:"projects,omitempty"`
	// BasicData is the basic-data table (整体支出绩效评价基础数据表).
	// BasicData 是整体支出绩效评价基础数据表。
	BasicData *BasicData `json:"basic_data,omitempty"`
	// SelfEvaluation is the self-evaluation scoring table (绩效自评表).
	// SelfEvaluation 是绩效自评表。
	SelfEvaluation *SelfEvaluation `json:"self_evaluation,omitempty"`
	// ProjectEvaluations are further 项目支出绩效自评表 tables of a
	// department report, one per project.
	// ProjectEvaluations 是部门整体报告中附带的项目支出绩效自评表，每个项目一个。
	ProjectEvaluations []SelfEvaluation `json:"project_evaluations,omitempty"`
	// Problems is the text of the section on problems and their causes.
	// Problems 是“存在的问题及原因分析”一节的正文。
	Problems *Text `json:"problems,omitempty"`
	// Improvements is the text of the section on next steps.
	// Improvements 是“下一步改进措施”一节的正文。
	Improvements *Text `json:"improvements,omitempty"`
	// Disclosure is the text of the section on the use and publication of
	// the results.
	// Disclosure 是“自评结果拟应用和公开情况”一节的正文。
	Disclosure *Text `json:"disclosure,omitempty"`
	// Preparer is who filled in the tables, and when.
	// Preparer 是填表人、联系电话与填报日期。
	Preparer *Preparer `json:"preparer,omitempty"`
}

// Text is a string of the report with the span where it is written:
// text equals the canonical text at span.
// Text 是报告中的一段文字及其位置：text 等于规范文本在 span 处的内容。
type Text struct {
	// Text is the string as written, trimmed.
	// Text 是原文文字（去除首尾空白）。
	Text string `json:"text"`
	// Span is where the string is written.
	// Span 是该文字在规范文本中的位置。
	Span Span `json:"span"`
}

// Departments are the internal departments of a unit.
// Departments 是单位的内设机构。
type Departments struct {
	// Count is the number of departments as written ("内设科室3个"); absent
	// when the report does not state it.
	// Count 是原文写明的内设机构数量（如“内设科室3个”）；未写明时省略。
	Count *int `json:"count,omitempty"`
	// CountSpan is where the count is written.
	// CountSpan 是数量在原文中的位置。
	CountSpan *Span `json:"count_span,omitempty"`
	// Names are the departments' names, in order.
	// Names 是各内设机构名称，按原文顺序。
	Names []Text `json:"names,omitempty"`
}

// Budget holds the budget figures a department report states in its
// narrative. Every field is an amount Value.
// Budget 是部门报告正文中写明的预算数字，每项均为金额 Value。
type Budget struct {
	// AnnualBudget is the year's budget (预算资金, 年初预算).
	// AnnualBudget 是年度预算资金（年初预算）。
	AnnualBudget *Value `json:"annual_budget,omitempty"`
	// GeneralPublicIncome is the general-public-budget appropriation received
	// (一般公共预算财政拨款收入).
	// GeneralPublicIncome 是一般公共预算财政拨款收入。
	GeneralPublicIncome *Value `json:"general_public_income,omitempty"`
	// GeneralPublicExpenditure is the general-public-budget appropriation
	// spent (一般公共预算财政拨款支出).
	// GeneralPublicExpenditure 是一般公共预算财政拨款支出。
	GeneralPublicExpenditure *Value `json:"general_public_expenditure,omitempty"`
	// BasicExpenditure is the basic expenditure (基本支出).
	// BasicExpenditure 是基本支出。
	BasicExpenditure *Value `json:"basic_expenditure,omitempty"`
	// Personnel is the personnel expenditure (人员经费).
	// Personnel 是人员经费。
	Personnel *Value `json:"personnel,omitempty"`
	// PublicOperating is the public operating expenditure (公用经费).
	// PublicOperating 是公用经费。
	PublicOperating *Value `json:"public_operating,omitempty"`
	// ProjectExpenditure is the project expenditure (项目支出).
	// ProjectExpenditure 是项目支出。
	ProjectExpenditure *Value `json:"project_expenditure,omitempty"`
}

// Project is one project-expenditure item of the narrative.
// Project 是正文中的一个项目支出条目。
type Project struct {
	// Name is the project's name.
	// Name 是项目名称。
	Name Text `json:"name"`
	// Span covers the whole item.
	// Span 是整个条目在原文中的位置。
	Span Span `json:"span"`
	// Budget is the project's budget, when the item states one.
	// Budget 是条目写明的项目预算。
	Budget *Value `json:"budget,omitempty"`
	// Spent is the amount actually spent (实际支出).
	// Spent 是实际支出金额。
	Spent *Value `json:"spent,omitempty"`
	// Carryover is the balance carried over (结余结转).
	// Carryover 是结余结转金额。
	Carryover *Value `json:"carryover,omitempty"`
}

// BasicData is the basic-data table of a department report.
// BasicData 是部门整体支出绩效评价基础数据表。
type BasicData struct {
	// Staffing is the head-count block (财政供养人员情况).
	// Staffing 是财政供养人员情况。
	Staffing *Staffing `json:"staffing,omitempty"`
	// ExpenseColumns are the column labels of the expense-control block, in
	// table order; they are the keys of every row's values.
	// ExpenseColumns 是经费控制情况各列的列名（按表格顺序），即各行 values 的键。
	ExpenseColumns []string `json:"expense_columns,omitempty"`
	// ActualColumn is the label of the column of actual spending (决算数,
	// 执行数) of the latest year, the figures other parts of the report are
	// compared with; absent when no column is one.
	// ActualColumn 是最近年度实际支出（决算数、执行数）一列的列名，报告其他部分与之比对；无此列时省略。
	ActualColumn string `json:"actual_column,omitempty"`
	// ExpenseControl is the tree of expense-control rows (经费控制情况):
	// 三公经费 and its items, 项目支出, 公用经费 with its 其中 rows,
	// 政府采购金额 and the rows after it.
	// ExpenseControl 是经费控制情况的行树：三公经费及其子项、项目支出、公用经费及“其中”行、
	// 政府采购金额等。
	ExpenseControl []ExpenseRow `json:"expense_control,omitempty"`
	// Buildings are the rows of the building-control block (楼堂馆所控制情况),
	// keyed by its own column labels.
	// Buildings 是楼堂馆所控制情况各行，键为该部分的列名。
	Buildings []ExpenseRow `json:"buildings,omitempty"`
	// Frugality is the text of the 厉行节约保障措施 row.
	// Frugality 是“厉行节约保障措施”一行的内容。
	Frugality *Text `json:"frugality,omitempty"`
}

// Staffing is the head count of a unit.
// Staffing 是单位人员编制与在职情况。
type Staffing struct {
	// Authorized is the authorized head count (编制数).
	// Authorized 是编制数。
	Authorized *Value `json:"authorized,omitempty"`
	// Actual is the actual head count (实际在职人数).
	// Actual 是实际在职人数。
	Actual *Value `json:"actual,omitempty"`
	// ControlRate is the control rate (控制率), a percent.
	// ControlRate 是控制率（百分比）。
	ControlRate *Value `json:"control_rate,omitempty"`
}

// ExpenseRow is one row of a basic-data block: its label, its values by
// column label (null for a blank or "——" cell), and the rows under it
// (numbered items, "其中：" rows).
// ExpenseRow 是基础数据表中的一行：行名、按列名索引的数值（空白或“——”为 null），
// 以及其下属行（编号子项、“其中：”行）。
type ExpenseRow struct {
	// Label is the row's label without its numbering and "其中：" prefix.
	// Label 是行名（去掉编号和“其中：”前缀）。
	Label string `json:"label"`
	// Key says what the row is when the profile knows it: "three_public"
	// (三公经费), "project_expenditure" (项目支出), "public_operating"
	// (公用经费), "basic_expenditure" (基本支出), "personnel" (人员经费),
	// "procurement" (政府采购金额), "basic_budget_adjustment"
	// (部门基本支出预算调整); absent for other rows.
	// Key 说明该行是什么（已知时）：三公经费、项目支出、公用经费、基本支出、人员经费、政府采购金额、
	// 部门基本支出预算调整；其他行省略。
	Key string `json:"key,omitempty"`
	// Marker is the numbering or "其中" prefix of the label as written
	// ("1、", "（2）", "3.", "其中：", "其中"); absent when the label has
	// none. A numbered row is an item of a breakdown of the row above it; a
	// "其中" row (and an unmarked row in its group) is only part of it.
	// Marker 是行名前的编号或“其中”前缀（原文，如“1、”“（2）”“3.”“其中：”）；行名无前缀时省略。
	// 编号行是上级行的分项；“其中”行（及其组内无编号的行）只是上级行的一部分。
	Marker string `json:"marker,omitempty"`
	// Ordinal is the number of a numbered row (2 for "2、" or "（二）");
	// absent for a "其中" row and for a row without a marker.
	// Ordinal 是编号行的序号（“2、”“（二）”为 2）；“其中”行及无前缀的行省略。
	Ordinal int `json:"ordinal,omitempty"`
	// Span is the span of the row.
	// Span 是该行在原文中的位置。
	Span Span `json:"span"`
	// Values maps each column label to the cell's value, null when the cell
	// is blank or a placeholder. A cell that holds text but no value keeps
	// it in Texts.
	// Values 按列名给出各单元格的数值；空白或占位符为 null。有文字但无数值的单元格记在 Texts。
	Values map[string]*Value `json:"values"`
	// Texts maps column labels to cells that hold text that is not a value.
	// Texts 按列名给出含文字但不是数值的单元格。
	Texts map[string]Text `json:"texts,omitempty"`
	// Children are the rows under this one.
	// Children 是下属行。
	Children []ExpenseRow `json:"children,omitempty"`
}

// SelfEvaluation is a self-evaluation scoring table: the annex of a
// department report, or the whole of a project report.
// SelfEvaluation 是绩效自评表：部门报告的附件，或项目支出绩效自评表的全部。
type SelfEvaluation struct {
	// Span covers the table.
	// Span 是整张表在原文中的位置。
	Span Span `json:"span"`
	// Unit is the evaluated unit (部门（单位）名称, 实施单位 of a project).
	// Unit 是被评价单位（部门（单位）名称；项目表为实施单位）。
	Unit *Text `json:"unit,omitempty"`
	// Project is the project's name (项目名称), for project tables.
	// Project 是项目名称（项目表）。
	Project *Text `json:"project,omitempty"`
	// Department is the supervising department (主管部门), for project
	// tables.
	// Department 是主管部门（项目表）。
	Department *Text `json:"department,omitempty"`
	// Funds are the budget and execution figures and their breakdowns.
	// Funds 是预算与执行数及其分类。
	Funds *Funds `json:"funds,omitempty"`
	// Goals are the annual goals: expected and achieved.
	// Goals 是年度总体目标：预期目标与实际完成情况。
	Goals []Goal `json:"goals,omitempty"`
	// Indicators are the performance indicators, one per row.
	// Indicators 是绩效指标，每行一个。
	Indicators []Indicator `json:"indicators,omitempty"`
	// TotalWeight is the total of the weights (总分 row).
	// TotalWeight 是总分行的分值合计。
	TotalWeight Decimal `json:"total_weight,omitempty"`
	// TotalWeightSpan is where the total weight is written: the number
	// alone.
	// TotalWeightSpan 是总分行分值合计在原文中的位置（仅数字）。
	TotalWeightSpan *Span `json:"total_weight_span,omitempty"`
	// TotalScore is the total score (总分 row).
	// TotalScore 是总分行的得分合计。
	TotalScore Decimal `json:"total_score,omitempty"`
	// TotalScoreSpan is where the total score is written: the number alone.
	// TotalScoreSpan 是总分行得分合计在原文中的位置（仅数字）。
	TotalScoreSpan *Span `json:"total_score_span,omitempty"`
}

// Funds are the money lines of a self-evaluation table.
// Funds 是自评表中的资金部分。
type Funds struct {
	// InitialBudget is the budget at the start of the year (年初预算数).
	// InitialBudget 是年初预算数。
	InitialBudget *Value `json:"initial_budget,omitempty"`
	// FullYearBudget is the adjusted budget of the whole year (全年预算数).
	// FullYearBudget 是全年预算数（调整后预算数）。
	FullYearBudget *Value `json:"full_year_budget,omitempty"`
	// Executed is the amount executed (全年执行数).
	// Executed 是全年执行数。
	Executed *Value `json:"executed,omitempty"`
	// Weight is the weight of the funds line (分值).
	// Weight 是资金执行的分值。
	Weight Decimal `json:"weight,omitempty"`
	// WeightSpan is where the weight is written: the number alone, without
	// a 分 after it.
	// WeightSpan 是分值在原文中的位置（仅数字，不含其后的“分”）。
	WeightSpan *Span `json:"weight_span,omitempty"`
	// ExecutionRate is the execution rate (执行率), a percent.
	// ExecutionRate 是执行率（百分比）。
	ExecutionRate *Value `json:"execution_rate,omitempty"`
	// Score is the score of the funds line (得分).
	// Score 是资金执行得分。
	Score Decimal `json:"score,omitempty"`
	// ScoreSpan is where the score is written: the number alone.
	// ScoreSpan 是得分在原文中的位置（仅数字）。
	ScoreSpan *Span `json:"score_span,omitempty"`
	// IncomeTotal is the total by income type (按收入性质分).
	// IncomeTotal 是按收入性质分的合计。
	IncomeTotal *Value `json:"income_total,omitempty"`
	// ByIncome is the breakdown by income type.
	// ByIncome 是按收入性质的分类。
	ByIncome []Amount `json:"by_income,omitempty"`
	// ExpenditureTotal is the total by expenditure type (按支出性质分).
	// ExpenditureTotal 是按支出性质分的合计。
	ExpenditureTotal *Value `json:"expenditure_total,omitempty"`
	// ByExpenditure is the breakdown by expenditure type.
	// ByExpenditure 是按支出性质的分类。
	ByExpenditure []Amount `json:"by_expenditure,omitempty"`
	// BySource are the rows under the total of a project table (当年财政拨款,
	// 上年结转资金, 其他资金), with the same columns as the total.
	// BySource 是项目表中年度资金总额下的各来源行（当年财政拨款、上年结转资金、其他资金），
	// 列与总额行相同。
	BySource []FundLine `json:"by_source,omitempty"`
}

// Amount is a labelled amount of a breakdown; Amount is null when the cell
// holds only the label.
// Amount 是分类中带名称的金额；单元格只有名称时 amount 为 null。
type Amount struct {
	// Label is the line's label ("一般公共预算").
	// Label 是名称（如“一般公共预算”）。
	Label string `json:"label"`
	// Span is where the line is written.
	// Span 是该项在原文中的位置。
	Span Span `json:"span"`
	// Amount is the line's amount.
	// Amount 是金额。
	Amount *Value `json:"amount"`
}

// FundLine is one row of the funds block of a project table.
// FundLine 是项目表资金部分的一行。
type FundLine struct {
	// Label is the row's label without "其中：".
	// Label 是行名（去掉“其中：”）。
	Label string `json:"label"`
	// Span is the span of the row.
	// Span 是该行在原文中的位置。
	Span Span `json:"span"`
	// InitialBudget is the row's 年初预算数.
	// InitialBudget 是该行的年初预算数。
	InitialBudget *Value `json:"initial_budget"`
	// FullYearBudget is the row's 全年预算数.
	// FullYearBudget 是该行的全年预算数。
	FullYearBudget *Value `json:"full_year_budget"`
	// Executed is the row's 全年执行数.
	// Executed 是该行的全年执行数。
	Executed *Value `json:"executed"`
	// Weight is the row's 分值, when it has one.
	// Weight 是该行的分值（如有）。
	Weight Decimal `json:"weight,omitempty"`
	// WeightSpan is where the row's weight is written: the number alone.
	// WeightSpan 是该行分值在原文中的位置（仅数字）。
	WeightSpan *Span `json:"weight_span,omitempty"`
	// ExecutionRate is the row's 执行率.
	// ExecutionRate 是该行的执行率。
	ExecutionRate *Value `json:"execution_rate,omitempty"`
	// Score is the row's 得分, when it has one.
	// Score 是该行的得分（如有）。
	Score Decimal `json:"score,omitempty"`
	// ScoreSpan is where the row's score is written: the number alone.
	// ScoreSpan 是该行得分在原文中的位置（仅数字）。
	ScoreSpan *Span `json:"score_span,omitempty"`
}

// Goal is one annual goal: what was expected and what was achieved.
// Goal 是一条年度目标：预期目标与实际完成情况。
type Goal struct {
	// Expected is the goal as planned (预期目标).
	// Expected 是预期目标。
	Expected *Text `json:"expected"`
	// Actual is what was achieved (实际完成情况).
	// Actual 是实际完成情况。
	Actual *Text `json:"actual"`
}

// Indicator is one performance indicator (one row of the indicator block).
// A blank level cell inherits the level of the row above (a merged cell).
// Indicator 是一项绩效指标（指标区的一行）。一级、二级指标单元格为空时继承上一行（合并单元格）。
type Indicator struct {
	// Span is the span of the row.
	// Span 是该行在原文中的位置。
	Span Span `json:"span"`
	// Level1 is the first-level indicator without its weight ("产出指标").
	// Level1 是一级指标名称（不含分值），如“产出指标”。
	Level1 string `json:"level1"`
	// Level1Weight is the weight written with the first-level indicator
	// ("(40分)").
	// Level1Weight 是一级指标后写明的分值，如“(40分)”。
	Level1Weight Decimal `json:"level1_weight,omitempty"`
	// Level1WeightSpan is where the first-level weight is written: the
	// number inside the brackets ("(40分)" → "40"), in the cell of the
	// group's first row.
	// Level1WeightSpan 是一级指标分值在原文中的位置：括号内的数字（“(40分)”中的“40”），
	// 位于该组第一行的单元格中。
	Level1WeightSpan *Span `json:"level1_weight_span,omitempty"`
	// Level2 is the second-level indicator ("数量指标").
	// Level2 是二级指标，如“数量指标”。
	Level2 string `json:"level2"`
	// Name is the third-level indicator, the indicator itself.
	// Name 是三级指标，即指标本身。
	Name string `json:"name"`
	// Nature is the indicator's nature or direction (指标性质: ≥, ≤, =,
	// 定性), when the table has that column.
	// Nature 是指标性质（≥、≤、=、定性），表格有该列时给出。
	Nature string `json:"nature,omitempty"`
	// Unit is the indicator's unit of measure (度量单位), when the table has
	// that column.
	// Unit 是度量单位，表格有该列时给出。
	Unit string `json:"unit,omitempty"`
	// Target is the annual target (年度指标值).
	// Target 是年度指标值。
	Target *Measure `json:"target"`
	// Actual is the value achieved (实际完成值).
	// Actual 是实际完成值。
	Actual *Measure `json:"actual"`
	// Weight is the indicator's weight (分值).
	// Weight 是指标分值。
	Weight Decimal `json:"weight,omitempty"`
	// WeightSpan is where the weight is written: the number alone.
	// WeightSpan 是指标分值在原文中的位置（仅数字）。
	WeightSpan *Span `json:"weight_span,omitempty"`
	// Score is the indicator's score (得分).
	// Score 是指标得分。
	Score Decimal `json:"score,omitempty"`
	// ScoreSpan is where the score is written: the number alone.
	// ScoreSpan 是指标得分在原文中的位置（仅数字）。
	ScoreSpan *Span `json:"score_span,omitempty"`
	// DeviationReason explains a shortfall (偏差原因分析及改进措施).
	// DeviationReason 是偏差原因分析及改进措施。
	DeviationReason *Text `json:"deviation_reason,omitempty"`
}

// Measure is a target or achieved value as written, with the values read
// from it: "912亩、9052平方米" gives two quantities, "≥80%" a percent with
// its op, "确保" or "无" none.
// Measure 是原文写法的指标值及从中读出的数值："912亩、9052平方米" 给出两个数量，
// "≥80%" 给出带比较符的百分比，"确保"、"无" 不含数值。
type Measure struct {
	// Raw is the cell's text.
	// Raw 是单元格原文。
	Raw string `json:"raw"`
	// Span is where the cell is written.
	// Span 是单元格在原文中的位置。
	Span Span `json:"span"`
	// Values are the values read from the cell, in order.
	// Values 是从单元格读出的数值，按顺序。
	Values []Value `json:"values"`
}

// Preparer is who filled in the tables, and when.
// Preparer 是填表人、联系电话与填报日期。
type Preparer struct {
	// Name is the preparer's name (填表人).
	// Name 是填表人姓名。
	Name *Text `json:"name,omitempty"`
	// Phone is the contact phone number (联系电话), as written.
	// Phone 是联系电话（原文）。
	Phone *Text `json:"phone,omitempty"`
	// Date is the date of filling in (填报日期), a date Value.
	// Date 是填报日期（日期 Value）。
	Date *Value `json:"date,omitempty"`
}
