package check

import (
	"flag"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/jixiao-dev/jixiao/extract/profile"
	"github.com/jixiao-dev/jixiao/extract/values"
)

var dump = flag.Bool("dump", false, "print the checks of each rule case as Go literals")

// TestRules runs each rule on hand-built facts and compares its checks
// whole: pass, fail, warn, missing inputs (no check) and the edges of the
// tolerance.
func TestRules(t *testing.T) {
	for _, tt := range ruleCases() {
		t.Run(tt.rule+"/"+tt.name, func(t *testing.T) {
			got := runRule(tt.facts, tt.rule)
			if *dump {
				fmt.Printf("// %s/%s\n%#v\n", tt.rule, tt.name, got)
			}
			want, ok := ruleWants[tt.rule+"/"+tt.name]
			if assert.True(t, ok, "no want for this case") {
				assert.Equal(t, want, got)
			}
		})
	}
}

// withProjects adds narrative project items with the given spent amounts
// (lines 40…) and a basic-data 项目支出 row of 2023年决算数 on line 39.
func withProjects(annex string, spent ...string) *profile.Facts {
	f := &profile.Facts{BasicData: &profile.BasicData{
		ExpenseColumns: []string{"2022年决算数", "2023年预算数", "2023年决算数"},
		ActualColumn:   "2023年决算数",
		ExpenseControl: []profile.ExpenseRow{{Label: "项目支出", Key: "project_expenditure", Span: at(39), Values: map[string]*values.Value{
			"2022年决算数": wan("1.00", 37), "2023年预算数": wan("2.00", 38), "2023年决算数": wan(annex, 39)}}},
	}}
	for i, s := range spent {
		p := profile.Project{Name: profile.Text{Text: "项目" + string(rune('A'+i)), Span: at(40 + i)}, Span: at(40 + i)}
		if s != "" {
			p.Spent = wan(s, 40+i)
		}
		f.Projects = append(f.Projects, p)
	}
	return f
}

// target makes an indicator under level1 with the target and actual
// values, weight 10 and the given score.
func target(level1, nature string, tv, av *values.Value, score string) *profile.Facts {
	in := indicator(level1, "", "指标", "10", score, 50)
	in.Nature = nature
	in.Target, in.Actual = measure(tv), measure(av)
	return &profile.Facts{SelfEvaluation: &profile.SelfEvaluation{Span: at(10), Indicators: []profile.Indicator{in}}}
}

