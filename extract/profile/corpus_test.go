package profile

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// summary is the gist of a report's facts, compared whole per corpus file.
type summary struct {
	Kind          string
	Unit          string
	Project       string
	Department    string
	Funds         [3]string // yuan of initial, full-year, executed
	WeightScore   [2]string
	Rate          string
	BySource      []string
	Indicators    []string // level1(weight)/level2/name target→actual weight/score
	Totals        [2]string
	Budget        []string
	Projects      []string
	Functions     int
	Departments   int
	Disclosure    string
	Preparer      [3]string
	WarningsCount int
}

// summarize reduces res to its summary.
func summarize(res *Result) summary {
	f := res.Facts
	s := summary{Kind: res.Kind, Functions: len(f.Functions), WarningsCount: len(res.Warnings), Disclosure: txt(f.Disclosure)}
	if d := f.Departments; d != nil && d.Count != nil {
		s.Departments = *d.Count
	}
	if b := f.Budget; b != nil {
		s.Budget = []string{yuan(b.AnnualBudget), yuan(b.GeneralPublicIncome), yuan(b.GeneralPublicExpenditure), yuan(b.BasicExpenditure), yuan(b.Personnel), yuan(b.PublicOperating), yuan(b.ProjectExpenditure)}
	}
	for _, p := range f.Projects {
		s.Projects = append(s.Projects, p.Name.Text+" "+yuan(p.Budget)+"/"+yuan(p.Spent)+"/"+yuan(p.Carryover))
	}
	if p := f.Preparer; p != nil {
		s.Preparer = [3]string{txt(p.Name), txt(p.Phone), "<nil>"}
		if p.Date != nil {
			s.Preparer[2] = p.Date.ISO
		}
	}
	se := f.SelfEvaluation
	if se == nil {
		return s
	}
	s.Unit, s.Project, s.Department = txt(se.Unit), txt(se.Project), txt(se.Department)
	if fu := se.Funds; fu != nil {
		s.Funds = [3]string{yuan(fu.InitialBudget), yuan(fu.FullYearBudget), yuan(fu.Executed)}
		s.WeightScore = [2]string{fu.Weight.Number.String(), fu.Score.Number.String()}
		s.Rate = num(fu.ExecutionRate)
		for _, l := range fu.BySource {
			s.BySource = append(s.BySource, l.Label+" "+yuan(l.InitialBudget)+"/"+yuan(l.FullYearBudget)+"/"+yuan(l.Executed)+" "+num(l.ExecutionRate))
		}
	}
	for _, in := range se.Indicators {
		s.Indicators = append(s.Indicators, in.Level1+"("+in.Level1Weight.Number.String()+")/"+in.Level2+"/"+in.Name+" "+measure(in.Target)+"→"+measure(in.Actual)+" "+in.Weight.Number.String()+"/"+in.Score.Number.String())
	}
	s.Totals = [2]string{se.TotalWeight.Number.String(), se.TotalScore.Number.String()}
	return s
}

// measure writes a measure's values as op number unit, or its raw text
// when it has none.
func measure(m *Measure) string {
	if m == nil {
		return "<nil>"
	}
	if len(m.Values) == 0 {
		return m.Raw
	}
	out := ""
	for i := range m.Values {
		if i > 0 {
			out += "+"
		}
		v := m.Value(i)
		out += v.Op + v.Number.String() + v.Unit + v.ISO
	}
	return out
}

