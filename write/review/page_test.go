package review_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/schema"
	"github.com/jixiao-dev/jixiao/write/review"
)

// pageInvariants checks what every page must hold: the page's own script
// and data elements and nothing that starts another script; no markup in
// the data; the parts' texts are the text, each byte once; every text
// element lies within its part on character boundaries; every non-blank
// character of the text is in one; every value is marked but one that
// values before it cover, within its span and with its kind; the failed
// spans lie within failed checks' spans; the ids lead to their parts.
func pageInvariants(t *testing.T, page string, e extracted) {
	t.Helper()
	assert.Equal(t, 5, strings.Count(page, "<script"), "the page's data (four elements) and script, no other")
	assert.Equal(t, 1, strings.Count(page, "<script>"), "one script that runs: the page's own")
	d := readPage(t, page)
	for id, raw := range d.Raw {
		require.NotContains(t, raw, "<", "no markup in %s", id)
	}
	require.Equal(t, len(e.text), d.Meta.Size)
	var sb strings.Builder
	covered := make([]bool, len(e.text)+1)
	for k, p := range d.Parts {
		require.Equal(t, sb.Len(), p.Start, "part %d starts where the one before ends", k)
		sb.WriteString(p.Text)
		end := p.Start + len(p.Text)
		for _, s := range p.texts() {
			require.True(t, p.Start <= s[0] && s[0] <= s[1] && s[1] <= end, "part %d [%d, %d): element %v", k, p.Start, end, s)
			require.True(t, utf8.RuneStart(e.text[s[0]]) && (s[1] == len(e.text) || utf8.RuneStart(e.text[s[1]])), "element %v on characters", s)
			for i := s[0]; i < s[1]; i++ {
				covered[i] = true
			}
		}
		for i, m := range p.Marks {
			require.True(t, p.Start <= m[0] && m[0] < m[1] && m[1] <= end, "part %d: mark %v", k, m)
			if i > 0 {
				require.LessOrEqual(t, p.Marks[i-1][1], m[0], "marks in order, apart")
			}
			v := e.rep.Values[m[2]]
			require.True(t, v.Span.Start <= m[0] && m[1] <= v.Span.End, "mark %v within value %d's span %v", m, m[2], v.Span)
		}
		for _, f := range p.Fails {
			require.True(t, p.Start <= f[0] && f[0] < f[1] && f[1] <= end, "part %d: failed span %v", k, f)
			require.True(t, slices.ContainsFunc(e.rep.Checks, func(c schema.Check) bool {
				return c.Status == "fail" && slices.ContainsFunc(c.Spans, func(s schema.Span) bool { return s.Start <= f[0] && f[1] <= s.End })
			}), "failed span %v is a failed check's", f)
		}
	}
	require.Equal(t, e.text, sb.String(), "the parts' texts are the text")
	for i, r := range e.text {
		if !unicode.IsSpace(r) && !covered[i] {
			t.Fatalf("%q at %d (line %d) is not shown", string(r), i, strings.Count(e.text[:i], "\n")+1)
		}
	}
	// A value is marked unless values before it (in text order) cover it;
	// its mark says its kind, and whether a warning touches it, as its card
	// does.
	marked := map[int]int{}
	for _, p := range d.Parts {
		for _, m := range p.Marks {
			marked[m[2]] = m[3]
		}
	}
	require.Len(t, d.Values, len(e.rep.Values), "a card per value")
	order := make([]int, len(e.rep.Values))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return e.rep.Values[order[i]].Span.Start < e.rep.Values[order[j]].Span.Start })
	reach := 0
	for _, i := range order {
		v := e.rep.Values[i]
		assert.Equal(t, v.Kind, d.Values[i]["k"], "value %d's card", i)
		if class, ok := marked[i]; ok {
			_, warned := d.Values[i]["w"]
			assert.Equal(t, warned, class%2 == 1, "value %d is marked as warned as its card says", i)
		} else if v.Span.End > max(v.Span.Start, reach) {
			t.Errorf("value %d (%q) is not marked", i, v.Raw)
		}
		reach = max(reach, v.Span.End)
	}
	for k, p := range d.Parts {
		for _, b := range (pageDoc{Parts: []docPart{p}}).blocks() {
			var list []int
			var n int
			switch {
			case strings.HasPrefix(b.ID, "s-"):
				list, n = d.Meta.Sections, atoi(t, b.ID[2:])
			case strings.HasPrefix(b.ID, "a-"):
				list, n = d.Meta.Annexes, atoi(t, b.ID[2:])
			default:
				continue
			}
			require.Equal(t, k, list[n-1], "%s is in part %d", b.ID, k)
		}
	}
}

