package review_test

import (
	"fmt"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/schema"
)

// highlighted is the text under the current highlight, span by span (the
// marks with data-h=K make up span K), with the marks' classes.
const highlighted = `(() => {
  const texts = [], classes = {};
  document.querySelectorAll('#doc mark.hl').forEach(m => {
    const k = +m.dataset.h;
    texts[k] = (texts[k] || '') + m.textContent;
    classes[m.className] = true;
  });
  return {texts: Array.from(texts, t => t === undefined ? null : t), classes: Object.keys(classes).sort()};
})()`

// highlight is the result of the highlighted expression.
type highlight struct {
	Texts   []*string `json:"texts"`
	Classes []string  `json:"classes"`
}

// strings are the highlighted texts, "" for a span with no mark.
func (h highlight) strings() []string {
	out := make([]string, len(h.Texts))
	for i, t := range h.Texts {
		if t != nil {
			out[i] = *t
		}
	}
	return out
}

// inView reports whether the first mark of span K of the highlight is
// within the document pane's visible area.
func inView(k int) string {
	return fmt.Sprintf(`(() => {
  const m = document.querySelector('#doc mark.hl[data-h="%d"]');
  if (!m) return false;
  const r = m.getBoundingClientRect(), d = document.getElementById('doc').getBoundingClientRect();
  return r.height > 0 && r.top >= d.top && r.bottom <= d.bottom && r.top >= 0 && r.bottom <= window.innerHeight;
})()`, k)
}

// TestBrowserFailedCheck opens the pages of reports with planted errors:
// the failed check is listed first; clicking a failed check highlights
// every span it names in the failure colour, the text under each
// highlight is the raw of the value there, and the first is scrolled into
// view.
func TestBrowserFailedCheck(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		file, rule string
		first      string // the rule of the check listed first
		spans      int
	}{
		{"030_seed_total_score_95.txt", "indicators.total_score", "indicators.total_score", 14},
		{"034_seed_basic_data_cross.txt", "cross.public_operating", "basic_data.children_le_parent", 2},
		{"036_seed_score_above_weight.txt", "indicators.score_le_weight", "indicators.score_le_weight", 2},
	} {
		t.Run(tc.file, func(t *testing.T) {
			e := extractFile(t, filepath.Join(corpus, tc.file))
			k := checkOf(t, e.rep, tc.rule, "fail")
			require.Len(t, k.Spans, tc.spans)
			ctx, dialogs := tab(t)
			open(t, ctx, writePage(t, dir, tc.file, e))
			waitReady(t, ctx)

			type firstCheck struct {
				Rule   string `json:"rule"`
				Failed bool   `json:"failed"`
			}
			first := eval[firstCheck](t, ctx, `(() => { const li = document.querySelector('#checks li.chk');
				return {rule: li.dataset.rule, failed: li.classList.contains('fail')}; })()`)
			assert.Equal(t, tc.first, first.Rule, "the first check listed")
			assert.True(t, first.Failed, "the first check listed has failed")

			click(t, ctx, `#checks li.chk.fail[data-rule="`+tc.rule+`"] > button.go`)
			got := eval[highlight](t, ctx, highlighted)
			want := make([]string, len(k.Spans))
			for i, s := range k.Spans {
				want[i] = rawAt(e, s)
			}
			assert.Equal(t, want, got.strings(), "the text under each highlight")
			assert.Equal(t, []string{"hl hl-fail"}, got.Classes, "one colour: the failure's")
			visible := eval[bool](t, ctx, inView(0))
			assert.True(t, visible, "the first span is scrolled into view")
			screenshot(t, ctx, "failed-check-"+tc.file)

			// A link to the last span scrolls there, the highlight kept.
			last := len(k.Spans) - 1
			click(t, ctx, fmt.Sprintf(`#checks li.chk.active .sl:nth-of-type(%d)`, last+1))
			visible = eval[bool](t, ctx, inView(last))
			assert.True(t, visible, "the link to span %d scrolls to it", last)
			got = eval[highlight](t, ctx, highlighted)
			assert.Equal(t, want, got.strings())
			assert.Zero(t, dialogs.count())
		})
	}
}

