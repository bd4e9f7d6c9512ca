package profile

// Slots of the vocabs matched against table cells, in a row's cache of
// matches (row.key).
const (
	slotTableRows = iota
	slotBasicRows
	slotFundColumns
	slotIndicatorColumns
	slotGoalColumns
	slotStaffColumns
	nSlots
)

// Keys of the funds columns and rows of a self-evaluation table.
const (
	colInitial  = "initial_budget"
	colFullYear = "full_year_budget"
	colExecuted = "executed"
	colWeight   = "weight"
	colRate     = "execution_rate"
	colScore    = "score"
)

// fundColumns are the column heads of the funds block.
var fundColumns = newVocab(slotFundColumns, []label{
	{colInitial, w("年初预算数", "年初预算", "年初数", "年初预算金额")},
	{colFullYear, w("全年预算数", "调整后预算数", "全年预算", "调整预算数", "调整后预算", "全年预算金额")},
	{colExecuted, w("全年执行数", "执行数", "实际支出", "预算执行数", "实际执行数", "全年实际支出", "执行金额")},
	{colWeight, append(w("分值", "权重"), x("分数")...)},
	{colRate, w("执行率", "预算执行率", "支出率")},
	{colScore, w("得分", "评分")},
})

// Keys of the indicator columns.
const (
	colLevel1 = "level1"
	colLevel2 = "level2"
	colName   = "name"
	colNature = "nature"
	colTarget = "target"
	colUnit   = "unit"
	colActual = "actual"
	colReason = "reason"
)

// indicatorColumns are the column heads of the indicator block. 分值 and
// 得分 share the keys of the funds columns.
var indicatorColumns = newVocab(slotIndicatorColumns, []label{
	{colLevel1, w("一级指标")},
	{colLevel2, w("二级指标")},
	{colName, append(w("三级指标", "指标名称", "绩效指标名称"), x("指标内容")...)},
	{colNature, w("指标性质", "指标方向", "指标类型")},
	{colTarget, w("年度指标值", "指标值", "目标值", "年度目标值", "预期指标值", "计划指标值", "预期值")},
	{colUnit, append(w("度量单位", "计量单位"), x("单位")...)},
	{colActual, w("实际完成值", "完成值", "实际值", "全年实际值", "实际完成指标值", "实际完成")},
	{colWeight, append(w("分值", "权重"), x("分数")...)},
	{colScore, w("得分", "评分")},
	{colReason, w("偏差原因分析及改进措施", "偏差原因", "未完成原因分析", "原因分析", "未完成原因", "改进措施")},
})

// Keys of the row labels of a self-evaluation table.
const (
	rowUnit        = "unit"
	rowProject     = "project"
	rowDepartment  = "department"
	rowImplementer = "implementer"
	rowFundsHead   = "funds_head"
	rowFundsTotal  = "funds_total"
	rowIncome      = "income"
	rowExpenditure = "expenditure"
	rowGoals       = "goals"
	rowExpected    = "expected"
	rowAchieved    = "achieved"
	rowTotal       = "total"
	rowIndicators  = "indicators"
)

// tableRows are the row labels of a self-evaluation table.
var tableRows = newVocab(slotTableRows, []label{
	{rowUnit, w("部门（单位）名称", "单位名称", "部门名称", "预算单位名称", "预算部门名称")},
	{rowProject, w("项目名称")},
	{rowDepartment, w("主管部门")},
	{rowImplementer, w("实施单位", "项目实施单位")},
	{rowFundsHead, w("年度预算申请", "项目资金", "预算申请", "资金情况", "年度资金")},
	{rowFundsTotal, append(w("年度资金总额", "资金总额"), x("合计", "总计")...)},
	{rowIncome, w("按收入性质分", "按收入性质", "按资金来源分")},
	{rowExpenditure, w("按支出性质分", "按支出性质", "按支出类型分")},
	{rowGoals, w("年度总体目标", "总体目标", "年度目标", "绩效目标")},
	{rowTotal, append(w("总分", "总计得分", "合计得分"), x("合计", "总计")...)},
	{rowIndicators, x("绩效指标", "年度绩效指标", "绩效指标完成情况")},
})

// goalColumns are the column heads of the goals block.
var goalColumns = newVocab(slotGoalColumns, []label{
	{rowExpected, w("预期目标", "年度目标", "计划目标", "目标内容")},
	{rowAchieved, w("实际完成情况", "实际完成", "完成情况", "实际完成目标")},
})

// Keys of the basic-data table.
const (
	bdStaffing   = "staffing"
	bdAuthorized = "authorized"
	bdActual     = "actual"
	bdRate       = "control_rate"
	bdExpense    = "expense"
	bdBuildings  = "buildings"
	bdFrugality  = "frugality"
	bdTop        = "top"
)

// basicRows are the block heads of the basic-data table.
var basicRows = newVocab(slotBasicRows, []label{
	{bdStaffing, w("财政供养人员", "人员情况", "人员编制情况")},
	{bdExpense, w("经费控制情况", "经费控制", "三公经费控制情况")},
	{bdBuildings, w("楼堂馆所")},
	{bdFrugality, w("厉行节约")},
})

