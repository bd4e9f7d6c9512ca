package review_test

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract"
	"github.com/jixiao-dev/jixiao/write/review"
)

// corpusIndex writes the page of every file of the corpus (the files at its
// top, as `jixiao review corpus` reads them) and the index of them all into
// dir; a file that cannot be read is a row with its error, and one more
// such row is added. It returns the rows.
func corpusIndex(t *testing.T, dir string) []review.Summary {
	t.Helper()
	entries, err := os.ReadDir(corpus)
	require.NoError(t, err)
	var rows []review.Summary
	for _, de := range entries {
		if !de.Type().IsRegular() {
			continue
		}
		path := filepath.Join(corpus, de.Name())
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		doc, err := extract.Read(path, data, extract.Options{})
		if err != nil { // the corpus's files that must fail: listed with their error
			rows = append(rows, review.Summary{Path: filepath.ToSlash(path), Error: err.Error()})
			continue
		}
		rep, err := extract.Extract(path, data, extract.Options{})
		require.NoError(t, err)
		e := extracted{rep: rep, text: doc.Text}
		writePage(t, dir, de.Name(), e)
		row := review.Summarize(e.rep)
		row.Href = de.Name() + ".html"
		rows = append(rows, row)
	}
	_, err = extract.Extract("bad/corrupt.docx", []byte("PK\x03\x04 not a zip"), extract.Options{})
	require.Error(t, err)
	rows = append(rows, review.Summary{Path: "bad/corrupt.docx", Error: err.Error()})
	f, err := os.Create(filepath.Join(dir, "index.html"))
	require.NoError(t, err)
	require.NoError(t, review.Index(f, rows))
	require.NoError(t, f.Close())
	return rows
}

// column reads the text of column col of the visible rows.
func column(col int) string {
	return `Array.from(document.querySelectorAll('#files tbody tr'), r => r.hidden ? null : (c => (c.querySelector('.name') || c).textContent.trim())(r.cells[` +
		strconv.Itoa(col) + `])).filter(x => x !== null)`
}

// TestBrowserIndex opens the index of the whole corpus: one row per file,
// the unreadable one with its error; a click on a header sorts, a second
// reverses; the filter box hides the rows that do not match; a link opens
// the report's page.
func TestBrowserIndex(t *testing.T) {
	dir := t.TempDir()
	rows := corpusIndex(t, dir)
	ctx, dialogs := tab(t)
	open(t, ctx, filepath.Join(dir, "index.html"))

	assert.Len(t, eval[[]string](t, ctx, column(0)), len(rows))
	errRow := eval[string](t, ctx, `Array.from(document.querySelectorAll('#files tr.err'), r => r.innerText).join('\n')`)
	assert.Contains(t, errRow, "corrupt.docx")
	assert.Contains(t, errRow, rows[len(rows)-1].Error)

	// The failed column (5): ascending, then descending.
	click(t, ctx, `#files th:nth-child(6) button`)
	asc := eval[[]string](t, ctx, column(5))
	click(t, ctx, `#files th:nth-child(6) button`)
	desc := eval[[]string](t, ctx, column(5))
	assert.Equal(t, "descending", eval[string](t, ctx, `document.querySelector('#files th:nth-child(6)').getAttribute('aria-sort')`))
	maxFailed := 0
	for _, r := range rows {
		maxFailed = max(maxFailed, r.Failed)
	}
	assert.Equal(t, "", asc[0], "the unreadable file has no count and comes first")
	assert.Equal(t, strconv.Itoa(maxFailed), desc[0], "the most failed checks first")
	assert.True(t, sort.SliceIsSorted(desc[:len(desc)-1], func(i, j int) bool { return num(desc[i]) > num(desc[j]) }), "%v", desc)
	screenshot(t, ctx, "index-sorted")

	// The file column: by name.
	click(t, ctx, `#files th:nth-child(1) button`)
	names := eval[[]string](t, ctx, column(0))
	assert.True(t, strings.HasPrefix(names[0], "000_"), "sorted by name: %v", names[:3])

	// Filter.
	require.NoError(t, chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#filter"), "docx")))
	shown := eval[[]string](t, ctx, column(0))
	var want []string // the rows whose file, path or error says docx (names and units do not)
	for _, r := range rows {
		if strings.Contains(strings.ToLower(r.Path+r.Error), "docx") {
			want = append(want, filepath.Base(r.Path))
		}
	}
	sort.Strings(want)
	sort.Strings(shown)
	assert.Equal(t, want, shown)
	assert.Equal(t, strconv.Itoa(len(want))+" / "+strconv.Itoa(len(rows)), eval[string](t, ctx, `document.getElementById('shown').textContent`))
	screenshot(t, ctx, "index-filtered")
	require.NoError(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.getElementById('filter').value = ''`), chromedp.SendKeys(chromedp.CSS("#filter"), "_total_score_")))
	assert.Equal(t, []string{"030_seed_total_score_95.txt"}, eval[[]string](t, ctx, column(0)))

	// The link opens the page.
	_, err := chromedp.Run(ctx, chromedp.WaitEvent(page.LoadEventFired, nil, chromedp.Click(chromedp.CSS(`#files tbody tr:not([hidden]) a`))))
	require.NoError(t, err)
	waitReady(t, ctx)
	assert.Equal(t, "indicators.total_score", eval[string](t, ctx, `document.querySelector('#checks li.chk').dataset.rule`))
	assert.Zero(t, dialogs.count())
}

// num reads a count of the index; an empty cell is -1.
func num(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}
