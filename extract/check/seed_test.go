package check

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/schema"
)

// seedRules are the rules whose inputs the seed states, so each gives at
// least one check on it, and every one passes.
var seedRules = []string{
	RuleChildrenLEParent,
	RuleProjectTotal,
	RulePublicOperating,
	RuleBudgetScore,
	RuleExecutionRate,
	RuleExpenditureBreakdown,
	RuleIncomeBreakdown,
	RuleDeviationReason,
	RuleLevel1Weight,
	RuleScoreLEWeight,
	RuleTargetMet,
	RuleTotalScore,
	RuleTotalWeight,
	RuleBasicExpenditure,
	RuleGeneralExpenditure,
}

// TestSeed checks that on the seed every rule with inputs passes, and that
// 基本支出 178.81 against 163.22 + 15.58 passes on the tolerance and says so.
func TestSeed(t *testing.T) {
	f, doc := factsOf(t, readCorpus(t, seedPath))
	checks := checksOf(f, doc.Text)
	got := map[string]int{}
	for _, k := range checks {
		got[k.Rule]++
		assert.Equal(t, Pass, k.Status, "%s: %s", k.Rule, k.Message)
		assertSpans(t, doc.Text, k)
	}
	for _, id := range seedRules {
		assert.NotZero(t, got[id], "rule %s gave no check on the seed", id)
	}
	assert.Len(t, got, len(seedRules), "rules with checks: %v", got)
	basic := only(t, checks, RuleBasicExpenditure)
	assert.Equal(t, schema.Check{
		Rule: RuleBasicExpenditure, Status: Pass,
		Message:  "基本支出 178.81万元 against 人员经费 163.22万元 + 公用经费 15.58万元 = 1788000元: off by 100元, within the rounding tolerance of 100元 (2 figures × half a unit of each one's last written decimal); passes on rounding",
		Expected: "1788000", Actual: "1788100", Tolerance: "100", Unit: UnitYuan,
		Spans: []schema.Span{{Start: 1473, End: 1485, Line: 52}, {Start: 1509, End: 1521, Line: 52}, {Start: 1536, End: 1547, Line: 52}},
	}, basic)
}

// TestPlantedErrors edits the seed as the issue says and checks that the
// named rule fails, with the spans of its figures.
func TestPlantedErrors(t *testing.T) {
	seed := string(readCorpus(t, seedPath))
	tests := []struct {
		name, old, new, rule string
		actual               schema.Decimal
	}{
		{"total score 94 to 95", "\t总分\n\t100\n\t94\n", "\t总分\n\t100\n\t95\n", RuleTotalScore, "95"},
		{"basic expenditure 178.81 to 177.81", "基本支出178.81万元", "基本支出177.81万元", RuleBasicExpenditure, "1778100"},
		{"execution rate 92.15% to 95.15%", "\t92.15%\n", "\t95.15%\n", RuleExecutionRate, "95.15"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, 1, strings.Count(seed, tt.old), "the edit must hit one place")
			f, doc := factsOf(t, []byte(strings.Replace(seed, tt.old, tt.new, 1)))
			checks := checksOf(f, doc.Text)
			k := only(t, checks, tt.rule)
			assert.Equal(t, Fail, k.Status, k.Message)
			assert.Equal(t, tt.actual, k.Actual)
			for _, k := range checks {
				if k.Status != Pass {
					assert.NotEmpty(t, k.Spans, "%s has no spans", k.Rule)
				}
				assertSpans(t, doc.Text, k)
			}
		})
	}
}

// only returns the one check of rule in checks.
func only(t *testing.T, checks []schema.Check, rule string) schema.Check {
	t.Helper()
	var found []schema.Check
	for _, k := range checks {
		if k.Rule == rule {
			found = append(found, k)
		}
	}
	require.Len(t, found, 1, "checks of %s", rule)
	return found[0]
}

