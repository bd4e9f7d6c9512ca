// Package check does the arithmetic an auditor would otherwise do by hand on
// the facts of a budget-performance report: sums, rates, scores, and figures
// stated twice. Its input is the profile stage's Facts, whose figures are
// typed (exact decimals, byte offsets): nothing is parsed again here. Its
// output is a list of Findings (the report's checks), each with a rule id, a
// status (pass, fail, warn), the expected and the written figure, the
// tolerance used, and the spans of every figure involved, pass or not.
//
// # Rules
//
//   - funds.execution_rate: 执行率 = 全年执行数 / 全年预算数 (also for each
//     source line of a project table that states a rate).
//   - funds.income_breakdown, funds.expenditure_breakdown: the breakdown
//     lines add up to 年度资金总额's 全年预算数, and to the 按收入性质分 or
//     按支出性质分 total when the table states one.
//   - funds.source_breakdown: the source lines of a project table (当年财政拨款,
//     上年结转资金, 其他资金) add up to the total line, column by column.
//   - funds.budget_score: 得分 against 执行率 × 分值. Provinces round this
//     score differently, so a mismatch is a warn, never a fail, and the
//     message says which rounding (truncation, rounding up, to whole points,
//     to half points) would match.
//   - indicators.level1_weight: the weights of a level-1 group add up to its
//     "(N分)".
//   - indicators.total_weight, indicators.total_score: the 总分 row equals the
//     sum of the indicators' weights (scores), the funds line's included.
//   - indicators.score_le_weight: no score above its weight (indicators and
//     the funds line). The rows that pass give one pass per table.
//   - indicators.deviation_reason: a score below its weight has a deviation
//     reason (warn).
//   - indicators.target_met: where target and actual are one comparable
//     number each (same kind and unit) and the direction is known, a met
//     target with a score below the weight is a warn, and so is a clearly
//     missed target with a full score.
//   - basic_data.children_le_parent: column by column, the rows under a
//     row of the basic-data table (the profile's marker and ordinal tell
//     them apart) add up to it when they are numbered items forming a
//     complete breakdown, and to no more than it otherwise. Complete means:
//     every row under it is numbered, the numbers run 1, 2, … n in order
//     with no gap and no repeat, and each states an amount in the column.
//     "其中" rows (and the unmarked rows of a 其中 group) are only part of
//     their row; a numbered list with a gap or an unmarked row may leave
//     items out; a blank item is unknown, never 0. Those are checked not to
//     exceed their row, and a blank item is named in the message (the
//     seed's 三公经费 0.00 = 0.00 + 0.00 + 0.00 is complete; its 项目支出
//     76.05 over 1、76.05, 2、 blank and 3、 blank is only at most).
//   - narrative.basic_expenditure: 基本支出 = 人员经费 + 公用经费.
//   - narrative.general_expenditure: 一般公共预算财政拨款支出 = 项目支出 + 基本支出,
//     and = 一般公共预算财政拨款收入 when both are stated (a gap there is a warn:
//     what is received but not spent is carried over).
//   - cross.public_operating: the basic-data table's 公用经费 (the latest
//     决算数 column) equals the narrative's 公用经费.
//   - cross.project_total: the basic-data table's 项目支出 (the latest 决算数
//     column) equals the sum of the narrative's project items' 实际支出.
//
// A rule whose inputs are missing is not emitted: no check is ever a guessed
// pass. A blank cell is a missing input, never a zero.
//
// # Tolerance
//
// Figures are rounded to their last written decimal, so a figure may be off
// by half a unit of that decimal: 178.81万元 stands for anything from
// 178.805万元 to 178.815万元, that is ±0.005万元 = ±50元. A sum of n figures
// may therefore be off by up to the sum of their n half-units, and a check
// that compares a written total with the sum of written parts passes when
// the two differ by no more than that (the seed's 基本支出 178.81 against
// 人员经费 163.22 + 公用经费 15.58 = 178.80 differs by 100元, within the
// tolerance of 2 × 50元, and its message says the pass relies on it).
// A figure compared with one other figure is the sum of one: half a unit of
// its last decimal. A total written with fewer decimals than its parts
// ("179万元" against 163.2 + 15.6) can only be compared at its own
// precision, so the tolerance is never less than half a unit of the
// total's last decimal.
//
// Units of expected, actual and tolerance (the check's "unit" key): amounts
// are compared in 元; rates in percentage points ("百分点"); weights and
// scores in points ("分"). Weights and scores written as whole numbers are
// assigned points, not rounded measurements: their tolerance is zero; a
// score written with decimals gets half a unit of its last decimal. A rate
// gets half a unit of its own last decimal plus the largest change the
// rounding of its two amounts can make in it.
//
// # Spans
//
// Every check carries the spans of the figures it compares, in the order
// its message names them, the written figure first: amounts and rates at
// their Values' spans; weights and scores at the spans of the numbers the
// profile gives (the 总分 row's "94", "(40分)"'s "40", a row's 分值 and
// 得分). Facts without those spans (built by hand) fall back to the span of
// the row, or of the funds line's rate, or of the table.
//
// Check is a pure function of its input, safe to call from many goroutines;
// it never panics on any Facts.
package check

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/profile"
	"github.com/jixiao-dev/jixiao/extract/values"
)

