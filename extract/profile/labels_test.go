package profile

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestVocabMatch checks that synonyms of the templates of other provinces
// map to one key, and that the longest word wins.
func TestVocabMatch(t *testing.T) {
	tests := []struct {
		name string
		v    vocab
		in   string
		want string
	}{
		{"executed as written in the seed", fundColumns, "全年执行数", colExecuted},
		{"executed as 实际支出", fundColumns, "实际支出（万元）", colExecuted},
		{"executed as 预算执行数", fundColumns, "预算执行数", colExecuted},
		{"adjusted budget", fundColumns, "调整后预算数", colFullYear},
		{"rate beats budget", fundColumns, "预算执行率", colRate},
		{"weight as 权重", fundColumns, "权重", colWeight},
		{"weight as 分值", indicatorColumns, "分值", colWeight},
		{"target as 指标值", indicatorColumns, "指标值", colTarget},
		{"target as 年度目标值", indicatorColumns, "年度目标值", colTarget},
		{"actual as 完成值", indicatorColumns, "完成值", colActual},
		{"actual beats target", indicatorColumns, "实际完成值", colActual},
		{"reason of the seed", indicatorColumns, "偏差原因分析及改进措施", colReason},
		{"reason of other provinces", indicatorColumns, "未完成原因分析", colReason},
		{"nature", indicatorColumns, "指标性质", colNature},
		{"unit exact", indicatorColumns, "度量单位", colUnit},
		{"unit word alone is exact only", indicatorColumns, "实施单位", ""},
		{"unit row", tableRows, norm("区级预算部门(单位)名称"), rowUnit},
		{"project row", tableRows, "项目名称", rowProject},
		{"合计 is the funds total; under indicators it closes them", tableRows, "合计", rowFundsTotal},
		{"总分", tableRows, "总分", rowTotal},
		{"goals", tableRows, "年度总体目标", rowGoals},
		{"budget clause", budgetWords, "2023年度单位一般公共预算财政拨款收入", bgIncome},
		{"budget clause expenditure", budgetWords, "一般公共预算财政拨款支出", bgExpend},
		{"personnel", budgetWords, "其中人员经费", bgPersonnel},
		{"title of the seed", kindTitles, "2023年度株洲市芦淞区征地工作协调服务中心整体支出绩效自评报告", KindDepartment},
		{"project title", kindTitles, "2023年度项目支出绩效自评表", KindProject},
		{"nothing", fundColumns, "备注", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.v.match(tt.in))
		})
	}
}

// TestNorm checks the folding of labels and the removal of markers.
func TestNorm(t *testing.T) {
	tests := []struct {
		in, label     string
		numbered, sub bool
	}{
		{"年度预\n算申请\n（万元）", "年度预算申请（万元）", false, false},
		{"   1、公务用车购置和维护经费", "公务用车购置和维护经费", true, false},
		{"其中：公车购置", "公车购置", false, true},
		{"其中:办公经费", "办公经费", false, true},
		{"（2）出国经费", "出国经费", true, false},
		{"项目支出：", "项目支出", false, false},
		{"2023年决算数", "2023年决算数", false, false},
		{"绩\n效\n指\n标", "绩效指标", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			label, numbered, sub := bareLabel(tt.in)
			assert.Equal(t, []any{tt.label, tt.numbered, tt.sub}, []any{label, numbered, sub})
		})
	}
}

// TestLevelWeight checks the split of a first-level indicator and its
// weight.
func TestLevelWeight(t *testing.T) {
	tests := []struct {
		in, level string
		weight    string
	}{
		{"产出指标（40分）", "产出指标", "40"},
		{norm("产出指标\n\n(40分)"), "产出指标", "40"},
		{"成本指标（20）", "成本指标", "20"},
		{"满意度指标（分值：10分）", "满意度指标", "10"},
		{"产出指标", "产出指标", ""},
		{"效益指标（社会）", "效益指标（社会）", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			level, weight := levelWeight(tt.in)
			assert.Equal(t, []any{tt.level, tt.weight}, []any{level, weight.String()})
		})
	}
}

// TestPlaceholder checks what counts as "nothing written".
func TestPlaceholder(t *testing.T) {
	for in, want := range map[string]bool{"": true, "　": true, "——": true, "—": true, "-": true, "/": true, "无": false, "0": false, "一": true, "0.00": false} {
		assert.Equal(t, want, placeholder(in), "%q", in)
	}
}

// slowFind is vocab.find by its definition, trying every word of the
// table: a word equal to s beats any word found inside it, a longer word
// beats a shorter one, and of equally good words the first in the table
// wins. Exact words match only the whole of s.
func slowFind(v vocab, s string) int {
	best, bestN, bestOrder := -1, 0, 0
	order := 0
	for li, l := range v.labels {
		for _, wd := range l.words {
			n := 0
			switch {
			case s == "":
			case wd.text == s:
				n = len(s) + 1000
			case !wd.exact && len(wd.text) < len(s) && strings.Contains(s, wd.text):
				n = len(wd.text)
			}
			if n > bestN || n > 0 && n == bestN && order < bestOrder {
				best, bestN, bestOrder = li, n, order
			}
			order++
		}
	}
	return best
}

// TestFindDefinition checks vocab.find, which looks up the words by first
// character, against its definition on every cell of the corpus, folded,
// and on every word of every vocab alone, cut and inside a longer text.
func TestFindDefinition(t *testing.T) {
	vocabs := []*vocab{&tableRows, &basicRows, &fundColumns, &indicatorColumns, &goalColumns, &staffColumns,
		&topRows, &budgetWords, &sectionTitles, &kindTitles, &projectWords, &preparerWords}
	var texts []string
	for _, c := range corpusCells(t) {
		texts = append(texts, norm(c))
	}
	for _, v := range vocabs {
		for _, l := range v.labels {
			for _, wd := range l.words {
				texts = append(texts, wd.text, "合计"+wd.text+"（万元）", wd.text[:len(wd.text)-1], wd.text+wd.text)
			}
		}
	}
	for _, s := range texts {
		for i, v := range vocabs {
			if got, want := v.find(s), slowFind(*v, s); got != want {
				t.Errorf("vocab %d find(%q) = %d, want %d", i, s, got, want)
			}
		}
	}
}
