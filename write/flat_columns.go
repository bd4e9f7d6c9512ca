package write

// Indexes of the tables in FlatTables order.
const (
	tabReports = iota
	tabSections
	tabValues
	tabFunds
	tabIndicators
	tabExpense
	tabChecks
	tabWarnings
	tabErrors
	tabSkipped
)

// flatDef defines one flat table.
type flatDef struct {
	name, doc string
	cols      []Column
}

// Column documentation shared by several tables.
const (
	docReportID = "report_id: the record's key, 32 hex digits from the input's path and sha256 (write.RecordID); two copies of one file under two paths are two records / 记录标识：由输入路径与 SHA-256 算出的 32 位十六进制数；同一文件的两个副本是两条记录"
	docSHA256   = "the input's sha256: byte-identical inputs share it / 源文件 SHA-256（内容相同的文件相同）"
	docStart    = "byte offset where it is written in the canonical text / 在规范文本中的起始字节偏移"
	docEnd      = "byte offset just past it / 结束字节偏移（不含）"
	docLine     = "1-based line where it starts / 起始行号"
	docEval     = "0 for the report's self-evaluation table, 1, 2 … for facts.project_evaluations / 0 为自评表，1、2…… 为附带的项目自评表"
)

// spanCols are the three position columns that end most tables.
func spanCols() []Column {
	return []Column{
		{"span_start", ColInt, docStart},
		{"span_end", ColInt, docEnd},
		{"span_line", ColInt, docLine},
	}
}

// flatDefs defines the flat tables, in FlatTables order.
func flatDefs() []flatDef {
	id := Column{"report_id", ColText, docReportID}
	with := func(cols ...Column) []Column {
		return append(append([]Column{id}, cols...), spanCols()...)
	}
	return []flatDef{
		{"reports", "one row per report / 每份报告一行", reportCols(id)},
		{"sections", "one row per numbered section / 每个编号章节一行", with(
			Column{"path", ColText, `position in the section tree, 1-based, "2.1" is the first child of the second top section / 章节树中的位置，如 "2.1"`},
			Column{"level", ColInt, "nesting level, 1 for 一、 / 层级"},
			Column{"ordinal", ColInt, "the number the marker stands for / 编号序数"},
			Column{"marker", ColText, "the marker as written / 编号原文"},
			Column{"title", ColText, "the title without marker / 标题"},
			Column{"text", ColText, "the body without sub-sections / 本节正文（不含下级章节）"},
		)},
		{"values", "one row per value found in the text / 文中每个数值一行", with(valueCols()...)},
		{"funds", "one row per money line of a self-evaluation table / 自评表资金部分每行一行", with(fundCols()...)},
		{"indicators", "one row per performance indicator / 每项绩效指标一行", with(indicatorCols()...)},
		{"expense_control", "one row per cell of the basic-data expense-control and building blocks / 基础数据表经费控制与楼堂馆所部分每个单元格一行", with(expenseCols()...)},
		{"checks", "one row per consistency check / 每项一致性校验一行", with(
			Column{"check_index", ColInt, "index in the report's checks / 在 checks 中的下标"},
			Column{"rule", ColText, "the rule's name / 规则名"},
			Column{"status", ColText, "pass, fail or warn / 结果"},
			Column{"message", ColText, "what was checked / 说明"},
			Column{"expected", ColDecimal, "the figure the rule computes / 计算值"},
			Column{"actual", ColDecimal, "the figure written / 原文值"},
			Column{"tolerance", ColDecimal, "how far apart they may be / 容差"},
			Column{"unit", ColText, "what the three are in: 元, 百分点 or 分 / 单位"},
			Column{"n_spans", ColInt, "number of spans; the span columns give the first / 涉及位置数，位置列为第一个"},
		)},
		{"warnings", "one row per warning / 每条警告一行", with(
			Column{"warning_index", ColInt, "index in the report's warnings / 在 warnings 中的下标"},
			Column{"code", ColText, "the warning's code / 警告类别"},
			Column{"message", ColText, "what happened / 说明"},
		)},
		{"errors", "one row per file that gave no report / 每个读取失败的文件一行", errorCols(id)},
		{"skipped", "one row per file skipped: a format jixiao does not read, debris, not a report / 每个跳过的文件（不可读格式、残留文件、非报告）一行", skipCols(id)},
	}
}