// Statuses of a check.
const (
	Pass = "pass"
	Fail = "fail"
	Warn = "warn"
)

// Units of the figures of a check (Finding.Unit).
const (
	UnitYuan    = "元"
	UnitPoints  = "分"
	UnitPercent = "百分点"
)

// Options configures Check. The zero value runs every rule.
type Options struct {
	// Skip lists rule ids not to run ("funds.budget_score"). An id that
	// names no rule is ignored.
	Skip []string
}

// Finding is one check: a rule applied to figures of the facts, and its
// outcome. The report's assembly writes it out as a schema.Check, whose
// documentation describes each field. Expected, Actual and Tolerance are
// invalid when the check compares no numbers; Spans are the figures'.
type Finding struct {
	Rule      string
	Status    string
	Message   string
	Expected  values.Decimal
	Actual    values.Decimal
	Tolerance values.Decimal
	Unit      string
	Spans     []document.Span
}

// rule is one rule: its id and the function that emits its checks.
type rule struct {
	id  string
	run func(c *checker)
}

// rules lists every rule in the order of the package comment.
var rules = []rule{
	{RuleExecutionRate, (*checker).executionRate},
	{RuleIncomeBreakdown, (*checker).incomeBreakdown},
	{RuleExpenditureBreakdown, (*checker).expenditureBreakdown},
	{RuleSourceBreakdown, (*checker).sourceBreakdown},
	{RuleBudgetScore, (*checker).budgetScore},
	{RuleLevel1Weight, (*checker).level1Weight},
	{RuleTotalWeight, (*checker).totalWeight},
	{RuleTotalScore, (*checker).totalScore},
	{RuleScoreLEWeight, (*checker).scoreLEWeight},
	{RuleDeviationReason, (*checker).deviationReason},
	{RuleTargetMet, (*checker).targetMet},
	{RuleChildrenLEParent, (*checker).childrenLEParent},
	{RuleBasicExpenditure, (*checker).basicExpenditure},
	{RuleGeneralExpenditure, (*checker).generalExpenditure},
	{RulePublicOperating, (*checker).publicOperating},
	{RuleProjectTotal, (*checker).projectTotal},
}

// Rules returns the ids of every rule, in the order of the package comment.
func Rules() []string {
	ids := make([]string, len(rules))
	for i, r := range rules {
		ids[i] = r.id
	}
	return ids
}

// Check runs the rules on f and returns their checks sorted by rule id, then
// by the start of the first span, then by message. A nil f gives none.
func Check(f *profile.Facts, opts Options) []Finding {
	out, _ := CheckContext(context.Background(), f, opts)
	return out
}

// CheckContext is Check that stops, with the error of document.Canceled
// and no checks, once ctx is done; it asks before each rule (a rule's work
// grows with the rows of the facts, which the stages before bound).
func CheckContext(ctx context.Context, f *profile.Facts, opts Options) ([]Finding, error) {
	out := []Finding{}
	if f == nil {
		return out, nil
	}
	poll := document.NewPoll(ctx)
	c := &checker{facts: f}
	if f.SelfEvaluation != nil {
		c.evals = append(c.evals, f.SelfEvaluation)
	}
	for i := range f.ProjectEvaluations {
		c.evals = append(c.evals, &f.ProjectEvaluations[i])
	}
	for _, r := range rules {
		if err := poll.Now(); err != nil {
			return nil, err
		}
		if !slices.Contains(opts.Skip, r.id) {
			c.rule = r.id
			r.run(c)
		}
	}
	order := make([]int, len(c.found))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := &c.found[i], &c.found[j]
		return cmp.Or(strings.Compare(a.Rule, b.Rule), cmp.Compare(firstStart(a), firstStart(b)), strings.Compare(a.Message, b.Message))
	})
	for _, i := range order {
		out = append(out, c.found[i])
	}
	return out, nil
}

// firstStart returns the start of a finding's first span, or -1.
func firstStart(f *Finding) int {
	if len(f.Spans) == 0 {
		return -1
	}
	return f.Spans[0].Start
}

// checker holds the state of one Check call.
type checker struct {
	facts *profile.Facts
	evals []*profile.SelfEvaluation // the self-evaluation tables: the report's, then its projects'
	rule  string                    // the rule running
	found []Finding
}

// evaluations returns the self-evaluation tables of the report: its own,
// then those of its projects.
func (c *checker) evaluations() []*profile.SelfEvaluation {
	return c.evals
}

// emit records a check of the running rule. A span named twice (the
// weight and the score of one row) is kept once, where first named.
func (c *checker) emit(f Finding) {
	f.Rule = c.rule
	n := 0
	for _, s := range f.Spans {
		if !slices.Contains(f.Spans[:n], s) {
			f.Spans[n] = s
			n++
		}
	}
	f.Spans = f.Spans[:n:n]
	c.found = append(c.found, f)
}
