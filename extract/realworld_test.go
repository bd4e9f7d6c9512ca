package extract_test

// The real-world harness (issues 14 and 15): the pipeline run over the
// development set of ../shared/realworld — every PDF itself, its pdftotext
// text in both modes, and the third-party extract — and measured against the
// outlines and tables written by reading the documents
// (testdata/realworld, metrics in internal/realworld).
//
//	go test ./extract -run TestRealWorld -v          # the summary tables
//	JIXIAO_REALWORLD_STRICT=text go test ./extract -run TestRealWorld
//	                                                  # enforce issue 14's targets on the texts
//	JIXIAO_REALWORLD_STRICT=pdf|all                   # issue 15's on the PDFs, or both
//	JIXIAO_REALWORLD_DETAIL=1                         # also list each file's missed and false headings
//
// Without STRICT the tests assert only what the pipeline reaches today (the
// floors below), so that they pass now and catch a fall; the work on issues
// 14 and 15 raises the floors and then turns STRICT on.

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract"
	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/internal/devset"
	"github.com/jixiao-dev/jixiao/internal/realworld"
	"github.com/jixiao-dev/jixiao/schema"
)

const (
	sharedRealWorld = "../../shared/realworld" // ../shared beside the repository's root
	annotations     = "testdata/realworld"
)

// The targets of issues 14 and 15, enforced per file under
// JIXIAO_REALWORLD_STRICT.
const (
	targetHeadingF1 = 0.95 // heading F1 of every annotated file
	targetTyped     = 0.90 // share of a table's figures typed as amounts in its unit
	targetCells     = 0.90 // share of a table's cells at their place (PDF)
)

// Floors: what the pipeline reaches today over all annotated files of a
// variant (micro-averaged), measured when the harness was written. A change
// that falls below them fails; raise them as the work lands.
var (
	floorHeadingF1 = map[string]float64{"text": 0.28, "layout": 0.29, "extract": 0}
	floorTyped     = map[string]float64{"text": 0, "layout": 0, "extract": 0}
)

// Variants of a document.
const (
	variantPDF     = "pdf"     // the PDF itself, through the PDF reader
	variantText    = "text"    // pdftotext
	variantLayout  = "layout"  // pdftotext -layout
	variantExtract = "extract" // the third-party text extract
)

// run is one document variant through the pipeline.
type run struct {
	name, variant string
	report        *schema.Report
	text          string // canonical text
	pager         *realworld.Pager
	refused       error // the reader refused the input (a PDF before the PDF reader exists)
}

var (
	devsetOnce  sync.Once
	devsetMaker *devset.Maker
)

// maker returns the cache of pdftotext texts, or skips when the shared
// documents or pdftotext are absent.
func maker(t *testing.T) *devset.Maker {
	t.Helper()
	if _, err := os.Stat(sharedRealWorld); err != nil {
		t.Skipf("no %s (the real documents are not part of a clone): %v", sharedRealWorld, err)
	}
	devsetOnce.Do(func() {
		dir, err := os.UserCacheDir()
		if err != nil {
			dir = os.TempDir()
		}
		devsetMaker = &devset.Maker{CacheDir: filepath.Join(dir, "jixiao-devset")}
	})
	if _, err := devsetMaker.Version(); err != nil {
		t.Skipf("no pdftotext, so no text of the real PDFs (Debian: apt-get install poppler-utils): %v", err)
	}
	return devsetMaker
}

// variants returns the inputs of a document named by its annotation: the
// PDF and its two texts, or the third-party text.
func variants(t *testing.T, m *devset.Maker, base string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	pdf := filepath.Join(sharedRealWorld, "pdf", base+".pdf")
	if data, err := os.ReadFile(pdf); err == nil {
		out[variantPDF] = data
		for v, mode := range map[string]devset.Mode{variantText: devset.ModeRaw, variantLayout: devset.ModeLayout} {
			text, err := m.Text(pdf, mode)
			require.NoError(t, err)
			out[v] = text
		}
		return out
	}
	data, err := os.ReadFile(filepath.Join(sharedRealWorld, "text", base+".txt"))
	require.NoError(t, err, "annotation %s names no PDF or text of %s", base, sharedRealWorld)
	out[variantExtract] = data
	return out
}

// runPipeline runs one variant. A reader's refusal (ErrUnsupported for a
// PDF while no PDF reader exists) is kept, not failed; any other error
// fails.
func runPipeline(t *testing.T, name, variant string, data []byte, pageBreak string) run {
	t.Helper()
	path := name + ".txt"
	if variant == variantPDF {
		path = name + ".pdf"
	}
	r := run{name: name, variant: variant}
	rep, err := extract.Extract(path, data, extract.Options{})
	if err != nil {
		require.True(t, errors.Is(err, document.ErrUnsupported), "%s (%s): %v", name, variant, err)
		r.refused = err
		return r
	}
	doc, err := extract.Read(path, data, extract.Options{})
	require.NoError(t, err)
	r.report, r.text = rep, doc.Text
	r.pager = realworld.NewPager(rep, doc.Text, pageBreak)
	return r
}

