package segment

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const seedPath = "../../corpus/000_0a15cb66ce3c31e1.txt"

// outline is a section reduced to what the acceptance list names.
type outline struct {
	Level, Ordinal int
	Title          string
	Children       []outline
}

func reduce(secs []*Section) []outline {
	var out []outline
	for _, s := range secs {
		out = append(out, outline{s.Level, s.Ordinal, s.Title, reduce(s.Children)})
	}
	return out
}

func items(level, n int, titles ...string) []outline {
	var out []outline
	for i := 0; i < n; i++ {
		out = append(out, outline{Level: level, Ordinal: i + 1, Title: titles[i]})
	}
	return out
}

func TestSegmentSeed(t *testing.T) {
	data, err := os.ReadFile(seedPath)
	require.NoError(t, err)
	doc := docFromText(string(data))
	res := Segment(doc, Options{})

	assert.Equal(t, "2023年度株洲市芦淞区征地工作协调服务中心整体支出绩效自评报告", res.Title)
	assert.Equal(t, "株洲市芦淞区征地工作协调服务中心", res.Unit)
	assert.Equal(t, 2023, res.FiscalYear)

	got := reduce(res.Sections)
	require.Len(t, got, 9)
	titles := []string{"部门（单位）基本情况", "一般公共预算支出情况", "政府性基金预算支出情况",
		"国有资本经营预算支出情况", "社会保险基金预算支出情况", "资金使用及绩效情况（包含单位管理的公共专项）",
		"存在的问题及原因分析", "下一步改进措施", "部门整体支出绩效自评结果拟应用和公开情况"}
	for i, s := range got {
		assert.Equal(t, 1, s.Level)
		assert.Equal(t, i+1, s.Ordinal)
		assert.Equal(t, titles[i], s.Title)
	}
	one := got[0].Children
	require.Len(t, one, 3)
	assert.Equal(t, []string{"主要职能", "机构情况", "人员情况"}, []string{one[0].Title, one[1].Title, one[2].Title})
	require.Len(t, one[0].Children, 7)
	for i, c := range one[0].Children {
		assert.Equal(t, outline{Level: 3, Ordinal: i + 1, Title: c.Title}, c)
	}
	two := got[1].Children
	require.Len(t, two, 2)
	assert.Equal(t, outline{2, 1, "基本支出情况", items(3, 3, "2023年预算资金179.52万元",
		"2023年度单位一般公共预算财政拨款收入205.30万元",
		"2023年度单位一般公共预算财政拨款支出205.30万元，其中")}, two[0])
	assert.Equal(t, outline{Level: 2, Ordinal: 2, Title: "项目支出情况"}, two[1])
	six := got[5].Children
	require.Len(t, six, 2)
	assert.Len(t, six[0].Children, 3)
	assert.Len(t, six[1].Children, 3)

	codes := map[string]int{}
	for _, w := range res.Warnings {
		codes[w.Code]++
	}
	assert.Equal(t, map[string]int{"segment.marker_repaired": 2, "segment.marker_fused": 1}, codes)

	var walk func([]*Section)
	walk = func(secs []*Section) {
		for _, s := range secs {
			assert.Equal(t, s.Title, doc.Text[s.TitleSpan.Start:s.TitleSpan.End])
			assert.Contains(t, doc.Text[s.Span.Start:s.Span.End], s.Title)
			walk(s.Children)
		}
	}
	walk(res.Sections)

	require.Len(t, res.Annexes, 3)
	assert.Equal(t, "2023年度部门（单位）整体支出绩效评价基础数据表", res.Annexes[1].Title)
	assert.Equal(t, "2023年度部门（单位）整体支出绩效自评表", res.Annexes[2].Title)
	assert.Equal(t, []int{0}, res.Annexes[1].Tables)
	assert.Equal(t, []int{2, 3}, res.TableAnnex)
}
