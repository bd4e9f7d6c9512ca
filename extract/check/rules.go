package check

// The rule ids. They are fixed: users filter and count checks by them.
const (
	RuleExecutionRate        = "funds.execution_rate"
	RuleIncomeBreakdown      = "funds.income_breakdown"
	RuleExpenditureBreakdown = "funds.expenditure_breakdown"
	RuleSourceBreakdown      = "funds.source_breakdown"
	RuleBudgetScore          = "funds.budget_score"
	RuleLevel1Weight         = "indicators.level1_weight"
	RuleTotalWeight          = "indicators.total_weight"
	RuleTotalScore           = "indicators.total_score"
	RuleScoreLEWeight        = "indicators.score_le_weight"
	RuleDeviationReason      = "indicators.deviation_reason"
	RuleTargetMet            = "indicators.target_met"
	RuleChildrenLEParent     = "basic_data.children_le_parent"
	RuleBasicExpenditure     = "narrative.basic_expenditure"
	RuleGeneralExpenditure   = "narrative.general_expenditure"
	RulePublicOperating      = "cross.public_operating"
	RuleProjectTotal         = "cross.project_total"
)
