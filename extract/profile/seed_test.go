package profile

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/values"
)

// TestSeed checks the acceptance list of issue 4 on the seed, field by field.
func TestSeed(t *testing.T) {
	res, doc := run(t, "000_0a15cb66ce3c31e1.txt")
	f := res.Facts
	assert.Equal(t, KindDepartment, res.Kind)
	assert.Empty(t, res.Warnings)
	checkSpans(t, doc, f)

	require.NotNil(t, f.Budget)
	b := f.Budget
	assert.Equal(t,
		[]string{"1795200", "2053000", "2053000", "1788100", "1632200", "155800", "264900"},
		[]string{yuan(b.AnnualBudget), yuan(b.GeneralPublicIncome), yuan(b.GeneralPublicExpenditure), yuan(b.BasicExpenditure), yuan(b.Personnel), yuan(b.PublicOperating), yuan(b.ProjectExpenditure)})

	var projects [][3]string
	for _, p := range f.Projects {
		projects = append(projects, [3]string{p.Name.Text, yuan(p.Spent), yuan(p.Carryover)})
	}
	assert.Equal(t, [][3]string{{"临聘人员经费", "264900", "0"}, {"征拆考核经费", "145500", "142500"}, {"征拆专项", "269000", "67800"}}, projects)

	assert.Len(t, f.Functions, 7)
	assert.Equal(t, "做好全区征拆征收工作的统筹指挥和协调服务工作", f.Functions[0].Text)
	require.NotNil(t, f.Departments)
	require.NotNil(t, f.Departments.Count)
	assert.Equal(t, 3, *f.Departments.Count)
	assert.Equal(t, []string{"综合办公室", "项目服务股", "考评服务股"}, texts(f.Departments.Names))

	seedBasicData(t, f.BasicData)
	seedSelfEvaluation(t, f.SelfEvaluation)

	assert.Equal(t, "绩效评价工作机制有待进一步完善，平时工作中未加强对绩效监控工作的重视，导致绩效监控工作容易滞后。", txt(f.Problems))
	assert.Equal(t, "加强预决算执行管理，进一步规范资金及预决算管理，加强预算绩效日常监控。", txt(f.Improvements))
	assert.Equal(t, "本单位没有独立公开网站，自评结果在芦淞区政府官网上公示公开，接受社会监督。", txt(f.Disclosure))

	require.NotNil(t, f.Preparer)
	assert.Equal(t, "周建红", txt(f.Preparer.Name))
	assert.Equal(t, "28580541", txt(f.Preparer.Phone))
	require.NotNil(t, f.Preparer.Date)
	assert.Equal(t, "2024-10-29", f.Preparer.Date.ISO)
}

func seedBasicData(t *testing.T, bd *BasicData) {
	require.NotNil(t, bd)
	require.NotNil(t, bd.Staffing)
	assert.Equal(t, "8", num(bd.Staffing.Authorized))
	assert.Equal(t, "8", num(bd.Staffing.Actual))
	assert.Equal(t, "100", num(bd.Staffing.ControlRate))
	assert.Equal(t, []string{"2022年决算数", "2023年预算数", "2023年决算数"}, bd.ExpenseColumns)
	assert.Equal(t, "2023年决算数", bd.ActualColumn)
	var keys []string
	for _, r := range bd.ExpenseControl {
		keys = append(keys, r.Key)
	}
	assert.Equal(t, []string{"three_public", "project_expenditure", "public_operating", "procurement", "basic_budget_adjustment"}, keys)

	var tree []string
	var walkRows func(prefix string, rs []ExpenseRow)
	walkRows = func(prefix string, rs []ExpenseRow) {
		for _, r := range rs {
			tree = append(tree, prefix+r.Label)
			walkRows(prefix+"  ", r.Children)
		}
	}
	walkRows("", bd.ExpenseControl)
	assert.Equal(t, []string{
		"三公经费",
		"  公务用车购置和维护经费",
		"    公车购置",
		"    公车运行维护",
		"  出国经费",
		"  公务接待",
		"项目支出",
		"  业务工作经费",
		"  运行维护经费",
		"  市级专项资金（一个专项一行）",
		"公用经费",
		"  办公经费",
		"  水费、电费、差旅费",
		"  会议费、培训费",
		"政府采购金额",
		"部门基本支出预算调整",
	}, tree)
	var markers []string
	var walkMarkers func(rs []ExpenseRow)
	walkMarkers = func(rs []ExpenseRow) {
		for _, r := range rs {
			markers = append(markers, r.Marker+"/"+strconv.Itoa(r.Ordinal))
			walkMarkers(r.Children)
		}
	}
	walkMarkers(bd.ExpenseControl)
	assert.Equal(t, []string{
		"/0", "1、/1", "其中：/0", "/0", "2、/2", "3、/3",
		"/0", "1、/1", "2、/2", "3、/3",
		"/0", "其中：/0", "/0", "/0",
		"/0", "/0",
	}, markers, "markers and ordinals in the order of the tree above")
	project := bd.ExpenseControl[1]
	assert.Equal(t, "679400", yuan(project.Values["2023年决算数"]))
	procurement := bd.ExpenseControl[3]
	assert.Nil(t, procurement.Values["2022年决算数"], "—— is null, never 0")
	assert.Equal(t, "175400", yuan(procurement.Values["2023年决算数"]))
	assert.Nil(t, project.Children[1].Values["2023年决算数"], "a blank cell is null")
	require.Len(t, bd.Buildings, 1)
	assert.Equal(t, "楼堂馆所控制情况（2023年完工项目）", bd.Buildings[0].Label)
	assert.Len(t, bd.Buildings[0].Values, 6)
	assert.Nil(t, bd.Frugality)
}