// reportCols are the columns of the reports table.
func reportCols(id Column) []Column {
	return []Column{
		id,
		{"path", ColText, "the input's path / 输入文件路径"},
		{"format", ColText, "text or docx / 格式"},
		{"encoding", ColText, "the text encoding read / 文本编码"},
		{"bytes", ColInt, "the input's size / 文件字节数"},
		{"schema_version", ColText, "the JSON contract's version / 输出格式版本"},
		{"kind", ColText, "department_overall, project or unknown / 报告类型"},
		{"title", ColText, "the title / 标题"},
		{"unit", ColText, "the reporting unit / 报告单位"},
		{"fiscal_year", ColInt, "the year evaluated / 年度"},
		{"total_weight", ColDecimal, "总分 row's weight of the self-evaluation table / 自评表总分行分值"},
		{"total_score", ColDecimal, "总分 row's score of the self-evaluation table / 自评表总分行得分"},
		{"n_sections", ColInt, "number of sections, all levels / 章节数（各级）"},
		{"n_tables", ColInt, "number of tables / 表格数"},
		{"n_values", ColInt, "number of values / 数值个数"},
		{"n_indicators", ColInt, "number of indicator rows, all evaluations / 指标行数"},
		{"n_checks", ColInt, "number of checks / 校验数"},
		{"n_checks_failed", ColInt, "number of checks with status fail / 未通过的校验数"},
		{"n_warnings", ColInt, "number of warnings / 警告数"},
		{"sha256", ColText, docSHA256},
	}
}

// valueCols are the columns of the values table, before the span.
func valueCols() []Column {
	return []Column{
		{"value_index", ColInt, "index in the report's values / 在 values 中的下标"},
		{"kind", ColText, "amount, percent, quantity, count, duration, date or period / 类别"},
		{"raw", ColText, "as written / 原文"},
		{"number", ColDecimal, "the number as written / 原文数字"},
		{"unit", ColText, "the unit as written / 原文单位"},
		{"unit_canonical", ColText, "the unit in one spelling / 统一写法单位"},
		{"unit_source", ColText, "written, column, row or title / 单位出处"},
		{"yuan", ColYuan, "an amount in 元 / 金额（元）"},
		{"number_canonical", ColDecimal, "the number in unit_canonical / 按统一单位计的数值"},
		{"precision", ColInt, "decimals written / 小数位数"},
		{"iso", ColText, "a date: YYYY, YYYY-MM or YYYY-MM-DD / 日期"},
		{"date_from", ColText, "a period's first date / 期间起"},
		{"date_to", ColText, "a period's last date / 期间止"},
		{"low", ColDecimal, "a range's lower bound (元 for amounts) / 区间下限"},
		{"high", ColDecimal, "a range's upper bound (元 for amounts) / 区间上限"},
		{"op", ColText, ">=, <=, >, < or = / 比较关系"},
		{"approx", ColBool, "written as approximate / 是否约数"},
		{"section", ColText, "path of the innermost section holding it / 所在章节路径"},
		{"table_index", ColInt, "index of the table holding it / 所在表格下标"},
		{"row_index", ColInt, "row in that table / 所在行"},
		{"cell_index", ColInt, "cell in that row (index into rows[row_index]) / 所在单元格"},
	}
}

// fundCols are the columns of the funds table, before the span.
func fundCols() []Column {
	return []Column{
		{"evaluation", ColInt, docEval},
		{"project", ColText, "the project's name, for project tables / 项目名称"},
		{"line", ColText, "total, source, income_total, income, expenditure_total or expenditure / 行类别"},
		{"label", ColText, "the line's label / 行名"},
		{"initial_budget", ColYuan, "年初预算数 in 元"},
		{"full_year_budget", ColYuan, "全年预算数 in 元"},
		{"executed", ColYuan, "全年执行数 in 元"},
		{"amount", ColYuan, "the amount of a breakdown line in 元 / 分类金额（元）"},
		{"weight", ColDecimal, "分值"},
		{"execution_rate", ColDecimal, "执行率 in % / 执行率（%）"},
		{"score", ColDecimal, "得分"},
	}
}