func atoi(t *testing.T, s string) int {
	n, err := strconv.Atoi(s)
	require.NoError(t, err)
	return n
}

// corpusFiles are the corpus inputs the library reads: those with a golden
// JSON file (an input that must fail has a .err instead).
func corpusFiles(t *testing.T) []string {
	t.Helper()
	golden, err := filepath.Glob(filepath.Join(corpus, "..", "golden", "*.json"))
	require.NoError(t, err)
	var out []string
	for _, g := range golden {
		out = append(out, filepath.Join(corpus, strings.TrimSuffix(filepath.Base(g), ".json")))
	}
	require.NotEmpty(t, out)
	return out
}

// TestPageCorpus renders the page of every corpus file and checks its
// invariants, and that the same input gives the same bytes.
func TestPageCorpus(t *testing.T) {
	for _, path := range corpusFiles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			e := extractFile(t, path)
			page := render(t, e)
			pageInvariants(t, page, e)
			assert.Equal(t, page, render(t, e), "deterministic")
		})
	}
}

// TestPageStructure checks the seed's page: headings with their ids, the
// tables, the checks, facts and warnings panels, the outline.
func TestPageStructure(t *testing.T) {
	e := extractFile(t, filepath.Join(corpus, seed))
	page := render(t, e)
	for _, want := range []string{
		`<details class="passed" id="passed"><summary>通过 34 项 passed</summary>`,
		`<caption>绩效指标 indicators</caption>`,
		`<caption>预算 budget</caption>`,
		`<code>segment.marker_repaired</code>`,
		`<a href="#s-1" data-s="`,
		`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-`,
		`<title>2023年度株洲市芦淞区征地工作协调服务中心整体支出绩效自评报告 · 审阅</title>`,
	} {
		assert.Contains(t, page, want)
	}
	var level1, ids []string
	for _, b := range readPage(t, page).blocks() {
		if b.Kind == "h" && b.Level == 1 && strings.HasPrefix(b.ID, "s-") {
			level1 = append(level1, e.text[b.O:b.E])
		}
		if b.ID != "" {
			ids = append(ids, b.ID)
		}
	}
	assert.Len(t, level1, 9, "nine level-1 headings")
	assert.Equal(t, "一、部门（单位）基本情况", level1[0])
	assert.Subset(t, ids, []string{"s-1", "a-1", "a-2", "t-0", "t-1"})
	assert.NotContains(t, page, "http://")
	assert.NotContains(t, page, "https://")
}

// TestPageEscapes renders text that is markup: it is escaped wherever it
// lands (title, document, facts, checks, warnings, the script's data).
func TestPageEscapes(t *testing.T) {
	const evil = `</script><script>alert(1)</script>"'&+`
	data, err := os.ReadFile(filepath.Join(corpus, seed))
	require.NoError(t, err)
	text := strings.ReplaceAll(string(data), "株洲市芦淞区征地工作协调服务中心", evil)
	e := extractData(t, "evil.txt", []byte(text))
	e.rep.Title = evil
	e.rep.Warnings = append(e.rep.Warnings, schema.Warning{Code: "x", Message: evil, Span: e.rep.Values[0].Span})
	e.rep.Checks = append(e.rep.Checks, schema.Check{Rule: evil, Status: "fail", Message: evil, Spans: []schema.Span{e.rep.Values[0].Span}},
		schema.Check{Rule: evil, Status: "pass", Message: evil, Spans: []schema.Span{e.rep.Values[1].Span}})
	page := render(t, e)
	pageInvariants(t, page, e)
	assert.NotContains(t, page, "<script>alert")
	assert.Contains(t, page, `&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#34;&#39;&amp;&#43;`)
	assert.Contains(t, page, `\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e\"'\u0026+`, "in the script's data")
	d := readPage(t, page)
	assert.Contains(t, d.Parts[0].Text, evil, "in the document's data, as the text has it")
}

