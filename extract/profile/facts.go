package profile

import (
	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/values"
)

// Facts are the typed fields of a report of a known kind, the model between
// this stage and the checks stage: figures are the values stage's Values
// and exact Decimals, positions byte offsets. The report's assembly writes
// them out as schema.Facts, whose documentation describes each field; the
// types here mirror those, field for field. A fact the report does not
// state is absent (nil), never zero.
type Facts struct {
	Functions          []Text
	Departments        *Departments
	Budget             *Budget
	Projects           []Project
	BasicData          *BasicData
	SelfEvaluation     *SelfEvaluation
	ProjectEvaluations []SelfEvaluation
	Problems           *Text
	Improvements       *Text
	Disclosure         *Text
	Preparer           *Preparer
}

// Text is a string of the report with the span where it is written.
type Text struct {
	Text string
	Span document.Span
}

// Points is a weight or a score: its number, invalid when none is written,
// and the span of the number, nil when it could not be placed exactly. The
// number is in its canonical form (no zeros at the end of its decimals), as
// the report writes it.
type Points struct {
	Number values.Decimal
	Span   *document.Span
}

// Departments are the internal departments of the unit (机构情况).
type Departments struct {
	Count     *int
	CountSpan *document.Span
	Names     []Text
}

// Budget holds the budget figures of the narrative.
type Budget struct {
	AnnualBudget             *values.Value
	GeneralPublicIncome      *values.Value
	GeneralPublicExpenditure *values.Value
	BasicExpenditure         *values.Value
	Personnel                *values.Value
	PublicOperating          *values.Value
	ProjectExpenditure       *values.Value
}

// Project is a project-expenditure item of the narrative.
type Project struct {
	Name      Text
	Span      document.Span
	Budget    *values.Value
	Spent     *values.Value
	Carryover *values.Value
}

// BasicData is the basic-data table.
type BasicData struct {
	Staffing       *Staffing
	ExpenseColumns []string
	ActualColumn   string
	ExpenseControl []ExpenseRow
	Buildings      []ExpenseRow
	Frugality      *Text
}

// Staffing is the staffing block of the basic-data table.
type Staffing struct {
	Authorized  *values.Value
	Actual      *values.Value
	ControlRate *values.Value
}

// ExpenseRow is a row of the expense-control or buildings block; Values
// holds a nil Value for a blank cell.
type ExpenseRow struct {
	Label    string
	Key      string
	Marker   string
	Ordinal  int
	Span     document.Span
	Values   map[string]*values.Value
	Texts    map[string]Text
	Children []ExpenseRow
}

// SelfEvaluation is a self-evaluation scoring table.
type SelfEvaluation struct {
	Span        document.Span
	Unit        *Text
	Project     *Text
	Department  *Text
	Funds       *Funds
	Goals       []Goal
	Indicators  []Indicator
	TotalWeight Points
	TotalScore  Points
}

// Funds is the funds block of a self-evaluation table.
type Funds struct {
	InitialBudget    *values.Value
	FullYearBudget   *values.Value
	Executed         *values.Value
	Weight           Points
	ExecutionRate    *values.Value
	Score            Points
	IncomeTotal      *values.Value
	ByIncome         []Amount
	ExpenditureTotal *values.Value
	ByExpenditure    []Amount
	BySource         []FundLine
}

// Amount is a labelled amount of a breakdown.
type Amount struct {
	Label  string
	Span   document.Span
	Amount *values.Value
}

// FundLine is a source line of the funds block.
type FundLine struct {
	Label          string
	Span           document.Span
	InitialBudget  *values.Value
	FullYearBudget *values.Value
	Executed       *values.Value
	Weight         Points
	ExecutionRate  *values.Value
	Score          Points
}

// Goal is a goal of the goals block.
type Goal struct {
	Expected *Text
	Actual   *Text
}

// Indicator is a row of the indicator block.
type Indicator struct {
	Span            document.Span
	Level1          string
	Level1Weight    Points
	Level2          string
	Name            string
	Nature          string
	Unit            string
	Target          *Measure
	Actual          *Measure
	Weight          Points
	Score           Points
	DeviationReason *Text
}

// Measure is a target or achieved cell: its text and the values in it. Op
// is the comparator the row's 指标性质 column states, which a value that
// writes none, and is no date or period, takes (Value applies it).
type Measure struct {
	Raw    string
	Span   document.Span
	Values []*values.Value
	Op     string
}

// Value returns value i of m as the measure states it: with m's Op when
// it writes no comparator and is no date or period.
func (m *Measure) Value(i int) values.Value {
	v := *m.Values[i]
	if v.Op == "" && m.Op != "" && v.Kind != values.Date && v.Kind != values.Period {
		v.Op = m.Op
	}
	return v
}

// Preparer is who filled in the tables, and when.
type Preparer struct {
	Name  *Text
	Phone *Text
	Date  *values.Value
}
