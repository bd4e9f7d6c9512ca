// Package profile reads the facts of a budget-performance report: the typed
// fields of its kind (部门整体支出绩效自评报告, 项目支出绩效自评表) from the
// outline of the segment stage, the tables of the Document and the values of
// the values stage.
//
// It is the one stage that knows the vocabulary of 绩效自评. That vocabulary
// lives in label tables with synonyms (labels.go), so that the templates of
// other provinces map too: 全年执行数, 执行数, 实际支出 and 预算执行数 are one
// column; 分值 and 权重 are one; 偏差原因分析及改进措施 and 未完成原因分析 are
// one. Rows and columns are found by their labels first; positions are only
// a fallback (a 总分 row shorter than the table is aligned to its right
// edge, and its first two numbers are the weight and the score).
//
// What it reads:
//
//   - the narrative: 主要职能 items, 机构情况 (count and names of the
//     departments), the budget figures of the 一般公共预算 section, the project
//     items (name, spent, carryover), and the texts of the problems,
//     improvements and disclosure sections;
//   - the basic-data table (财政供养人员情况, 经费控制情况 as a tree of rows
//     built from numbering, "其中：" and indentation, 楼堂馆所, 厉行节约);
//   - the self-evaluation table (unit or project, funds with their
//     breakdowns, goals, indicators with merged level cells resolved, totals);
//   - the preparer line (填表人, 联系电话, 填报日期).
//
// Amounts are the values stage's Values, found by their spans, so every
// amount keeps its raw text and its span; blank and "——" cells give null,
// never 0. Nothing is dropped: what the profile cannot place stays in the
// report's sections and tables, and a row of a known table it does not
// understand gives a warning "profile.row_unplaced" naming the table and
// the row.
//
// Profile is a pure function of its input, safe to call from many
// goroutines; it never panics on any Document.
package profile

import (
	"context"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/segment"
	"github.com/jixiao-dev/jixiao/extract/values"
)

// Options configures Profile. The zero value is the only configuration so
// far; the type exists so options can be added without breaking callers.
type Options struct{}

// Result is what the profile stage found.
type Result struct {
	// Kind is "department_overall", "project" or "unknown".
	Kind string
	// Facts are the typed fields; never nil. Their values point into the
	// values Profile was given (or a sorted copy of them).
	Facts *Facts
	// Warnings name what could not be placed.
	Warnings []document.Warning
}

// Profile reads the facts of doc, given its outline and its values (as
// values.FromDocument returns them). A nil doc or outline gives kind
// "unknown" and no facts.
func Profile(doc *document.Document, outline *segment.Result, vals []values.Value, opts Options) *Result {
	res, _ := ProfileContext(context.Background(), doc, outline, vals, opts)
	return res
}

// ProfileContext is Profile that stops, with the error of
// document.Canceled and no result, once ctx is done.
func ProfileContext(ctx context.Context, doc *document.Document, outline *segment.Result, vals []values.Value, opts Options) (*Result, error) {
	res := &Result{Kind: KindUnknown, Facts: &Facts{}}
	if doc == nil {
		return res, nil
	}
	if outline == nil {
		outline = &segment.Result{}
	}
	p := &profiler{doc: doc, outline: outline, ix: newIndex(doc, vals), facts: res.Facts, poll: document.NewPoll(ctx)}
	p.narrative()
	p.tables()
	p.preparer()
	if err := p.poll.Now(); err != nil {
		return nil, err
	}
	res.Kind = p.kind()
	res.Warnings = p.warnings
	return res, nil
}

// profiler holds the state of one Profile call.
type profiler struct {
	doc      *document.Document
	outline  *segment.Result
	ix       *index
	facts    *Facts
	warnings []document.Warning
	// evalKinds records, for each self-evaluation table read, whether it
	// is a project table.
	evalKinds []bool
	// titles are the sections with the sectionTitles keys of their titles,
	// in depth-first order (matchTitles).
	titles []titled
	// poll is asked at every table row and cell read; once its context is
	// done, the walks stop (ProfileContext reports it).
	poll *document.Poll
}

// warn records a warning about the text at span.
func (p *profiler) warn(span document.Span, code, msg string) {
	p.warnings = append(p.warnings, document.Warning{Code: code, Message: msg, Span: span})
}

// kind decides the report's kind: from its title first, then from its
// tables (a self-evaluation table naming a project makes a project report,
// one naming a unit a department report), then from its narrative.
func (p *profiler) kind() string {
	if k := kindTitles.match(norm(p.outline.Title)); k != "" {
		return k
	}
	if len(p.evalKinds) > 0 {
		if p.evalKinds[0] {
			return KindProject
		}
		return KindDepartment
	}
	if p.facts.Functions != nil || p.facts.Budget != nil || p.facts.BasicData != nil {
		return KindDepartment
	}
	return KindUnknown
}

// tables reads the basic-data and self-evaluation tables. The first
// self-evaluation table is the report's; further ones are project tables
// of a department report.
func (p *profiler) tables() {
	tab := 0
	for _, b := range p.doc.Blocks {
		if b.Kind != document.KindTable || b.Table == nil {
			continue
		}
		if p.poll.Now() != nil {
			return
		}
		t := b.Table
		rows := layRows(t, p.poll)
		switch {
		case isEvalTable(rows):
			se, project := p.selfEvaluation(tab, t, rows)
			p.evalKinds = append(p.evalKinds, project)
			if p.facts.SelfEvaluation == nil {
				p.facts.SelfEvaluation = se
			} else {
				p.facts.ProjectEvaluations = append(p.facts.ProjectEvaluations, *se)
			}
		case isBasicTable(rows):
			if p.facts.BasicData == nil {
				p.facts.BasicData = p.basicData(tab, rows)
			}
		}
		tab++
	}
}