// TestPageSpanErrors gives reports whose spans do not fit the text: each is
// an error that names the span, and nothing is written.
func TestPageSpanErrors(t *testing.T) {
	const text = "一、 概况\n数额12万元。\n"
	good := func() *schema.Report {
		return &schema.Report{
			Sections: []schema.Section{{Marker: "一、", Level: 1, Title: "概况", Span: schema.Span{Start: 0, End: len(text)}, TitleSpan: schema.Span{Start: 7, End: 13}}},
			Values:   []schema.Value{{Kind: "amount", Raw: "12万元", Span: schema.Span{Start: 20, End: 28, Line: 2}}},
		}
	}
	var buf bytes.Buffer
	require.NoError(t, review.Page(&buf, good(), text))
	for _, tc := range []struct {
		name  string
		spoil func(*schema.Report)
		msg   string
	}{
		{"value past the end", func(r *schema.Report) { r.Values[0].Span.End = 99 }, "review: value 0 span 20-99 ends past the text (the text has 32 bytes)"},
		{"value backwards", func(r *schema.Report) { r.Values[0].Span.Start = 29 }, "value 0 span 29-28 is not a range"},
		{"unit inside a character", func(r *schema.Report) { r.Values[0].UnitSpan = &schema.Span{Start: 1, End: 3} }, "value 0 unit span 1-3 cuts a UTF-8 character"},
		{"section title", func(r *schema.Report) { r.Sections[0].TitleSpan.Start = -1 }, "section 一、概况 title span -1-13 is not a range"},
		{"check", func(r *schema.Report) {
			r.Checks = []schema.Check{{Rule: "x", Status: "fail", Spans: []schema.Span{{Start: 0, End: 3}, {Start: 0, End: 33}}}}
		}, "check 0 span 1 span 0-33 ends past the text"},
		{"warning", func(r *schema.Report) { r.Warnings = []schema.Warning{{Span: schema.Span{Start: 40, End: 41}}} }, "warning 0 span 40-41"},
		{"cell", func(r *schema.Report) {
			r.Tables = []schema.Table{{Span: schema.Span{Start: 0, End: 6}, Rows: [][]schema.Cell{{{Span: schema.Span{Start: 0, End: 3}}, {Span: schema.Span{Start: 2, End: 3}}}}}}
		}, "table 0 row 0 cell 1 span 2-3 cuts a UTF-8 character"},
		{"fact", func(r *schema.Report) {
			r.Facts = &schema.Facts{Budget: &schema.Budget{AnnualBudget: &schema.Value{Raw: "12万元", Span: schema.Span{Start: 20, End: 50}}}}
		}, "fact 12万元 span 20-50 ends past the text"},
		{"page", func(r *schema.Report) { r.Pages = []schema.Page{{Number: 1, Span: schema.Span{Start: 0, End: 60}}} }, "page 1 span 0-60"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := good()
			tc.spoil(r)
			var buf bytes.Buffer
			err := review.Page(&buf, r, text)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.msg)
			assert.Zero(t, buf.Len(), "nothing is written")
		})
	}
}

