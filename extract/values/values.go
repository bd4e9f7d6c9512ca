// Package values finds the amounts, percentages, quantities, counts,
// durations, dates and periods written in a report, each with its exact
// number, its unit and its byte span. It knows nothing of reports: its input
// is text (Parse) or a Document's paragraphs and table cells (FromDocument).
//
// # What is read
//
// Numbers are ASCII digits (full-width digits too, in Parse; the canonical
// text has none), with thousands separators (12,345.67, 12，345.67) and a
// point (. or ．); Chinese numerals (十五, 一百零五, 两千, 三万五千, 三点五),
// financial uppercase (壹佰贰拾叁), and mixed forms (3千万, 1.2亿, 10.1万). A
// Chinese numeral is read only before a unit or in a date, never bare, and
// never as an ordinal (第一) or a lone 一 inside a word (统一, 唯一) or as an
// article (一个, 一项: a count needs 两 or more when written in words).
//
// A value is a number with its unit and affixes:
//
//	179.52万元 ¥5,000 人民币壹佰贰拾叁元肆角伍分 叁万元整 5角   amount
//	92.15% 百分之五十 百分百 ≥80% 80%以上                      percent
//	3个百分点                                                  percent_point
//	1407.01亩 3650㎡ 9052平方米 5公里 10吨                     quantity
//	8人 15个 4户 3项 120人次                                   count
//	3天 一个月 近10年 5个工作日                                duration
//	2023年 2023年度 2024年10月29日 2024-10-29 二〇二三年十二月    date
//	2023.1-2023.12 2023年1月至12月 2023年1-12月 2023-2025年      period
//
// Comparators (≥ ≤ ＞ ＜ >= 不低于 不超过 以上 以下 以内) give Op; 约, 近,
// 余, 多, 左右 give Approx; ranges (5-10万元, 5万至10万元, 80%-90%) give Low
// and High. A sign is read only when written (负, -, −, －); words such as
// 减少 stay text. A month without a year takes Options.Year, never the
// current date.
//
// Not values: document numbers (株政发〔2022〕6号: 号 is no unit), phone
// numbers after 电话/手机/传真/热线, section and list markers at a line's
// start (（一） 1. 3、 一、), bare numbers, and anything in Options.Exclude.
// In tables, a unit in a header gives the bare numbers under it their unit
// (see FromDocument).
//
// # Units and the 元 value
//
// Unit is the unit as written, with the multiplier written before it (万元,
// 亿元, 万人); Number is the number before that unit (179.52). Yuan is an
// amount's exact value in 元 (179.52万元 → 1795200, 0.66万元 → 6600,
// 1.23456789亿元 → 123456789), and Base the number of other measures in
// their canonical unit (5万人 → 50000 人).
//
// # Exactness
//
// Numbers are Decimal: an int64 coefficient and a written scale, with
// checked arithmetic. It was chosen over math/big because every figure in
// these reports fits 18 significant digits, it needs no allocation (the
// lexer runs over whole corpora), and the scale as written (205.30 has two
// decimals) is what the checks stage needs for its tolerance. A number that
// does not fit is not read, never rounded. No float64 is used anywhere.
//
// Chinese numerals and list markers are read by the floor's one grammar
// (cjk.Int, cjk.ScanMarker); this package adds what makes a number a value:
// decimals, multipliers, units, affixes, dates and tables. Values are this
// package's own type, with byte offsets; the report's output form is made
// once, when the report is assembled.
package values

