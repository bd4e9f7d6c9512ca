package segment

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract/text"
)

func TestUnitFromTitle(t *testing.T) {
	tests := []struct{ title, want string }{
		{"2023年度株洲市芦淞区征地工作协调服务中心整体支出绩效自评报告", "株洲市芦淞区征地工作协调服务中心"},
		{"株洲市芦淞区教育局2023年度部门整体支出绩效自评报告", "株洲市芦淞区教育局"},
		{"2022年长沙市某某局部门整体支出绩效自评报告", "长沙市某某局"},
		{"2023年度部门（单位）整体支出绩效自评报告", ""},
		{"2023年度项目支出绩效自评表", ""},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, unitFromTitle(tt.title), tt.title)
	}
}

func TestHeader(t *testing.T) {
	tests := []struct {
		name, text  string
		title, unit string
		year        int
	}{
		{"cover label wins", "部门（单位）名称：某某局（盖章）\n2023年度某某局整体支出绩效自评报告\n一、概况\n", "2023年度某某局整体支出绩效自评报告", "某某局", 2023},
		{"unit from title", "2022年度某某中心整体支出绩效自评报告\n一、概况\n", "2022年度某某中心整体支出绩效自评报告", "某某中心", 2022},
		{"two-line title", "2023年度某某中心\n整体支出绩效自评报告\n一、概况\n", "2023年度某某中心整体支出绩效自评报告", "某某中心", 2023},
		{"placeholder loses", "2023年度部门（单位）整体支出\n绩效自评报告\n2023年度某某站\n整体支出绩效自评报告\n一、概况\n", "2023年度某某站整体支出绩效自评报告", "某某站", 2023},
		{"table-only report", "项目支出绩效自评表\n（2023年度）\n\t项目名称\n\t某项目\n\n\t实施单位\n\t某某所\n", "项目支出绩效自评表", "某某所", 2023},
		{"no title", "一、概况\n正文\n", "", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := text.Read([]byte(tt.text), text.Options{})
			require.NoError(t, err)
			res := Segment(doc, Options{})
			assert.Equal(t, []any{tt.title, tt.unit, tt.year}, []any{res.Title, res.Unit, res.FiscalYear})
		})
	}
}