// TestCorpus checks the facts of the corpus reports written in other
// templates than the seed's.
func TestCorpus(t *testing.T) {
	tests := []struct {
		name string
		want summary
	}{
		{"020_project_selfeval_nature_unit.txt", summary{
			Kind: KindProject, Unit: "株洲市芦淞区农村经营服务站", Project: "芦淞区农村人居环境整治专项", Department: "株洲市芦淞区农业农村局",
			Funds: [3]string{"1200000", "1355000", "1287300"}, WeightScore: [2]string{"10", "9.5"}, Rate: "95",
			BySource: []string{"当年财政拨款 1200000/1200000/1142300 95.19", "上年结转资金 0/155000/145000 93.55", "其他资金 0/0/0 <nil>"},
			Indicators: []string{
				"产出指标(50)/数量指标/新建改造农村户厕 >=350户→342户 15/14.66",
				"产出指标(50)/数量指标/建设村级垃圾收集点 >=24个→24个 10/10",
				"产出指标(50)/质量指标/户厕改造验收合格率 >=95%→97.5% 10/10",
				"产出指标(50)/时效指标/项目完成时间 2023-12→2023-12 5/5",
				"产出指标(50)/成本指标/户厕改造每户补助 <=2000元→2000元 10/10",
				"效益指标(30)/社会效益指标/农村生活垃圾无害化处理率 >=90%→92% 15/15",
				"效益指标(30)/生态效益指标/村庄环境卫生状况 明显改善→明显改善 15/15",
				"满意度指标(10)/服务对象满意度指标/受益群众满意度 >=90%→93.6% 10/10",
			},
			Totals:     [2]string{"100", "99.16"},
			Disclosure: "<nil>",
			Preparer:   [3]string{"李红梅", "0731-28561234", "2024-03-15"},
		}},
		{"021_dept_columns_reordered.txt", summary{
			Kind: KindDepartment, Unit: "株洲市石峰区城市管理和综合执法局", Project: "<nil>", Department: "<nil>",
			Funds: [3]string{"3568000", "4056000", "3986400"}, WeightScore: [2]string{"10", "9.83"}, Rate: "98.28",
			Indicators: []string{
				"产出指标(50)/数量指标/查处违法建设案件 >=120件→134件 15/15",
				"产出指标(50)/质量指标/案件办结率 >=95%→97.8% 15/15",
				"产出指标(50)/时效指标/审批事项按时办结率 100%→100% 10/10",
				"产出指标(50)/成本指标/项目支出控制数 <=90.4万元→86.24万元 10/10",
				"效益指标(30)/社会效益指标/城市违法建设新增数量 零增长→3处 15/12",
				"效益指标(30)/可持续影响指标/长效管理机制 建立健全→已建立 15/15",
				"满意度指标(10)/服务对象满意度指标/群众满意度 >=90%→92% 10/10",
			},
			Totals:      [2]string{"100", "96.83"},
			Budget:      []string{"3568000", "4021500", "3986400", "3124000", "2812500", "311500", "862400"},
			Projects:    []string{"城乡规划编制经费 400000/385000/15000", "执法装备购置经费 300000/297400/2600", "审批服务大厅运行经费 200000/180000/20000"},
			Functions:   4,
			Departments: 5,
			Disclosure:  "自评结果将在石峰区人民政府门户网站公开，并作为2024年预算安排的重要依据。",
			Preparer:    [3]string{"谭志刚", "0731-22881506", "2024-04-08"},
		}},
		{"022_dept_yuan.txt", summary{
			Kind: KindDepartment, Unit: "株洲市芦淞区建宁社区卫生服务中心", Project: "<nil>", Department: "<nil>",
			Funds: [3]string{"1254300", "1318650", "1302480.5"}, WeightScore: [2]string{"10", "9.88"}, Rate: "98.77",
			Indicators: []string{
				"产出指标(50)/数量指标/居民健康档案建档数 >=9500份→9860份 20/20",
				"产出指标(50)/质量指标/慢性病规范管理率 >=60%→58.4% 15/13",
				"产出指标(50)/成本指标/基本公共卫生服务项目支出 <=200000元→200000元 15/15",
				"效益指标(30)/社会效益指标/65岁及以上老年人健康管理人数 >=1200人→1236人 30/30",
				"满意度指标(10)/服务对象满意度指标/居民满意度 >=85%→91% 10/10",
			},
			Totals:      [2]string{"100", "97.88"},
			Budget:      []string{"1254300", "1318650", "1302480.5", "1102480.5", "968320", "134160.5", "200000"},
			Projects:    []string{"基本公共卫生服务项目 <nil>/200000/0"},
			Functions:   3,
			Departments: 4,
			Disclosure:  "自评结果在芦淞区人民政府网站公开。",
			Preparer:    [3]string{"刘敏", "13807331265", "2024-05-20"},
		}},
		{"023_halfwidth_brackets_dunhao.txt", summary{
			Kind: KindDepartment, Unit: "株洲市天元区群丰镇人民政府", Project: "<nil>", Department: "<nil>",
			Funds: [3]string{"18654000", "21307600", "20985200"}, WeightScore: [2]string{"10", "9.85"}, Rate: "98.49",
			Indicators: []string{
				"产出指标(50)/数量指标/农村道路提质改造里程 >=12公里→12.6公里 20/20",
				"产出指标(50)/数量指标/农村危房改造户数 >=35户→37户 10/10",
				"产出指标(50)/时效指标/项目按期完工率 100%→95% 10/9",
				"产出指标(50)/成本指标/项目支出 <=559.96万元→536.22万元 10/10",
				"效益指标(30)/社会效益指标/群众出行条件 明显改善→明显改善 30/30",
				"满意度指标(10)/服务对象满意度指标/群众满意度 >=90%→94% 10/10",
			},
			Totals:      [2]string{"100", "98.85"},
			Budget:      []string{"18654000", "21307600", "20985200", "15623000", "13986600", "1636400", "5362200"},
			Projects:    []string{"农村道路提质改造项目 <nil>/3185000/215000", "农村危房改造项目 <nil>/927200/42800", "乡村振兴示范村建设项目 <nil>/1250000/0"},
			Functions:   5,
			Departments: 6,
			Disclosure:  "自评结果在天元区人民政府门户网站公开公示。",
			Preparer:    [3]string{"陈建军", "0731-28460218", "2024-06-03"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, doc := run(t, tt.name)
			checkSpans(t, doc, res.Facts)
			allPlaced(t, res.Facts)
			assert.Equal(t, tt.want, summarize(res))
		})
	}
}

// TestYuanBasicData checks the basic-data table of the report in 元: the
// unit comes from the header "经费控制情况（元）", and 厉行节约 keeps its text.
func TestYuanBasicData(t *testing.T) {
	res, _ := run(t, "022_dept_yuan.txt")
	bd := res.Facts.BasicData
	require.NotNil(t, bd)
	assert.Equal(t, "15", num(bd.Staffing.Authorized))
	assert.Equal(t, "14", num(bd.Staffing.Actual))
	assert.Equal(t, "93.33", num(bd.Staffing.ControlRate))
	require.Len(t, bd.ExpenseControl, 4)
	office := bd.ExpenseControl[2]
	assert.Equal(t, "公用经费", office.Label)
	assert.Equal(t, "134160.5", yuan(office.Values["2023年决算数"]))
	assert.Len(t, office.Children, 3)
	assert.Nil(t, bd.ExpenseControl[3].Values["2022年决算数"])
	assert.Equal(t, "严格执行公务接待审批制度，压减一般性支出。", txt(bd.Frugality))
}