// TestBrowserFacts clicks facts of the seed: each highlights its span, in
// the text or in its table cell, and scrolls to it.
func TestBrowserFacts(t *testing.T) {
	e := extractFile(t, filepath.Join(corpus, seed))
	f := e.rep.Facts
	require.NotNil(t, f)
	require.NotNil(t, f.SelfEvaluation)
	ind := f.SelfEvaluation.Indicators[0]
	ctx, _ := tab(t)
	open(t, ctx, writePage(t, t.TempDir(), "seed", e))
	waitReady(t, ctx)
	for _, tc := range []struct {
		name  string
		span  schema.Span
		want  string
		inTag string // the element the highlight stands in
	}{
		{"budget", f.Budget.AnnualBudget.Span, f.Budget.AnnualBudget.Raw, "H4"}, // in the item "1.2023年预算资金179.52万元", a level-3 heading
		{"project spent", f.Projects[1].Spent.Span, f.Projects[1].Spent.Raw, "H4"},
		{"unit", f.SelfEvaluation.Unit.Span, f.SelfEvaluation.Unit.Text, "TD"},
		{"indicator actual", ind.Actual.Span, ind.Actual.Raw, "TD"},
		{"indicator score", *ind.ScoreSpan, string(ind.Score), "TD"},
		{"total score", *f.SelfEvaluation.TotalScoreSpan, string(f.SelfEvaluation.TotalScore), "TD"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sel := `#facts button.fact[data-s="` + strconv.Itoa(tc.span.Start) + "-" + strconv.Itoa(tc.span.End) + `"]`
			click(t, ctx, sel)
			got := eval[highlight](t, ctx, highlighted)
			assert.Equal(t, []string{tc.want}, got.strings())
			assert.Equal(t, []string{"hl hl-fact"}, got.Classes)
			tag := eval[string](t, ctx, `document.querySelector('#doc mark.hl').closest('[data-o]').tagName`)
			assert.Equal(t, tc.inTag, tag)
			visible := eval[bool](t, ctx, inView(0))
			assert.True(t, visible, "the fact's span is scrolled into view")
			screenshot(t, ctx, "fact-"+tc.name)
		})
	}
}

// TestBrowserOutline checks the seed's outline: its nine level-1 headings
// in order, each linking to its heading in the document.
func TestBrowserOutline(t *testing.T) {
	e := extractFile(t, filepath.Join(corpus, seed))
	var want []string
	for _, s := range e.rep.Sections {
		want = append(want, s.Marker+" "+s.Title)
	}
	require.Len(t, want, 9)
	ctx, _ := tab(t)
	open(t, ctx, writePage(t, t.TempDir(), "seed", e))
	waitReady(t, ctx)
	got := eval[[]string](t, ctx, `Array.from(document.querySelectorAll('#outline > ul.sections > li > a'), a => a.textContent)`)
	assert.Equal(t, want, got)

	// The eighth (the misnumbered "8、") scrolls to its heading.
	click(t, ctx, `#outline > ul.sections > li:nth-child(8) > a`)
	heading := eval[string](t, ctx, `(() => { const id = document.querySelector('#outline > ul.sections > li:nth-child(8) > a').hash.slice(1);
		return document.getElementById(id).tagName + ' ' + document.getElementById(id).textContent; })()`)
	assert.Equal(t, "H2 8、 下一步改进措施", heading)
	visible := eval[bool](t, ctx, inView(0))
	assert.True(t, visible)
	screenshot(t, ctx, "outline")
}

// TestBrowserMerges checks that merged cells span their rows and columns as
// drawn: the 绩效指标 cell of the seed's Word version covers its 13 rows.
func TestBrowserMerges(t *testing.T) {
	e := extractFile(t, filepath.Join(corpus, "010_seed_word.docx"))
	ctx, _ := tab(t)
	open(t, ctx, writePage(t, t.TempDir(), "word", e))
	waitReady(t, ctx)
	type merged struct {
		RowSpan  int     `json:"rowSpan"`
		Top      float64 `json:"top"`
		Bottom   float64 `json:"bottom"`
		FirstTop float64 `json:"firstTop"`
		LastBot  float64 `json:"lastBottom"`
	}
	got := eval[merged](t, ctx, `(() => {
  const td = Array.from(document.querySelectorAll('#doc td')).find(td => td.textContent === '绩\n效\n指\n标');
  td.scrollIntoView({block: 'start'});
  const tr = td.parentElement, rows = tr.parentElement.rows, i = tr.rowIndex;
  const r = td.getBoundingClientRect();
  return {rowSpan: td.rowSpan, top: r.top, bottom: r.bottom,
    firstTop: rows[i].getBoundingClientRect().top, lastBottom: rows[i + td.rowSpan - 1].getBoundingClientRect().bottom};
})()`)
	assert.Equal(t, 13, got.RowSpan)
	assert.InDelta(t, got.FirstTop, got.Top, 1.5, "the merged cell starts at its first row")
	assert.InDelta(t, got.LastBot, got.Bottom, 1.5, "the merged cell ends at its last row")
	screenshot(t, ctx, "merged-cells")
}