// indicatorCols are the columns of the indicators table, before the span.
func indicatorCols() []Column {
	measure := func(p, zh string) []Column {
		return []Column{
			{p + "_raw", ColText, zh + " as written / " + zh + "原文"},
			{p + "_kind", ColText, "kind of its first value / 第一个数值的类别"},
			{p + "_number", ColDecimal, "its first value's number / 第一个数值"},
			{p + "_unit", ColText, "its first value's unit / 第一个数值的单位"},
			{p + "_op", ColText, "its first value's comparison / 第一个数值的比较关系"},
		}
	}
	cols := []Column{
		{"evaluation", ColInt, docEval},
		{"project", ColText, "the project's name, for project tables / 项目名称"},
		{"indicator_index", ColInt, "index in the table's indicators / 指标序号（从 0 开始）"},
		{"level1", ColText, "一级指标"},
		{"level1_weight", ColDecimal, "一级指标分值"},
		{"level2", ColText, "二级指标"},
		{"name", ColText, "三级指标"},
		{"nature", ColText, "指标性质"},
		{"unit", ColText, "度量单位"},
	}
	cols = append(cols, measure("target", "年度指标值")...)
	cols = append(cols, measure("actual", "实际完成值")...)
	return append(cols,
		Column{"weight", ColDecimal, "分值"},
		Column{"score", ColDecimal, "得分"},
		Column{"deviation_reason", ColText, "偏差原因分析及改进措施"},
	)
}

// expenseCols are the columns of the expense_control table, before the span.
func expenseCols() []Column {
	return []Column{
		{"block", ColText, "expense_control (经费控制情况) or buildings (楼堂馆所控制情况) / 区块"},
		{"row_index", ColInt, "the row's position in the block, depth first / 行序号（深度优先）"},
		{"depth", ColInt, "0 for a top row, 1 under it … / 层级"},
		{"path", ColText, `labels from the top row down, joined by "/" / 行名路径`},
		{"label", ColText, "the row's label / 行名"},
		{"column_label", ColText, "the column's label / 列名"},
		{"kind", ColText, "the value's kind; empty for a blank cell / 数值类别"},
		{"raw", ColText, "the value as written / 原文"},
		{"yuan", ColYuan, "an amount in 元 / 金额（元）"},
		{"number", ColDecimal, "the number as written / 原文数字"},
		{"unit", ColText, "the unit / 单位"},
		{"text", ColText, "a cell's text that is not a value / 非数值文字"},
	}
}

// errorCols are the columns of the errors table.
func errorCols(id Column) []Column {
	return []Column{
		id,
		{"path", ColText, "the input's path / 输入文件路径"},
		{"format", ColText, "the format sniffed / 格式"},
		{"bytes", ColInt, "the input's size / 文件字节数"},
		{"code", ColText, "the error's code / 错误类别"},
		{"message", ColText, "the error / 错误信息"},
		{"line", ColInt, "line of the error / 出错行"},
		{"col", ColInt, "column of the error, in runes / 出错列"},
		{"sha256", ColText, "the input's sha256, empty when the file could not be read / 源文件 SHA-256（无法读取时为空）"},
	}
}

// skipCols are the columns of the skipped table.
func skipCols(id Column) []Column {
	return []Column{
		id,
		{"path", ColText, "the input's path / 输入文件路径"},
		{"format", ColText, "what the file is (pdf, xlsx, doc, fifo …) / 文件类型"},
		{"bytes", ColInt, "the input's size / 文件字节数"},
		{"reason", ColText, "why it was skipped / 跳过原因"},
		{"sha256", ColText, "the input's sha256, empty when the file was not read / 源文件 SHA-256（未读取时为空）"},
		{"code", ColText, "the kind of skip: unsupported_format, not_a_report, jixiao_output, debris or special / 跳过类别"},
	}
}
