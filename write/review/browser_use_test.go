package review_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/schema"
	"github.com/jixiao-dev/jixiao/write/review"
)

// payload is report text that would run if it were not escaped.
const payload = `<script>alert(1)</script><img src=x onerror="window.pwned=1;alert(2)">`

// TestBrowserEscapes opens the page and the index of a report whose title,
// unit, paragraphs and table cells contain markup: the markup shows as
// text, and nothing runs.
func TestBrowserEscapes(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(corpus, seed))
	require.NoError(t, err)
	text := strings.ReplaceAll(string(data), "株洲市芦淞区征地工作协调服务中心", payload+"中心")
	text = strings.Replace(text, "无。\n", "无"+payload+"。</script><script>alert(3)</script>\n", 1)
	text = strings.Replace(text, "无法保证部分项目实施拆迁", payload, 1)
	e := extractData(t, "xss.txt", []byte(text))
	require.Contains(t, e.rep.Unit, "<script>alert(1)</script>", "the unit carries the payload")
	e.rep.Title = payload + e.rep.Title // and the title, whatever the profile made of it

	dir := t.TempDir()
	pagePath := writePage(t, dir, "xss.txt", e)
	row := review.Summarize(e.rep)
	row.Href = "xss.txt.html"
	idx, err := os.Create(filepath.Join(dir, "index.html"))
	require.NoError(t, err)
	require.NoError(t, review.Index(idx, []review.Summary{row}))
	require.NoError(t, idx.Close())

	type inert struct {
		Scripts int    `json:"scripts"`
		Images  int    `json:"images"`
		Pwned   bool   `json:"pwned"`
		Title   string `json:"title"`
		Shown   int    `json:"shown"`
	}
	// scripts counts the scripts that run: all but the page's data.
	const probe = `({scripts: Array.from(document.scripts).filter(s => !/^application\/(x-ndjson|json|gzip)$/.test(s.type)).length, images: document.images.length, pwned: window.pwned === 1,
		title: document.title, shown: document.body.innerText.split('<script>alert(1)</script>').length - 1})`
	for _, tc := range []struct {
		name    string
		path    string
		scripts int // the page's own, that run
	}{
		{"page", pagePath, 1},
		{"index", filepath.Join(dir, "index.html"), 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, dialogs := tab(t)
			open(t, ctx, tc.path)
			if tc.name == "page" {
				waitReady(t, ctx)
				// Click every check and fact: handlers see the text too.
				require.NoError(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](
					`document.querySelectorAll('#panel [data-spans], #panel [data-s]').forEach(b => b.click())`)))
			}
			got := eval[inert](t, ctx, probe)
			assert.Equal(t, tc.scripts, got.Scripts, "only the page's own scripts")
			assert.Zero(t, got.Images, "no image element was made from the text")
			assert.False(t, got.Pwned)
			if tc.name == "page" {
				assert.Contains(t, got.Title, "<script>alert(1)</script>", "the title shows the markup as text")
			}
			assert.Positive(t, got.Shown, "the markup shows as text")
			assert.Zero(t, dialogs.count(), "no alert ran")
			screenshot(t, ctx, "escapes-"+tc.name)
		})
	}
}

