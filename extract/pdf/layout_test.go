package pdf

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// run makes the characters of s set from x on the baseline y at size:
// full width for ideographs, half for the rest, gap points between them.
func run(s string, x, y, size, gap float64) []char {
	var out []char
	for _, r := range s {
		w := size / 2
		if isWide(r) {
			w = size
		}
		out = append(out, char{r: r, box: rect{x, y - 0.88*size, x + w, y + 0.12*size}, base: y, size: size})
		x += w + gap
	}
	return out
}

func TestLineText(t *testing.T) {
	spaced := run("2023", 72, 100, 10, 0)
	spaced = append(spaced, run("年", spaced[3].box.x1+2.5, 100, 10, 0)...) // a quarter em: spacing
	typed := run("307.82", 72, 100, 10, 0)
	wan := run("万元", typed[5].box.x1+2.5, 100, 10, 0)
	wan[0].spaceBefore = true // a space glyph on the page
	tests := []struct {
		name  string
		chars []char
		want  []string // the line's segments
	}{
		{"ideographs set tight", run("部门预算", 72, 100, 10, 0), []string{"部门预算"}},
		{"justified ideographs", run("部门预算", 72, 100, 10, 3), []string{"部门预算"}},
		{"a quarter em between digits and an ideograph is no space", spaced, []string{"2023年"}},
		{"a typed space stays", append(typed, wan...), []string{"307.82 万元"}},
		{"Latin words apart", append(run("Page", 72, 100, 10, 0), run("one", 72+4*5+3, 100, 10, 0)...), []string{"Page one"}},
		{"wide gaps cut segments", append(run("编制部门：某局", 72, 100, 10, 0), run("单位：元", 400, 100, 10, 0)...), []string{"编制部门：某局", "单位：元"}},
		{"a letter-spaced title is not cut", run("目录", 200, 100, 10, 30), []string{"目 录"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := groupLines(tt.chars)
			assert.Len(t, lines, 1)
			var got []string
			for _, s := range lines[0].segments() {
				got = append(got, s.text())
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestGroupLinesByBaseline(t *testing.T) {
	chars := append(run("第二行", 72, 130, 10, 0), run("第一行", 72, 100, 10, 0)...)
	chars = append(chars, run("上标", 102, 97, 10, 0)...) // 3 points up: same line
	var got []string
	for _, ln := range groupLines(chars) {
		got = append(got, ln.text())
	}
	assert.Equal(t, []string{"第一行上标", "第二行"}, got)
}

func TestLatticeMerges(t *testing.T) {
	// a 3×3 grid whose top row is one cell across (no vertical rule in
	// it between the outer ones) and whose first column's last two rows
	// are one cell (no horizontal rule between them there)
	h := func(y, x0, x1 float64) rect { return rect{x0, y - 0.25, x1, y + 0.25} }
	v := func(x, y0, y1 float64) rect { return rect{x - 0.25, y0, x + 0.25, y1} }
	rules := []rect{
		h(100, 50, 350), h(120, 50, 350), h(140, 150, 350), h(160, 50, 350),
		v(50, 100, 160), v(350, 100, 160), v(150, 120, 160), v(250, 120, 160),
	}
	gs := lattices(rules)
	if assert.Len(t, gs, 1) {
		var got [][4]int
		for _, c := range gs[0].cells {
			got = append(got, [4]int{c.r0, c.c0, c.r1, c.c1})
		}
		assert.Equal(t, [][4]int{{0, 0, 1, 3}, {1, 0, 3, 1}, {1, 1, 2, 2}, {1, 2, 2, 3}, {2, 1, 3, 2}, {2, 2, 3, 3}}, got)
	}
	assert.Empty(t, lattices([]rect{h(100, 50, 350), h(120, 50, 350)}), "two rules with nothing across are no table")
	assert.Empty(t, lattices([]rect{h(100, 50, 350), h(120, 50, 350), v(50, 100, 120), v(350, 100, 120)}), "a box around one cell is no table")
}

func TestIsPageNumber(t *testing.T) {
	for s, want := range map[string]bool{
		"3": true, "- 3 -": true, "—12—": true, "（4）": true, "第 3 页": true, "第3页 共10页": true,
		"第3页/共10页": true, "共10页第3页": true, "3/10": true, "Page 3 of 10": true, "Page 7": true,
		"2023": true, "12345": false, "3.5": false, "第三页": false, "单位：元": false, "- a -": false, "": false,
	} {
		assert.Equal(t, want, isPageNumber(s), "%q", s)
	}
}

func TestMarkers(t *testing.T) {
	for s, want := range map[string]bool{
		"一、概况": true, "十二．其他": true, "（一）职能": true, "(3)项目": true, "1.做好": true, "10、其他": true,
		"第一部分 概况": true, "第三章": true, "附件2": true, "附件": true, "2023年": false, "123.4万元": false,
		"一般公共预算": false, "（万元）": false, "第3页": false,
	} {
		assert.Equal(t, want, startsWithMarker(s), "%q", s)
	}
	for s, want := range map[string]bool{"工作。": true, "如下：": true, "“结束。”": true, "进一": false, "万元": false} {
		assert.Equal(t, want, endsSentence(s), "%q", s)
	}
}

func TestPageList(t *testing.T) {
	assert.Equal(t, "1–12, 15", pageList([]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15}))
	assert.Equal(t, "2, 4–5", pageList([]int{2, 4, 5}))
}

// TestParagraphs lays out a page of body text and checks which lines
// join: wrapped lines do, a line after a short one, an indented line, a
// heading after a full last line ending a sentence and a line far below do
// not.
func TestParagraphs(t *testing.T) {
	lines := []struct {
		s      string
		x, y   float64
		indent bool
	}{
		{"一、基本情况", 50, 100, false},
		{"本单位是全区征拆征收工作的统筹指挥和协调服务机构负责项目", 70, 120, true},
		{"2.5万元以内的日常开支。", 50, 140, false},
		{"负责征拆征收项目管理协调服务工作及时掌握和更新全区项目情况", 70, 160, true},
		{"做好项目资金调度管理工作并建立和完善项目档案管理制度。", 50, 180, false},
		{"二、下一步工作", 50, 200, false},
		{"远处的一行", 50, 300, false},
	}
	pl := &pageLayout{num: 1, w: 400, h: 800}
	for _, l := range lines {
		cs := run(l.s, l.x, l.y, 10, 0)
		ln := newLine(cs)
		u := &unit{line: ln, text: ln.text(), alone: true, page: 1}
		pl.units = append(pl.units, u)
		pl.items = append(pl.items, item{u: u})
	}
	// make the full lines end at one right margin, as justified text does
	for _, i := range []int{1, 3, 4} {
		pl.units[i].box.x1 = 350
	}
	var got []string
	for _, it := range paragraphs(pl, 10) {
		got = append(got, it.p.text())
	}
	assert.Equal(t, []string{
		"一、基本情况",
		"本单位是全区征拆征收工作的统筹指挥和协调服务机构负责项目2.5万元以内的日常开支。",
		"负责征拆征收项目管理协调服务工作及时掌握和更新全区项目情况做好项目资金调度管理工作并建立和完善项目档案管理制度。",
		"二、下一步工作",
		"远处的一行",
	}, got)
}

func TestDedupeAndAngles(t *testing.T) {
	bold := run("预算", 72, 100, 10, 0)
	twice := append(bold, run("预算", 72.3, 100.2, 10, 0)...) // drawn again 0.3 pt off: fake bold
	twice = append(twice, run("算", 82, 120, 10, 0)...)      // the same rune on another line stays
	var got []string
	for _, ln := range groupLines(dedupe(twice)) {
		got = append(got, ln.text())
	}
	assert.Equal(t, []string{"预算", "算"}, got)
	assert.True(t, atQuarter(0.05, 0))
	assert.True(t, atQuarter(2*3.14159-0.05, 0))
	assert.False(t, atQuarter(3.14159/4, 0), "45°: a watermark")
	assert.True(t, atQuarter(3.14159/2, 1))
}
