package review_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// drawnDoc is the document as the page's script drew it: the elements
// that hold text (in document order), the value marks' text and class by
// value index, the ids and the page markers.
type drawnDoc struct {
	Elements []drawnElement       `json:"els"`
	Marks    map[string]drawnMark `json:"marks"`
	IDs      []string             `json:"ids"`
	Pages    []int                `json:"pages"`
}

type drawnElement struct {
	Tag     string `json:"tag"`
	O       int    `json:"o"`
	Text    string `json:"text"`
	Class   string `json:"cls"`
	RowSpan int    `json:"rs"`
	ColSpan int    `json:"cs"`
	Title   string `json:"title"`
}

type drawnMark struct {
	Text  string `json:"text"`
	Class string `json:"cls"`
}

// drawn reads the drawn document from the page.
const drawn = `(() => {
  const els = [], marks = {};
  document.querySelectorAll('#doc [data-o]').forEach(e => els.push({tag: e.tagName, o: +e.dataset.o, text: e.textContent,
    cls: e.className, rs: e.rowSpan || 0, cs: e.colSpan || 0, title: e.title || ''}));
  document.querySelectorAll('#doc mark.v').forEach(m => {
    const v = m.dataset.v;
    (marks[v] = marks[v] || {text: '', cls: m.className}).text += m.textContent;
  });
  return {els, marks, ids: Array.from(document.querySelectorAll('#doc [id]'), e => e.id),
    pages: Array.from(document.querySelectorAll('#doc .pg'), e => +e.dataset.page)};
})()`

// kindNames are the value kinds the page styles; others are "other".
var kindNames = map[string]bool{"amount": true, "percent": true, "quantity": true, "count": true, "duration": true, "date": true, "period": true}

// wantDrawn is the document a page's data describes, as the script should
// draw it.
func wantDrawn(t *testing.T, page string, e extracted) drawnDoc {
	t.Helper()
	d := readPage(t, page)
	want := drawnDoc{Marks: map[string]drawnMark{}, IDs: []string{}, Pages: []int{}}
	var walk func([]docBlock)
	walk = func(bs []docBlock) {
		for _, b := range bs {
			el := drawnElement{O: b.O, Text: e.text[b.O:b.E]}
			switch b.Kind {
			case "p", "run-in":
				el.Tag, el.Class = "P", []string{"", "furn", "stray"}[b.Class]
			case "h":
				el.Tag = fmt.Sprintf("H%d", min(b.Level+1, 6))
				if strings.HasPrefix(b.ID, "a-") {
					el.Class = "annex"
				}
			case "pg":
				want.Pages = append(want.Pages, b.Page)
				continue
			}
			if b.ID != "" {
				want.IDs = append(want.IDs, b.ID)
			}
			if b.Kind != "t" {
				want.Elements = append(want.Elements, el)
				continue
			}
			for _, row := range b.Rows {
				for _, c := range row {
					if c.Blocks != nil {
						walk(c.Blocks)
						continue
					}
					want.Elements = append(want.Elements, drawnElement{Tag: "TD", O: c.O, Text: e.text[c.O:c.E], RowSpan: c.RowSpan, ColSpan: c.ColSpan, Title: c.Loc})
				}
			}
		}
	}
	for _, p := range d.Parts {
		walk(p.Blocks)
		for _, m := range p.Marks {
			v := e.rep.Values[m[2]]
			kind := v.Kind
			if !kindNames[kind] {
				kind = "other"
			}
			class := "v k-" + kind
			if m[3]%2 == 1 {
				class += " warned"
			}
			key := fmt.Sprint(m[2])
			want.Marks[key] = drawnMark{Text: want.Marks[key].Text + e.text[m[0]:m[1]], Class: class}
		}
	}
	return want
}

// TestBrowserDraw opens the page of every corpus file and compares the
// document the script drew with the page's data: every element that holds
// text, at its offset, with its text, class, merges and locator; every
// value mark's text and class; the ids; the page markers.
func TestBrowserDraw(t *testing.T) {
	ctx, dialogs := tab(t)
	dir := t.TempDir()
	for _, path := range corpusFiles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			e := extractFile(t, path)
			page := render(t, e)
			open(t, ctx, writePage(t, dir, filepath.Base(path), e))
			waitReady(t, ctx)
			assert.True(t, eval[bool](t, ctx, `window.jixiaoReview.complete`), "a short document is drawn whole at once")
			got := eval[drawnDoc](t, ctx, drawn)
			want := wantDrawn(t, page, e)
			require.Equal(t, len(want.Elements), len(got.Elements))
			assert.Equal(t, want, got)
		})
	}
	assert.Zero(t, dialogs.count())
}