// TestBrowserKeyboard checks keyboard use: Tab reaches the failed checks
// first, n and p step through failed and warned checks, Escape clears.
func TestBrowserKeyboard(t *testing.T) {
	e := extractFile(t, filepath.Join(corpus, "033_seed_breakdowns_weights.txt"))
	var failed []string
	for _, k := range e.rep.Checks {
		if k.Status == "fail" {
			failed = append(failed, k.Rule)
		}
	}
	require.Greater(t, len(failed), 2)
	ctx, _ := tab(t)
	open(t, ctx, writePage(t, t.TempDir(), "033", e))
	waitReady(t, ctx)

	const focused = `(() => { const a = document.activeElement; const li = a.closest('.chk');
		return (a.className || a.tagName) + (li ? ' ' + li.dataset.rule : ''); })()`
	require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent(kb.Tab)))
	assert.Equal(t, "skip", eval[string](t, ctx, focused), "Tab first reaches the skip link")
	require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent(kb.Tab)))
	assert.Equal(t, "go "+failed[0], eval[string](t, ctx, focused), "then the first failed check")

	const active = `(() => { const li = document.querySelector('.chk.active');
		return li ? li.dataset.rule + ' ' + document.querySelectorAll('#doc mark.hl-fail').length : ''; })()`
	require.NoError(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.activeElement.blur()`), chromedp.KeyEvent("n")))
	got := eval[string](t, ctx, active)
	assert.True(t, strings.HasPrefix(got, failed[0]+" "), "n goes to the first failed check: %s", got)
	assert.NotEqual(t, failed[0]+" 0", got, "and highlights its figures")
	require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent("n")))
	assert.True(t, strings.HasPrefix(eval[string](t, ctx, active), failed[1]+" "), "n again goes to the second")
	require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent("p")))
	assert.True(t, strings.HasPrefix(eval[string](t, ctx, active), failed[0]+" "), "p goes back")
	screenshot(t, ctx, "keyboard")
	require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent(kb.Escape)))
	assert.Equal(t, "", eval[string](t, ctx, active), "Escape clears")
	assert.Zero(t, eval[int](t, ctx, `document.querySelectorAll('#doc mark.hl').length`))
}

// TestBrowserValueCard focuses values of the seed: the card says what each
// was read as, where its unit came from, and which warning touches it.
func TestBrowserValueCard(t *testing.T) {
	e := extractFile(t, filepath.Join(corpus, seed))
	find := func(ok func(v schema.Value) bool) int {
		for i, v := range e.rep.Values {
			if ok(v) {
				return i
			}
		}
		t.Fatal("no such value")
		return -1
	}
	written := find(func(v schema.Value) bool { return v.Raw == "179.52万元" })
	fromHeader := find(func(v schema.Value) bool { return v.UnitSource == "row" && v.UnitSpan != nil })
	// No value of the corpus stands under a warning: plant one.
	warned := find(func(v schema.Value) bool { return v.Raw == "15.58万元" })
	e.rep.Warnings = append(e.rep.Warnings, schema.Warning{Code: "test.planted", Message: "planted over 15.58万元", Span: e.rep.Values[warned].Span})
	ctx, _ := tab(t)
	open(t, ctx, writePage(t, t.TempDir(), "seed", e))
	waitReady(t, ctx)
	focus := func(i int) string {
		sel := `#doc mark.v[data-v="` + strconv.Itoa(i) + `"]`
		require.NoError(t, chromedp.Do(ctx, chromedp.Focus(chromedp.CSS(sel))))
		return eval[string](t, ctx, `document.getElementById('card').hidden ? '' : document.getElementById('card').innerText`)
	}

	card := focus(written)
	for _, want := range []string{"179.52万元", "金额 amount", "179.52 万元", "1,795,200 元", "原文写明 written", "第50行"} {
		assert.Contains(t, card, want)
	}
	screenshot(t, ctx, "value-card")

	v := e.rep.Values[fromHeader]
	card = focus(fromHeader)
	assert.Contains(t, card, "行标题 row header")
	click(t, ctx, "#card button[data-s]")
	got := eval[highlight](t, ctx, highlighted)
	assert.Equal(t, []string{e.text[v.UnitSpan.Start:v.UnitSpan.End]}, got.strings(), "the unit source link highlights the header")

	card = focus(warned)
	assert.Contains(t, card, "⚠ test.planted：planted over 15.58万元")
	assert.True(t, eval[bool](t, ctx, `document.querySelector('#doc mark.v[data-v="`+strconv.Itoa(warned)+`"]').classList.contains('warned')`))
}