func ruleCases() []ruleCase {
	ind := func(name, weight, score string, n int) profile.Indicator {
		return indicator("产出指标", "30", name, weight, score, n)
	}
	withReason := func(in profile.Indicator, reason string) profile.Indicator {
		in.DeviationReason = &profile.Text{Text: reason, Span: at(lineOf(in.Span.Start) + 1)}
		return in
	}
	project := funds("135.50", "128.73", "95.00", "10", "9.5")
	project.SelfEvaluation.Funds.BySource = []profile.FundLine{
		{Label: "当年财政拨款", Span: at(14), FullYearBudget: wan("120.00", 14), Executed: wan("114.23", 15)},
		{Label: "上年结转资金", Span: at(16), FullYearBudget: wan("15.50", 16), Executed: wan("15.50", 17)},
	}
	return []ruleCase{
		{name: "equal", rule: RuleBasicExpenditure, facts: budget("", "", "178.80", "163.22", "15.58", "")},
		{name: "passes on rounding", rule: RuleBasicExpenditure, facts: budget("", "", "178.81", "163.22", "15.58", "")},
		{name: "fails beyond rounding", rule: RuleBasicExpenditure, facts: budget("", "", "178.82", "163.22", "15.58", "")},
		{name: "coarser figures get more room", rule: RuleBasicExpenditure, facts: budget("", "", "179", "163.2", "15.6", "")},
		{name: "yuan at the edge passes", rule: RuleBasicExpenditure, facts: &profile.Facts{Budget: &profile.Budget{
			BasicExpenditure: yuan("1001", 3), Personnel: yuan("500", 4), PublicOperating: yuan("500", 5)}}},
		{name: "yuan past the edge fails", rule: RuleBasicExpenditure, facts: &profile.Facts{Budget: &profile.Budget{
			BasicExpenditure: yuan("1002", 3), Personnel: yuan("500", 4), PublicOperating: yuan("500", 5)}}},
		{name: "missing personnel gives no check", rule: RuleBasicExpenditure, facts: budget("", "", "178.81", "", "15.58", "")},
		{name: "approximate figure gives no check", rule: RuleBasicExpenditure, facts: func() *profile.Facts {
			f := budget("", "", "178.81", "163.22", "15.58", "")
			f.Budget.Personnel.Approx = true
			return f
		}()},
		{name: "no budget gives no check", rule: RuleBasicExpenditure, facts: &profile.Facts{}},
		{name: "sum and income", rule: RuleGeneralExpenditure, facts: budget("205.30", "26.49", "178.81", "", "", "205.30")},
		{name: "income gap is a warn", rule: RuleGeneralExpenditure, facts: budget("398.64", "86.24", "312.40", "", "", "402.15")},
		{name: "sum fails", rule: RuleGeneralExpenditure, facts: budget("205.30", "26.49", "177.81", "", "", "")},
		{name: "equal", rule: RuleExecutionRate, facts: funds("267.78", "246.75", "92.15", "", "")},
		{name: "fails", rule: RuleExecutionRate, facts: funds("267.78", "246.75", "95.15", "", "")},
		{name: "passes on the amounts' rounding", rule: RuleExecutionRate, facts: funds("0.03", "0.02", "70", "", "")},
		{name: "zero budget gives no check", rule: RuleExecutionRate, facts: funds("0.00", "0.00", "0", "", "")},
		{name: "missing rate gives no check", rule: RuleExecutionRate, facts: funds("267.78", "246.75", "", "", "")},
		{name: "half up passes", rule: RuleBudgetScore, facts: funds("", "", "92.15", "10", "9")},
		{name: "truncation warns", rule: RuleBudgetScore, facts: funds("", "", "95.15", "10", "9")},
		{name: "no rounding matches", rule: RuleBudgetScore, facts: funds("", "", "92.15", "10", "9.5")},
		{name: "rate above 100% counts as 100%", rule: RuleBudgetScore, facts: funds("", "", "104.5", "10", "10")},
		{name: "missing score gives no check", rule: RuleBudgetScore, facts: funds("", "", "92.15", "10", "")},
		{name: "budget and total", rule: RuleIncomeBreakdown, facts: breakdown("267.78", "267.78", "205.30", "", "62.48")},
		{name: "fails", rule: RuleIncomeBreakdown, facts: breakdown("267.78", "", "205.30", "63.48")},
		{name: "only labels gives no check", rule: RuleIncomeBreakdown, facts: breakdown("267.78", "", "", "")},
		{name: "source lines", rule: RuleSourceBreakdown, facts: project},
		{name: "groups", rule: RuleLevel1Weight, facts: indicators("", "",
			ind("A", "20", "20", 51), ind("B", "10", "8", 52), indicator("效益指标", "20", "C", "15", "15", 53))},
		{name: "row without weight gives no check", rule: RuleLevel1Weight, facts: indicators("", "", ind("A", "20", "20", 51), ind("B", "", "", 52))},
		{name: "total weight with funds", rule: RuleTotalWeight, facts: indicators("40", "37", ind("A", "20", "20", 51), ind("B", "10", "8", 52))},
		{name: "total weight fails", rule: RuleTotalWeight, facts: indicators("30", "37", ind("A", "20", "20", 51), ind("B", "10", "8", 52))},
		{name: "total score with decimals", rule: RuleTotalScore, facts: indicators("40", "37.5", ind("A", "20", "20", 51), ind("B", "10", "8.5", 52))},
		{name: "total score fails", rule: RuleTotalScore, facts: indicators("40", "38", ind("A", "20", "20", 51), ind("B", "10", "8", 52))},
		{name: "no total gives no check", rule: RuleTotalScore, facts: indicators("", "", ind("A", "20", "20", 51))},
		{name: "spans of the numbers", rule: RuleTotalScore, facts: spanned(indicators("40", "38", ind("A", "20", "20", 51), ind("B", "10", "8", 54)))},
		{name: "spans of the numbers", rule: RuleTotalWeight, facts: spanned(indicators("40", "38", ind("A", "20", "20", 51), ind("B", "10", "8", 54)))},
		{name: "spans of the numbers", rule: RuleLevel1Weight, facts: spanned(indicators("40", "38", ind("A", "20", "20", 51), ind("B", "10", "8", 54)))},
		{name: "spans of the numbers", rule: RuleScoreLEWeight, facts: spanned(indicators("", "", ind("A", "20", "20", 51), ind("B", "10", "12", 54)))},
		{name: "spans of the numbers", rule: RuleDeviationReason, facts: spanned(indicators("", "", withReason(ind("A", "20", "15", 51), "资金未到位")))},
		{name: "spans of the numbers", rule: RuleBudgetScore, facts: spanned(indicators("", ""))},
		{name: "one pass, one fail", rule: RuleScoreLEWeight, facts: indicators("", "", ind("A", "20", "20", 51), ind("B", "10", "12", 52))},
		{name: "reason, none, placeholder", rule: RuleDeviationReason, facts: indicators("", "",
			withReason(ind("A", "20", "15", 51), "资金未到位"), ind("B", "10", "8", 53), withReason(ind("C", "10", "5", 54), "无"), ind("D", "10", "10", 56))},
		{name: "met with a full score", rule: RuleTargetMet, facts: target("满意度指标", "", pct("≥", "80", 51), pct("", "95", 52), "10")},
		{name: "met below the weight warns", rule: RuleTargetMet, facts: target("产出指标", "", qty("count", "350", "户", 51), qty("count", "352", "户", 52), "9")},
		{name: "missed with a full score warns", rule: RuleTargetMet, facts: target("产出指标", "", qty("count", "350", "户", 51), qty("count", "342", "户", 52), "10")},
		{name: "cost at most the target", rule: RuleTargetMet, facts: target("成本指标", "", wan("163.46", 51), wan("163.22", 52), "10")},
		{name: "nature column says at most", rule: RuleTargetMet, facts: target("产出指标", "≤", qty("quantity", "30", "天", 51), qty("quantity", "35", "天", 52), "10")},
		{name: "percent without comparator gives no check", rule: RuleTargetMet, facts: target("产出指标", "", pct("", "80", 51), pct("", "70", 52), "10")},
		{name: "different units give no check", rule: RuleTargetMet, facts: target("产出指标", "", qty("count", "3", "个", 51), qty("count", "3", "户", 52), "10")},
		{name: "holds with a blank child", rule: RuleChildrenLEParent, facts: expense("2023年决算数", "15.58", "0.66", "", "0.16")},
		{name: "children above the parent fail", rule: RuleChildrenLEParent, facts: expense("2023年决算数", "15.58", "15.00", "0.66")},
		{name: "blank parent gives no check", rule: RuleChildrenLEParent, facts: expense("2023年决算数", "", "0.66")},
		{name: "all children blank gives no check", rule: RuleChildrenLEParent, facts: expense("2023年决算数", "15.58", "", "")},
		{name: "numbered items add up", rule: RuleChildrenLEParent, facts: numbered(expense("2023年决算数", "3.00", "1.00", "1.50", "0.50"), "1、", "2、", "3、")},
		{name: "numbered items short of the parent fail", rule: RuleChildrenLEParent, facts: numbered(expense("2023年决算数", "3.00", "1.00", "1.00"), "1、", "2、")},
		{name: "numbered items off by rounding pass", rule: RuleChildrenLEParent, facts: numbered(expense("2023年决算数", "0.02", "0.01", "0.02"), "1、", "2、")},
		{name: "a blank numbered item checks at most", rule: RuleChildrenLEParent, facts: numbered(expense("2023年决算数", "76.05", "76.05", "", ""), "1、", "2、", "3、")},
		{name: "a gap in the numbering checks at most", rule: RuleChildrenLEParent, facts: numbered(expense("2023年决算数", "3.00", "1.00", "1.00"), "1、", "3、")},
		{name: "an unmarked row among items checks at most", rule: RuleChildrenLEParent, facts: numbered(expense("2023年决算数", "3.00", "1.00", "1.00", "0.50"), "1、", "2、", "")},
		{name: "其中 rows check at most", rule: RuleChildrenLEParent, facts: numbered(expense("2023年决算数", "15.58", "0.66", "0.18"), "其中：", "")},
		{name: "equal", rule: RulePublicOperating, facts: func() *profile.Facts {
			f := expense("2023年决算数", "15.58")
			f.Budget = budget("", "", "", "", "15.58", "").Budget
			return f
		}()},
		{name: "fails", rule: RulePublicOperating, facts: func() *profile.Facts {
			f := expense("2023年决算数", "16.58")
			f.Budget = budget("", "", "", "", "15.58", "").Budget
			return f
		}()},
		{name: "no 决算 column gives no check", rule: RulePublicOperating, facts: func() *profile.Facts {
			f := expense("2023年预算数", "15.58")
			f.Budget = budget("", "", "", "", "15.58", "").Budget
			return f
		}()},
		{name: "latest 决算 column", rule: RuleProjectTotal, facts: withProjects("67.94", "26.49", "14.55", "26.90")},
		{name: "fails", rule: RuleProjectTotal, facts: withProjects("69.94", "26.49", "14.55", "26.90")},
		{name: "project without spent gives no check", rule: RuleProjectTotal, facts: withProjects("67.94", "26.49", "")},
	}
}