// TestIndexPage checks the index: one row per summary in order, the read
// error of a file that has no page, and escaping.
func TestIndexPage(t *testing.T) {
	e := extractFile(t, filepath.Join(corpus, "030_seed_total_score_95.txt"))
	row := review.Summarize(e.rep)
	assert.Equal(t, review.Summary{Path: "../../corpus/030_seed_total_score_95.txt", Format: "text", Kind: "department_overall",
		Unit: "株洲市芦淞区征地工作协调服务中心", Title: e.rep.Title, Year: 2023, Values: 108, Failed: 1, Passed: 33, Warnings: 4}, row)
	row.Href = "030_seed_total_score_95.txt.html"
	rows := []review.Summary{row, {Path: "bad/<b>x.docx", Error: `bad/<b>x.docx: not a zip "file"`}}
	var buf bytes.Buffer
	require.NoError(t, review.Index(&buf, rows))
	page := buf.String()
	assert.Contains(t, page, `<a class="name" href="030_seed_total_score_95.txt.html">030_seed_total_score_95.txt</a>`)
	assert.Contains(t, page, `<td class="num c-fail">1</td>`)
	assert.Contains(t, page, `<tr class="err"><td class="file"><span class="name">&lt;b&gt;x.docx</span>`)
	assert.Contains(t, page, `<td class="error">bad/&lt;b&gt;x.docx: not a zip &#34;file&#34;</td>`)
	assert.Contains(t, page, "2 个文件，其中 <span class=\"c-fail\">1 个无法读取</span>")
	assert.Equal(t, 1, strings.Count(page, "<script"))
}

// TestPageLocators checks that a cell's place in its source is its title.
func TestPageLocators(t *testing.T) {
	const text = "\t甲\n\t乙\n"
	cell := func(s, e int, loc *schema.Locator) schema.Cell {
		return schema.Cell{Span: schema.Span{Start: s, End: e}, RowSpan: 1, ColSpan: 1, Loc: loc}
	}
	rep := &schema.Report{Tables: []schema.Table{{Span: schema.Span{Start: 0, End: len(text)}, Rows: [][]schema.Cell{
		{cell(1, 4, &schema.Locator{Sheet: `表"1`, Ref: "B6"})},
		{cell(6, 9, &schema.Locator{Page: 3})},
	}}}}
	var buf bytes.Buffer
	require.NoError(t, review.Page(&buf, rep, text))
	blocks := readPage(t, buf.String()).blocks()
	require.Len(t, blocks, 1)
	assert.Equal(t, [][]docCell{
		{{O: 1, E: 4, RowSpan: 1, ColSpan: 1, Loc: `表"1!B6`}},
		{{O: 6, E: 9, RowSpan: 1, ColSpan: 1, Loc: "第3页"}},
	}, blocks[0].Rows)
}

// TestPageLong writes the pages of reports of growing length (the planted
// failure of corpus/030 over and over): a short one is drawn at once, a
// longer one in the browser's idle time, a long one only near the view,
// with its data packed; each holds the page invariants, and the same
// report gives the same bytes.
func TestPageLong(t *testing.T) {
	one := extractFile(t, filepath.Join(corpus, "030_seed_total_score_95.txt"))
	for _, tc := range []struct {
		copies int
		draw   string
		packed bool
	}{
		{1, "all", false},
		{40, "idle", false},
		{240, "view", true},
	} {
		t.Run(strconv.Itoa(tc.copies), func(t *testing.T) {
			e := replicate(t, one, tc.copies)
			page := render(t, e)
			pageInvariants(t, page, e)
			d := readPage(t, page)
			assert.Equal(t, tc.packed, d.Packed)
			var meta struct {
				Draw   string `json:"draw"`
				Groups []int  `json:"gp"`
			}
			require.NoError(t, json.Unmarshal([]byte(d.Raw["review-data"]), &meta))
			assert.Equal(t, tc.draw, meta.Draw)
			if tc.packed {
				assert.Greater(t, len(meta.Groups), 10, "packed in groups of parts")
				assert.Equal(t, 0, meta.Groups[0])
				assert.True(t, sort.IntsAreSorted(meta.Groups))
			}
			assert.Equal(t, page, render(t, e), "deterministic")
		})
	}
}
