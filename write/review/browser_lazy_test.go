package review_test

import (
	"fmt"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/schema"
)

// TestBrowserLazy opens the pages of longer reports (the planted failure
// of corpus/030 over and over): one drawn in view first and the rest while
// the browser is idle, one drawn only near the view from packed data.
// Everything a reader does reaches the parts not drawn yet: the outline's
// last heading (listed by the script, past those the page writes), an
// address naming a heading, p to the last failed check, a value's card
// there; printing draws the whole document; and the document drawn is the
// page's data, element for element.
func TestBrowserLazy(t *testing.T) {
	one := extractFile(t, filepath.Join(corpus, "030_seed_total_score_95.txt"))
	last := one.rep.Sections[len(one.rep.Sections)-1]
	for _, tc := range []struct {
		copies int
		draw   string
	}{
		{40, "idle"},
		{240, "view"},
	} {
		t.Run(tc.draw, func(t *testing.T) {
			e := replicate(t, one, tc.copies)
			pagePath := writePage(t, t.TempDir(), "lazy", e)
			ctx, dialogs := tab(t)
			open(t, ctx, pagePath)
			waitReady(t, ctx)
			assert.Equal(t, tc.draw, eval[string](t, ctx, `JSON.parse(document.getElementById('review-data').textContent).draw`))
			if tc.draw == "view" {
				assert.False(t, eval[bool](t, ctx, `window.jixiaoReview.complete`), "not drawn whole")
			}

			// The outline's last level-1 heading: the page lists the first
			// 200 entries, the script the rest, a chunk a button press.
			require.NoError(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`new Promise(done => (function more() {
  const b = document.querySelector('#outline > ul.sections > li.more > button');
  if (b) { b.click(); setTimeout(more, 0); } else done();
})())`, chromedp.EvalAwaitPromise)))
			n := eval[int](t, ctx, `document.querySelectorAll('#outline > ul.sections > li').length`)
			assert.Equal(t, len(e.rep.Sections), n, "every level-1 heading listed")
			click(t, ctx, `#outline > ul.sections > li:last-child > a`)
			waitFor(t, ctx, `window.jixiaoReview.done !== undefined`)
			require.NoError(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`window.jixiaoReview.done`, chromedp.EvalAwaitPromise)))
			got := eval[highlight](t, ctx, highlighted)
			assert.Equal(t, []string{last.Title}, got.strings(), "the last heading's title highlighted")
			assert.True(t, eval[bool](t, ctx, inView(0)), "and in view")
			heading := eval[string](t, ctx, `document.querySelector('#outline > ul.sections > li:last-child > a').hash`)
			assert.Equal(t, last.Marker+last.Title, eval[string](t, ctx, `document.getElementById('`+heading[1:]+`').textContent`))

			// An address naming a heading in the middle.
			id := "s-" + strconv.Itoa(tc.copies/2*countSections(one.rep.Sections)+1) // the middle copy's first
			require.NoError(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`location.hash = '#`+id+`'`)))
			waitFor(t, ctx, fmt.Sprintf(`(() => { const h = document.getElementById(%q); if (!h) return false;
  const r = h.getBoundingClientRect(), d = document.getElementById('doc').getBoundingClientRect();
  return r.height > 0 && r.top >= d.top && r.bottom <= d.bottom; })()`, id))

			// p from no check goes to the last failed one: listed by the
			// script, its figures at the end of the document.
			require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent(kb.Escape), chromedp.KeyEvent("p")))
			require.NoError(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`window.jixiaoReview.done`, chromedp.EvalAwaitPromise)))
			assert.Equal(t, strconv.Itoa(len(e.rep.Checks)-len(one.rep.Checks)+checkIndex(one, "indicators.total_score")),
				eval[string](t, ctx, `document.querySelector('.chk.active').dataset.i`), "the last failed check is active")
			want := checkOf(t, one.rep, "indicators.total_score", "fail").Spans
			got = eval[highlight](t, ctx, highlighted)
			for k, s := range want {
				assert.Equal(t, rawAt(one, s), got.strings()[k])
			}
			assert.True(t, eval[bool](t, ctx, inView(0)))

			// The card of a value there (the failed figures are scores, not
			// values).
			v := eval[string](t, ctx, `document.querySelector('#doc mark.hl').closest('.part').querySelector('mark.v').dataset.v`)
			require.NoError(t, chromedp.Do(ctx, chromedp.Focus(chromedp.CSS(`#doc mark.v[data-v="`+v+`"]`))))
			waitFor(t, ctx, `!document.getElementById('card').hidden`)
			i, err := strconv.Atoi(v)
			require.NoError(t, err)
			assert.Contains(t, eval[string](t, ctx, `document.getElementById('card').innerText`), e.rep.Values[i].Raw)
			screenshot(t, ctx, "lazy-"+tc.draw)

			// Printing draws the whole document (once a packed one is all
			// unpacked, which the browser does while idle).
			if tc.draw == "view" {
				waitFor(t, ctx, `window.jixiaoReview.idle === true`)
			}
			_, err = chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{})
			require.NoError(t, err)
			assert.True(t, eval[bool](t, ctx, `window.jixiaoReview.complete`), "printing drew the whole document")
			assert.Equal(t, wantDrawn(t, render(t, e), e), eval[drawnDoc](t, ctx, drawn), "the document drawn is the page's data")
			assert.Zero(t, dialogs.count())
		})
	}
}

// countSections counts sections and those under them.
func countSections(secs []schema.Section) int {
	n := len(secs)
	for _, s := range secs {
		n += countSections(s.Children)
	}
	return n
}

// checkIndex is the index of the first check of e with the rule.
func checkIndex(e extracted, rule string) int {
	for i, k := range e.rep.Checks {
		if k.Rule == rule {
			return i
		}
	}
	return -1
}