import (
	"context"
	"slices"
	"sort"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// Options configures the values stage. The zero value is usable.
type Options struct {
	// Year is the report's fiscal year: a date written without a year
	// (10月29日) takes it. When 0, such a date's ISO is "--10-29".
	Year int
	// Exclude are byte ranges the lexer must not read: section and list
	// markers, the title line, annex titles. They act as separators, so
	// text after an excluded marker is still read ("3.2" excluded in
	// "3.22023年度…" leaves "2023年度…"). For Parse they are offsets into
	// its string; for FromDocument, into the document's text.
	Exclude []document.Span
}

// Parse finds the values in s, in order. Offsets are relative to s and
// s[v.Start:v.End] == v.Raw. Bare numbers are not values: with no table
// around it, "163.46" says nothing of its unit. Full-width digits are read
// as digits.
func Parse(s string, opts Options) []Value {
	if hasFullWidthDigit(s) {
		return parseFolded(s, opts)
	}
	l := lexer{fiscal: opts.Year}
	ex := newExclusions(opts.Exclude)
	l.lexText(s, 0, ex.from(0))
	return l.out
}

// FromDocument finds every value in the document's paragraphs and table
// cells, sorted by span start. Offsets point into doc.Text, and
// doc.Text[v.Start:v.End] == v.Raw always.
//
// In tables a bare number (a cell that is only a number, or "label：number")
// takes the unit of its context, with UnitSource saying where it was
// written: the column's header cell ("实际投资（万元）"), else the row label
// of the header row above ("经费控制情况（万元）"), else the table's title or
// a "单位：万元" line. A header row is a row of two or more labels and no
// numbers; it applies to the rows below it until the next header row. Bare
// numbers stay unread in columns of scores, weights, rates and codes (分值,
// 得分, 权重, 执行率, 科目编码), in rows labelled 总分, in tables with no unit,
// and when they look like phone numbers.
func FromDocument(doc *document.Document, opts Options) []Value {
	vs, _ := FromDocumentContext(context.Background(), doc, opts)
	return vs
}

// FromDocumentContext is FromDocument that stops, with the error of
// document.Canceled and no values, once ctx is done.
func FromDocumentContext(ctx context.Context, doc *document.Document, opts Options) ([]Value, error) {
	if doc == nil {
		return nil, nil
	}
	ex := newExclusions(opts.Exclude)
	// Room for the values of a usual report (one in 64 bytes, bare
	// numbers of tables included) from the start: a Value is large, and
	// growing the slice value by value copied them over and over.
	l := &lexer{fiscal: opts.Year, out: make([]Value, 0, len(doc.Text)/64), poll: document.NewPoll(ctx)}
	for i, b := range doc.Blocks {
		if err := l.poll.Err(); err != nil {
			return nil, err
		}
		switch {
		case b.Kind == document.KindParagraph && b.Para != nil:
			l.lexText(b.Para.Text, b.Para.Span.Start, ex.from(b.Para.Span.Start))
		case b.Kind == document.KindTable && b.Table != nil:
			title, ok := tableTitle(doc.Blocks[:i])
			l.table(b.Table, title, ok, &ex)
		}
	}
	if err := l.poll.Now(); err != nil {
		return nil, err
	}
	out := l.out
	less := func(i, j int) bool { return out[i].Start < out[j].Start }
	if !sort.SliceIsSorted(out, less) {
		sort.SliceStable(out, less)
	}
	return out, nil
}

// lexText lexes text, which starts at offset base, skipping the excluded
// ranges (sorted, in base's coordinates). It appends the values found to
// l.out.
func (l *lexer) lexText(text string, base int, ex []document.Span) {
	from := 0
	for _, e := range ex {
		a, b := e.Start-base, e.End-base
		if a >= len(text) {
			break
		}
		if b <= from {
			continue
		}
		l.lexPiece(text, from, max(a, from), base)
		from = min(b, len(text))
	}
	l.lexPiece(text, from, len(text), base)
}

// lexPiece lexes text[from:to].
func (l *lexer) lexPiece(text string, from, to, base int) {
	if from >= to {
		return
	}
	l.s, l.pos, l.width, l.base, l.fresh = text[from:to], 0, 0, base+from, 0
	if l.bare && l.plainNumber() {
		return
	}
	l.run()
}

// exclusions are Options.Exclude sorted by start, with reach[i] the
// furthest end among spans[:i+1]: the spans that end before a text are
// those before the first whose reach is past the text's start. Texts come
// in document order, so from looks for it from where it found the last.
type exclusions struct {
	spans []document.Span
	reach []int
	at    int // what from returned last, as an index of spans
}

// newExclusions sorts a copy of ex and indexes it.
func newExclusions(ex []document.Span) exclusions {
	e := exclusions{spans: slices.Clone(ex)}
	slices.SortFunc(e.spans, func(a, b document.Span) int { return a.Start - b.Start })
	furthest := 0
	for i, s := range e.spans {
		if i == 0 || s.End > furthest {
			furthest = s.End
		}
		e.reach = append(e.reach, furthest)
	}
	return e
}

// from returns the spans from the first that ends after offset base: those
// before it end at or before base and exclude nothing of a text there.
func (e *exclusions) from(base int) []document.Span {
	if e.at > 0 && e.reach[e.at-1] > base {
		e.at = 0 // base is before the last text's: start again
	}
	for e.at < len(e.reach) && e.reach[e.at] <= base {
		e.at++
	}
	return e.spans[e.at:]
}