func seedSelfEvaluation(t *testing.T, se *SelfEvaluation) {
	require.NotNil(t, se)
	assert.Equal(t, "芦淞区征地工作协调服务中心", txt(se.Unit))
	fu := se.Funds
	require.NotNil(t, fu)
	assert.Equal(t, []string{"1795200", "2677800", "2467500"}, []string{yuan(fu.InitialBudget), yuan(fu.FullYearBudget), yuan(fu.Executed)})
	assert.Equal(t, "10", fu.Weight.Number.String())
	require.NotNil(t, fu.ExecutionRate)
	assert.Equal(t, values.Percent, fu.ExecutionRate.Kind)
	assert.Equal(t, "92.15", fu.ExecutionRate.Number.String())
	assert.Equal(t, "9", fu.Score.Number.String())
	assert.Equal(t, "2677800", yuan(fu.IncomeTotal))
	assert.Equal(t, "2677800", yuan(fu.ExpenditureTotal))
	var income, expend [][2]string
	for _, a := range fu.ByIncome {
		income = append(income, [2]string{a.Label, yuan(a.Amount)})
	}
	for _, a := range fu.ByExpenditure {
		expend = append(expend, [2]string{a.Label, yuan(a.Amount)})
	}
	assert.Equal(t, [][2]string{{"一般公共预算", "2053000"}, {"政府性基金拨款", "<nil>"}, {"纳入专户管理的非税收入拨款", "<nil>"}, {"其他资金", "624800"}}, income)
	assert.Equal(t, [][2]string{{"基本支出", "1788100"}, {"项目支出", "889700"}}, expend)
	require.Len(t, se.Goals, 1)
	assert.Equal(t, txt(se.Goals[0].Expected), txt(se.Goals[0].Actual))

	require.Len(t, se.Indicators, 12)
	var got []string
	for _, in := range se.Indicators {
		got = append(got, in.Level1+"("+in.Level1Weight.Number.String()+") "+in.Weight.Number.String()+"/"+in.Score.Number.String())
	}
	assert.Equal(t, []string{
		"产出指标(40) 20/15", "产出指标(40) 0/0", "产出指标(40) 20/20",
		"效益指标(20) 0/0", "效益指标(20) 20/20", "效益指标(20) 0/0", "效益指标(20) 0/0",
		"满意度指标(10) 10/10",
		"成本指标(20) 10/10", "成本指标(20) 10/10", "成本指标(20) 0/0", "成本指标(20) 0/0",
	}, got)
	first := se.Indicators[0]
	require.NotNil(t, first.Target)
	require.Len(t, first.Target.Values, 2)
	assert.Equal(t, [2]string{"912", "亩"}, [2]string{first.Target.Values[0].Number.String(), first.Target.Values[0].Unit})
	assert.Equal(t, [2]string{"9052", "平方米"}, [2]string{first.Target.Values[1].Number.String(), first.Target.Values[1].Unit})
	assert.Equal(t, "业务单位资金跟不上，无法保证部分项目实施拆迁。", txt(first.DeviationReason))
	assert.Equal(t, "数量指标", first.Level2)
	second := se.Indicators[1]
	assert.Equal(t, "无", second.Target.Raw, "rows of 无 are kept")
	assert.Empty(t, second.Target.Values)
	social := se.Indicators[4]
	assert.Equal(t, "确保", social.Target.Raw)
	assert.Empty(t, social.Target.Values, "确保 has no values")
	satisfaction := se.Indicators[7]
	require.Len(t, satisfaction.Target.Values, 1)
	assert.Equal(t, ">=", satisfaction.Target.Value(0).Op)
	tenth := se.Indicators[9]
	assert.Equal(t, "经济成本指标", tenth.Level2, "inherited from the row above")
	assert.Equal(t, "日常公用经费（万元）", tenth.Name)
	assert.Equal(t, "100", se.TotalWeight.Number.String())
	assert.Equal(t, "94", se.TotalScore.Number.String())
}

// TestSeedPointSpans checks where the seed's weights and scores are
// written: every one has the span of its number, on the line the text
// dump puts it.
func TestSeedPointSpans(t *testing.T) {
	res, doc := run(t, "000_0a15cb66ce3c31e1.txt")
	se := res.Facts.SelfEvaluation
	require.NotNil(t, se)
	allPlaced(t, res.Facts)
	lines := document.NewLines(doc.Text)
	at := func(p Points) string {
		if p.Span == nil {
			return "<nil>"
		}
		return doc.Text[p.Span.Start:p.Span.End] + "@" + strconv.Itoa(lines.Line(p.Span.Start))
	}
	first, tenth := se.Indicators[0], se.Indicators[9]
	assert.Equal(t, []string{"10@228", "9@230", "40@277", "20@283", "15@284", "20@366", "10@381", "10@382", "100@406", "94@407"},
		[]string{at(se.Funds.Weight), at(se.Funds.Score), at(first.Level1Weight), at(first.Weight), at(first.Score),
			at(tenth.Level1Weight), at(tenth.Weight), at(tenth.Score), at(se.TotalWeight), at(se.TotalScore)})
}