// assertSpans checks that every span of k lies within text and starts on
// its line.
func assertSpans(t *testing.T, text string, k schema.Check) {
	t.Helper()
	for _, s := range k.Spans {
		if assert.True(t, 0 <= s.Start && s.Start < s.End && s.End <= len(text), "%s: span %v out of the text", k.Rule, s) {
			assert.Equal(t, s.Line, strings.Count(text[:s.Start], "\n")+1, "%s: span %v line", k.Rule, s)
		}
	}
}

// TestCorpusSpans checks, on every text report of the corpus, that every
// check carries spans and that each span of a figure holds that figure as
// written: text at the span is not blank, has no white space around it,
// and contains a digit. The one span that is not a figure is the deviation
// reason a passing indicators.deviation_reason check points at last.
func TestCorpusSpans(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "corpus", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			f, doc := factsOf(t, readCorpus(t, p))
			for _, k := range checksOf(f, doc.Text) {
				assert.NotEmpty(t, k.Spans, "%s: %s", k.Rule, k.Message)
				assertSpans(t, doc.Text, k)
				for i, s := range k.Spans {
					if s.Start < 0 || s.End > len(doc.Text) || s.Start > s.End {
						continue
					}
					if k.Rule == RuleDeviationReason && k.Status == Pass && i == len(k.Spans)-1 {
						continue
					}
					got := doc.Text[s.Start:s.End]
					assert.True(t, got != "" && strings.TrimSpace(got) == got && strings.ContainsFunc(got, unicode.IsDigit),
						"%s: span %d %v holds %q, not a figure (%s)", k.Rule, i, s, got, k.Message)
				}
			}
		})
	}
}

// TestSeedFigureSpans checks that the checks of the seed point at the
// numbers themselves: the 总分 row's 100 and 94 (line 406-407, not the
// table's first line), the funds line's 分值 and 得分, and "(40分)"'s 40.
func TestSeedFigureSpans(t *testing.T) {
	f, doc := factsOf(t, readCorpus(t, seedPath))
	checks := checksOf(f, doc.Text)
	first := func(rule, prefix string) (string, int) {
		for _, k := range checks {
			if k.Rule == rule && strings.HasPrefix(k.Message, prefix) {
				s := k.Spans[0]
				return doc.Text[s.Start:s.End], s.Line
			}
		}
		t.Fatalf("no %s check starting %q", rule, prefix)
		return "", 0
	}
	type at struct {
		text string
		line int
	}
	pick := func(text string, line int) at { return at{text, line} }
	assert.Equal(t, at{"100", 406}, pick(first(RuleTotalWeight, "总分")))
	assert.Equal(t, at{"94", 407}, pick(first(RuleTotalScore, "总分")))
	assert.Equal(t, at{"9", 230}, pick(first(RuleBudgetScore, "得分 9")))
	assert.Equal(t, at{"40", 277}, pick(first(RuleLevel1Weight, "产出指标 (40分)")))
	assert.Equal(t, at{"0.00", 96}, pick(first(RuleChildrenLEParent, "三公经费 2022年决算数")))
}

// TestSeedBreakdowns checks the two numbered breakdowns of the seed's
// basic-data table: 三公经费 = 1、+ 2、+ 3、 (0 = 0 + 0 + 0) in each column, a
// complete breakdown; 项目支出 76.05 over 1、76.05, 2、 blank and 3、 blank is
// only checked not to be exceeded, since a blank is not a zero.
func TestSeedBreakdowns(t *testing.T) {
	f, doc := factsOf(t, readCorpus(t, seedPath))
	var complete, partial int
	for _, k := range checksOf(f, doc.Text) {
		if k.Rule != RuleChildrenLEParent {
			continue
		}
		assert.Equal(t, Pass, k.Status, k.Message)
		switch {
		case strings.HasPrefix(k.Message, "三公经费 "):
			assert.Contains(t, k.Message, "= 0元: equal; the items are numbered 1 to 3 without a gap")
			complete++
		case strings.Contains(k.Message, "at most 项目支出 "):
			assert.Contains(t, k.Message, "item 2、运行维护经费 is blank")
			partial++
		}
	}
	assert.Equal(t, 3, complete, "三公经费 in each of the three columns")
	assert.Equal(t, 3, partial, "项目支出 in each of the three columns")
}
