package review

import (
	"html/template"
	"path"
	"sort"
	"strconv"

	"github.com/jixiao-dev/jixiao/schema"
)

// builder holds what laying out one page needs.
type builder struct {
	text      string
	rep       *schema.Report
	err       error      // the first span that does not fit
	marks     []mark     // the values' marks, in text order
	sections  []numbered // the sections, depth first
	ids       map[*schema.Section]string
	warned    map[int][]int // the warnings over a value, by value index
	rowBuf    [][]cell      // rows of the table being written
	cellBuf   []cell        // cells of the table being written
	covered   [][2]int      // the cells' spans of the table being laid out
	furniture [][2]int      // page furniture spans, in text order
	nextPage  int           // the next page marker to place
}

// numbered is a section with its heading's id.
type numbered struct {
	sec *schema.Section
	id  string
}

// pageData is what the page template shows.
type pageData struct {
	Title    string
	Path     string
	Kind     string
	Unit     string
	Year     int
	Format   string
	SHA      string
	ShortSHA string // the first 12 digits of SHA
	Counts   counts
	Outline  []outlineItem
	Annexes  []outlineItem
	Checks   checkLists
	Unlisted int // passed checks the page leaves out (maxPassed)
	Facts    []factTable
	Warnings []warningView
	Lists    listsJSON // written into the page's data, not by the template
	Assets   assets
}

// counts are the numbers the page's header shows.
type counts struct {
	Values, Failed, Warned, Passed, Warnings int
}

// outlineItem is an entry of the outline panel.
type outlineItem struct {
	ID       string
	Marker   string
	Title    string
	S        string // the title's span, for the highlight
	Children []outlineItem
}

// kindNames are the report kinds as the page names them.
var kindNames = map[string]string{
	"department_overall": "部门整体支出绩效自评报告",
	"project":            "项目支出绩效自评表",
	"unknown":            "未识别",
}

// newPage builds everything of the page but the document, and checks every
// span the page uses; the document is laid out as it is written (write).
func newPage(rep *schema.Report, text string) (*pageData, *builder, error) {
	b := &builder{text: text, rep: rep, ids: map[*schema.Section]string{}}
	if i := invalidUTF8(text); i >= 0 {
		return nil, nil, &spanError{what: "text", start: i, end: i + 1, textLen: len(text), reason: "is not UTF-8"}
	}
	b.number(rep.Sections)
	b.pages()
	b.checkTables(func() string { return "table" }, rep.Tables)
	for i, a := range rep.Annexes {
		b.fits(a.Span, func() string { return "annex " + strconv.Itoa(i) })
	}
	b.buildMarks()
	d := &pageData{
		Title:  rep.Title,
		Path:   rep.Source.Path,
		Kind:   kindName(rep.Kind),
		Unit:   rep.Unit,
		Year:   rep.FiscalYear,
		Format: rep.Source.Format,
		SHA:    rep.Source.SHA256,
		Assets: pageAssets,
	}
	if d.Title == "" {
		d.Title = path.Base(rep.Source.Path)
	}
	d.ShortSHA = d.SHA[:min(len(d.SHA), 12)]
	d.Outline = b.outline(rep.Sections, 0)
	d.Annexes = b.annexOutline()
	d.Checks, d.Counts = b.checks()
	d.Facts = b.facts()
	d.Warnings = b.warnings()
	d.Lists = b.lists(d.Checks.Passed)
	d.Unlisted = len(d.Checks.Passed) - len(d.Lists.Passed)
	d.split(b)
	d.Counts.Values = len(rep.Values)
	d.Counts.Warnings = len(rep.Warnings)
	if b.err != nil {
		return nil, nil, b.err
	}
	return d, b, nil
}

// checkTables checks the spans of tables, their cells and nested tables.
func (b *builder) checkTables(what func() string, tables []schema.Table) {
	for i := range tables {
		t := &tables[i]
		tw := func() string { return what() + " " + strconv.Itoa(i) }
		b.fits(t.Span, tw)
		for r, row := range t.Rows {
			for c := range row {
				cw := func() string { return tw() + " row " + strconv.Itoa(r) + " cell " + strconv.Itoa(c) }
				b.fits(row[c].Span, cw)
				if len(row[c].Nested) > 0 {
					name := cw() + " nested table"
					b.checkTables(func() string { return name }, row[c].Nested)
				}
			}
		}
	}
}

func kindName(k string) string {
	if n, ok := kindNames[k]; ok {
		return n
	}
	return k
}

// number gives every section whose spans fit an id, depth first from s-1.
func (b *builder) number(secs []schema.Section) {
	for i := range secs {
		s := &secs[i]
		if b.fits(s.Span, func() string { return "section " + s.Marker + s.Title }) && b.fits(s.TitleSpan, func() string { return "section " + s.Marker + s.Title + " title" }) {
			id := "s-" + strconv.Itoa(len(b.sections)+1)
			b.sections = append(b.sections, numbered{sec: s, id: id})
			b.ids[s] = id
		}
		b.number(s.Children)
	}
}

// pages checks the page spans and collects the furniture.
func (b *builder) pages() {
	for i, p := range b.rep.Pages {
		if !b.fits(p.Span, func() string { return "page " + strconv.Itoa(p.Number) }) {
			continue
		}
		for j, f := range p.Furniture {
			if b.fits(f, func() string { return "page " + strconv.Itoa(p.Number) + " furniture " + strconv.Itoa(j) }) {
				b.furniture = append(b.furniture, [2]int{f.Start, f.End})
			}
		}
		if i > 0 && p.Span.Start < b.rep.Pages[i-1].Span.Start && b.err == nil {
			b.err = &spanError{what: "page " + strconv.Itoa(p.Number), start: p.Span.Start, end: p.Span.End, textLen: len(b.text), reason: "starts before the page before it"}
		}
	}
	sort.Slice(b.furniture, func(i, j int) bool { return b.furniture[i][0] < b.furniture[j][0] })
}

// outlineDepth is the deepest section level the outline lists.
const outlineDepth = 2

// outline lists the sections down to outlineDepth levels.
func (b *builder) outline(secs []schema.Section, depth int) []outlineItem {
	var out []outlineItem
	for i := range secs {
		s := &secs[i]
		id, ok := b.ids[s]
		if !ok {
			continue
		}
		it := outlineItem{ID: id, Marker: s.Marker, Title: s.Title, S: attr(s.TitleSpan)}
		if depth+1 < outlineDepth {
			it.Children = b.outline(s.Children, depth+1)
		}
		out = append(out, it)
	}
	return out
}

// annexOutline lists the annexes.
func (b *builder) annexOutline() []outlineItem {
	var out []outlineItem
	for i, a := range b.rep.Annexes {
		if a.Span.Start < 0 || a.Span.Start > a.Span.End || a.Span.End > len(b.text) {
			continue // fits reports it in headingEvents
		}
		s := schema.Span{Start: a.Span.Start, End: lineEnd(b.text, a.Span.Start)}
		out = append(out, outlineItem{ID: "a-" + strconv.Itoa(i+1), Marker: a.Marker, Title: a.Title, S: attr(s)})
	}
	return out
}

// assets are the page's style and script, trusted constants of this
// package, and the Content-Security-Policy that allows exactly them.
type assets struct {
	CSS template.CSS
	JS  template.JS
	CSP string
}