// outlines loads every annotated outline.
func outlines(t *testing.T) []*realworld.Outline {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(annotations, "*.outline.tsv"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	var out []*realworld.Outline
	for _, p := range paths {
		o, err := realworld.LoadOutline(p)
		require.NoError(t, err)
		out = append(out, o)
	}
	return out
}

func strict(variant string) bool {
	switch os.Getenv("JIXIAO_REALWORLD_STRICT") {
	case "1", "all":
		return true
	case "text":
		return variant != variantPDF
	case "pdf":
		return variant == variantPDF
	}
	return false
}

// TestRealWorldOutlines scores the section tree of every annotated document,
// in every variant, against its expected outline. A variant the pipeline
// refuses (a PDF before the PDF reader exists) is skipped.
func TestRealWorldOutlines(t *testing.T) {
	m := maker(t)
	var sum summary
	runs, ran := 0, 0
	for _, o := range outlines(t) {
		base := strings.TrimSuffix(filepath.Base(o.Name), ".outline.tsv")
		inputs := variants(t, m, base)
		for _, v := range sortedKeys(inputs) {
			runs++
			t.Run(short(base)+"/"+v, func(t *testing.T) {
				ran++
				r := runPipeline(t, base, v, inputs[v], o.PageBreak())
				if r.refused != nil {
					t.Skipf("refused: %v", r.refused)
				}
				s := realworld.ScoreOutline(o, r.report, r.pager)
				sum.outline(base, v, s, metaOK(o, r.report))
				if os.Getenv("JIXIAO_REALWORLD_DETAIL") != "" {
					t.Log(detail(base, v, s, r.report))
				}
				if strict(v) {
					assert.GreaterOrEqual(t, s.F1(), targetHeadingF1, "%s\nmissed: %v\nextra: %v", s, s.Missed, s.Extra)
					assert.Zero(t, s.TOCInTree+s.RowsInTree, "目录 entries or table rows in the section tree: %v", s.Extra)
				}
			})
		}
	}
	t.Log("\n" + sum.outlineTable())
	if ran < runs {
		return // the floors hold for the whole set, not for a part run with -run
	}
	for v, floor := range floorHeadingF1 {
		if f1, ok := sum.microF1(v); ok {
			assert.GreaterOrEqual(t, f1, floor, "micro F1 of the %s variant fell below today's floor", v)
		}
	}
}

// TestRealWorldTables scores the annotated tables: figures typed as amounts
// in the table's unit, and cells at their place.
func TestRealWorldTables(t *testing.T) {
	m := maker(t)
	specs, err := realworld.LoadTables(filepath.Join(annotations, "tables", "index.tsv"))
	require.NoError(t, err)
	var sum summary
	runs, ran := 0, 0
	for _, spec := range specs {
		base := strings.TrimSuffix(spec.PDF, ".pdf")
		inputs := variants(t, m, base)
		for _, v := range sortedKeys(inputs) {
			runs++
			t.Run(short(spec.File)+"/"+v, func(t *testing.T) {
				ran++
				r := runPipeline(t, base, v, inputs[v], "\f")
				if r.refused != nil {
					t.Skipf("refused: %v", r.refused)
				}
				a := realworld.ScoreAmounts(spec, r.report, r.pager)
				c := realworld.ScoreCells(spec, r.report)
				sum.table(spec.File, v, a, c)
				if strict(v) {
					assert.GreaterOrEqual(t, a.Share(), targetTyped, "%s", a)
					if v == variantPDF {
						assert.GreaterOrEqual(t, c.Share(), targetCells, "%s", c)
					}
				}
			})
		}
	}
	t.Log("\n" + sum.tableTable())
	if ran < runs {
		return
	}
	for v, floor := range floorTyped {
		if share, ok := sum.microTyped(v); ok {
			assert.GreaterOrEqual(t, share, floor, "typed share of the %s variant fell below today's floor", v)
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// metaOK says whether the report's title, unit and year are the annotated
// ones, as "tuy" with a dash for each miss.
func metaOK(o *realworld.Outline, r *schema.Report) string {
	flag := func(ok bool, c byte) byte {
		if ok {
			return c
		}
		return '-'
	}
	title := realworld.Norm(r.Title) == realworld.Norm(o.Meta["title"])
	unit := realworld.Norm(r.Unit) == realworld.Norm(o.Meta["unit"])
	year := fmt.Sprint(r.FiscalYear) == o.Meta["year"]
	return string([]byte{flag(title, 't'), flag(unit, 'u'), flag(year, 'y')})
}

// detail lists what a file's outline score is made of.
func detail(name, variant string, s realworld.OutlineScore, r *schema.Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s): %s\n  title %q unit %q year %d\n", name, variant, s, r.Title, r.Unit, r.FiscalYear)
	for _, m := range s.Missed {
		fmt.Fprintf(&b, "  missed  p%-3d %d %s%s\n", m.Page, m.Level, m.Marker, m.Title)
	}
	for i, f := range s.Extra {
		fmt.Fprintf(&b, "  %-7s p%-3d %d %s%s\n", s.Labels[i], f.Page, f.Level, f.Marker, trim(f.Title, 40))
	}
	return b.String()
}

func trim(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
