package extract

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/jixiao-dev/jixiao/extract/check"
	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/profile"
	"github.com/jixiao-dev/jixiao/extract/segment"
	"github.com/jixiao-dev/jixiao/extract/values"
	"github.com/jixiao-dev/jixiao/schema"
)

// assemble builds the report from the stages' results. Slices are never nil,
// so the JSON always has its arrays. The stages' spans are byte offsets:
// each gets its line here, from one index of the text's lines (go/token's
// habit); the spans of the Document carry theirs from the reader.
func assemble(path string, data []byte, doc *document.Document, outline *segment.Result, vals []values.Value, prof *profile.Result, checks []check.Finding) *schema.Report {
	a := &assembler{lines: document.NewLines(doc.Text)}
	a.buf.Grow(32 * len(vals))
	vs := a.reportValues(vals) // before the facts, which share them
	r := &schema.Report{
		SchemaVersion: schema.Version,
		Source:        newSource(path, data, doc),
		Kind:          prof.Kind,
		Title:         outline.Title,
		Unit:          outline.Unit,
		FiscalYear:    outline.FiscalYear,
		Sections:      a.sections(outline.Sections),
		Annexes:       a.annexes(outline.Annexes),
		Tables:        a.tables(doc, outline.TableAnnex),
		Values:        vs,
		Facts:         a.facts(prof.Facts),
		Checks:        a.checks(checks),
		Warnings:      a.warnings(doc.Warnings, outline.Warnings, prof.Warnings),
		Pages:         a.pages(doc.Pages),
	}
	return r
}

// assembler converts the stages' results into the report's types.
type assembler struct {
	lines *document.Lines
	// buf holds the text of every decimal of the report, each a
	// substring of it: one allocation, or a few, where a string each cost
	// a tenth of the assembly (a string the Builder returned never
	// changes: it only appends, and copies to grow).
	buf strings.Builder
	// list is the report's list of values in the output form, listed the
	// index in it of each value of the values stage.
	list   []schema.Value
	listed map[*values.Value]int
}

// span converts a span, numbering its line when the reader did not.
func (a *assembler) span(s document.Span) schema.Span {
	if s.Line == 0 {
		s.Line = a.lines.Line(s.Start)
	}
	return schema.Span{Start: s.Start, End: s.End, Line: s.Line}
}

func (a *assembler) pages(in []document.Page) []schema.Page {
	if len(in) == 0 {
		return nil
	}
	out := make([]schema.Page, 0, len(in))
	for _, p := range in {
		sp := schema.Page{Number: p.Number, Span: a.span(p.Span)}
		for _, f := range p.Furniture {
			sp.Furniture = append(sp.Furniture, a.span(f))
		}
		out = append(out, sp)
	}
	return out
}

// locator returns a cell's locator in the output form: a sheet address or a
// page and box. DOCX body indexes are not written (the span says as much).
func locator(l *document.Locator) *schema.Locator {
	if l == nil || (l.Sheet == "" && l.Page == 0) {
		return nil
	}
	out := &schema.Locator{Sheet: l.Sheet, Ref: l.Ref, Page: l.Page}
	if b := l.Box; b != nil {
		out.Box = []schema.Decimal{points(b.X0), points(b.Y0), points(b.X1), points(b.Y1)}
	}
	return out
}

// points writes a coordinate to a hundredth of a point, without trailing
// zeros.
func points(f float64) schema.Decimal {
	s := strconv.FormatFloat(f, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" || s == "" {
		s = "0"
	}
	return schema.Decimal(s)
}

func (a *assembler) sections(in []*segment.Section) []schema.Section {
	out := make([]schema.Section, 0, len(in))
	for _, s := range in {
		out = append(out, schema.Section{
			Marker:    s.Marker,
			Ordinal:   s.Ordinal,
			Level:     s.Level,
			Title:     s.Title,
			Text:      s.Text,
			Span:      a.span(s.Span),
			TitleSpan: a.span(s.TitleSpan),
			Children:  a.sections(s.Children),
		})
	}
	return out
}

func (a *assembler) annexes(in []segment.Annex) []schema.Annex {
	out := make([]schema.Annex, 0, len(in))
	for _, an := range in {
		tables := an.Tables
		if tables == nil {
			tables = []int{}
		}
		out = append(out, schema.Annex{Marker: an.Marker, Ordinal: an.Ordinal, Title: an.Title, Span: a.span(an.Span), Tables: tables})
	}
	return out
}

func (a *assembler) tables(doc *document.Document, annexOf []int) []schema.Table {
	out := []schema.Table{}
	for _, b := range doc.Blocks {
		if b.Kind != document.KindTable {
			continue
		}
		t := a.table(b.Table)
		t.Index = len(out)
		if t.Index < len(annexOf) {
			t.Annex = annexOf[t.Index]
		}
		out = append(out, t)
	}
	return out
}

// table converts one table. The cells of all its rows share one array,
// each row a slice of it capped at its own end: one allocation per table
// rather than one per row.
func (a *assembler) table(in *document.Table) schema.Table {
	t := schema.Table{Span: a.span(in.Span), Rows: make([][]schema.Cell, 0, len(in.Rows))}
	n := 0
	for _, row := range in.Rows {
		n += len(row.Cells)
	}
	all := make([]schema.Cell, 0, n)
	for _, row := range in.Rows {
		start := len(all)
		for _, c := range row.Cells {
			cell := schema.Cell{Text: c.Text, RowSpan: c.RowSpan, ColSpan: c.ColSpan, Span: a.span(c.Span), Loc: locator(c.Loc)}
			for _, n := range c.Nested {
				cell.Nested = append(cell.Nested, a.table(n))
			}
			all = append(all, cell)
		}
		t.Rows = append(t.Rows, all[start:len(all):len(all)])
	}
	return t
}

// warnings merges the stages' warnings in span order (stable, so equal spans
// keep stage order) and drops exact duplicates.
func (a *assembler) warnings(lists ...[]document.Warning) []schema.Warning {
	var all []document.Warning
	for _, l := range lists {
		all = append(all, l...)
	}
	slices.SortStableFunc(all, func(a, b document.Warning) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
	out := make([]schema.Warning, 0, len(all))
	for i, w := range all {
		if i > 0 && w == all[i-1] {
			continue
		}
		out = append(out, schema.Warning{Code: w.Code, Message: w.Message, Span: a.span(w.Span)})
	}
	return out
}