// staffColumns are the column heads of the staffing block.
var staffColumns = newVocab(slotStaffColumns, []label{
	{bdAuthorized, w("编制数", "编制人数", "核定编制")},
	{bdActual, w("实际在职人数", "在职人数", "实有人数", "实际人数")},
	{bdRate, w("控制率", "编制控制率")},
})

// topRows are the rows of the expense-control block that always start a
// new branch of the tree, however they are indented.
var topRows = newVocab(-1, []label{
	{erThreePublic, w("三公经费")},
	{erProcurement, w("政府采购")},
	{erBasicAdjust, w("部门基本支出预算调整", "基本支出预算调整")},
	{erProject, x("项目支出", "项目支出合计", "项目经费")},
	{erPublicOperating, x("公用经费", "日常公用经费", "公用经费支出")},
	{erBasic, x("基本支出")},
	{erPersonnel, x("人员经费")},
})

// Keys of the expense-control rows (ExpenseRow.Key).
const (
	erThreePublic     = "three_public"
	erProcurement     = "procurement"
	erBasicAdjust     = "basic_budget_adjustment"
	erProject         = "project_expenditure"
	erPublicOperating = "public_operating"
	erBasic           = "basic_expenditure"
	erPersonnel       = "personnel"
)

// actualColumnWords mark a column of actual spending in the expense-control
// block (2023年决算数, 执行数).
var actualColumnWords = []string{"决算", "执行数", "实际支出"}

// Keys of the narrative's budget figures.
const (
	bgAnnual    = "annual_budget"
	bgIncome    = "general_public_income"
	bgExpend    = "general_public_expenditure"
	bgBasic     = "basic_expenditure"
	bgPersonnel = "personnel"
	bgOperating = "public_operating"
	bgProject   = "project_expenditure"
	bgIgnore    = "ignore"
)

// budgetWords name the amounts of the narrative's budget section; the text
// of the clause before an amount is matched.
var budgetWords = newVocab(-1, []label{
	{bgAnnual, w("预算资金", "年初预算", "年度预算", "部门预算", "预算总额", "预算安排")},
	{bgIncome, w("财政拨款收入", "一般公共预算收入", "公共预算收入", "本年收入")},
	{bgExpend, w("财政拨款支出", "一般公共预算支出", "公共预算支出", "本年支出")},
	{bgBasic, w("基本支出")},
	{bgPersonnel, w("人员经费", "人员支出", "工资福利支出")},
	{bgOperating, w("公用经费", "公用支出", "商品和服务支出")},
	{bgProject, w("项目支出")},
	{bgIgnore, w("结余", "结转", "政府性基金", "三公经费")},
})

// Keys of the narrative's sections.
const (
	secFunctions   = "functions"
	secDepartments = "departments"
	secBudget      = "budget"
	secProjects    = "projects"
	secProblems    = "problems"
	secImprove     = "improvements"
	secDisclosure  = "disclosure"
)

// sectionTitles name the narrative sections the facts come from.
var sectionTitles = newVocab(-1, []label{
	{secFunctions, w("主要职能", "职能职责", "部门职责", "主要职责", "单位职能", "工作职责")},
	{secDepartments, w("机构情况", "机构设置", "内设机构", "机构编制", "组织机构")},
	{secBudget, w("一般公共预算支出情况", "预算收支情况", "收支情况", "一般公共预算", "预算支出情况", "基本支出情况")},
	{secProjects, w("项目支出绩效情况", "项目支出情况", "项目绩效情况", "项目支出绩效")},
	{secProblems, w("存在的问题", "存在问题", "主要问题")},
	{secImprove, w("改进措施", "改进意见", "下一步", "整改措施", "意见建议", "改进建议")},
	{secDisclosure, w("公开情况", "结果应用", "拟应用", "公开")},
})

// Keys of the report kinds.
const (
	KindDepartment = "department_overall"
	KindProject    = "project"
	KindUnknown    = "unknown"
)

// kindTitles name the report kinds in titles.
var kindTitles = newVocab(-1, []label{
	{KindDepartment, w("整体支出绩效", "部门整体支出", "单位整体支出", "整体支出")},
	{KindProject, w("项目支出绩效自评", "项目绩效自评", "项目支出绩效")},
})

// projectWords cut a project item's name from its figures.
var projectWords = newVocab(-1, []label{
	{"spent", w("实际支出", "实际使用", "支出", "使用", "执行")},
	{"carryover", w("结余结转", "结转结余", "结余", "结转")},
	{"budget", w("年初预算", "全年预算", "预算", "安排")},
})

// preparerWords are the labels of the preparer line.
var preparerWords = newVocab(-1, []label{
	{"name", w("填表人", "填报人", "经办人")},
	{"date", w("填报日期", "填表日期", "日期")},
	{"phone", w("联系电话", "电话", "联系方式")},
	{"other", w("单位负责人签字", "单位负责人", "负责人", "审核人", "签字")},
})
